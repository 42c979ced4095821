"""Content as data: the YAML files under the repository's ``content/`` folder.

One file per item (a guide, a glossary word, a partner, a synonym group, a promoted search, a plain
page). The apps' ``demo`` loaders read them with :func:`read` and fill their models with
:func:`set_fields`, so editors change texts without touching Python. Nothing here knows about any app.
"""

import logging
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

import yaml

logger = logging.getLogger("sportello.content")


@dataclass(frozen=True)
class Item:
    """One content file: its name without ``.yaml`` (usually the slug) and its data."""

    name: str
    path: Path
    data: dict


def content_dir():
    return Path(getattr(settings, "CONTENT_DIR", Path(settings.BASE_DIR) / "content"))


def load_file(path):
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a content file holds one mapping (key: value)")
    return data


def read(folder, *, root=None):
    """The items of ``content/<folder>/``, sorted by file name; files starting with ``_`` are skipped
    (they describe the folder itself, see :func:`read_meta`)."""
    base = Path(root or content_dir()) / folder
    if not base.is_dir():
        return []
    return [
        Item(name=path.stem, path=path, data=load_file(path))
        for path in sorted(base.glob("*.yaml"))
        if not path.name.startswith("_")
    ]


def read_meta(folder, *, root=None, name="_index"):
    """``content/<folder>/_index.yaml`` (or another ``_`` file), or ``{}`` when it is not there."""
    path = Path(root or content_dir()) / folder / f"{name}.yaml"
    return load_file(path) if path.is_file() else {}


def subfolders(folder, *, root=None):
    base = Path(root or content_dir()) / folder
    return sorted(child.name for child in base.iterdir() if child.is_dir()) if base.is_dir() else []


def model_fields(model):
    """Names of the concrete fields a content file may set on ``model``."""
    return {field.name for field in model._meta.concrete_fields if not field.primary_key}


def set_fields(instance, data, *, skip=(), source=""):
    """Set every key of ``data`` that is a concrete field of the instance's model.

    Keys in ``skip`` are handled by the caller. A key the model does not have is ignored with a
    warning (e.g. ``urgent`` in a guide before the field exists), so content written ahead of the
    code still loads.
    """
    fields = model_fields(type(instance))
    unknown = []
    for key, value in data.items():
        if key in skip:
            continue
        if key in fields:
            setattr(instance, key, value)
        else:
            unknown.append(key)
    if unknown:
        logger.warning(
            "%s: %s has no field %s, ignored",
            source or "content",
            type(instance).__name__,
            ", ".join(unknown),
        )
    return unknown
