"""Demo tools from the YAML files in ``content/tools/`` (see its README). Idempotent: a tool page
that already exists is left as it is (staff may have edited it), so running twice changes nothing."""

import datetime
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.utils.text import slugify

from wagtail.models import Page

import yaml

from core.models import Municipality
from home.models import HomePage
from tools.models import AgreedRentPage, EvictionToolPage, HelpFinderPage, LetterToolPage, ToolIndexPage

CONTENT_DIR = Path(settings.BASE_DIR) / "content" / "tools"


def read(name, directory=None):
    with open(Path(directory or CONTENT_DIR) / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _raw(value):
    """YAML values as StreamField's raw JSON: dates as ISO strings, decimals as strings."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal | float):
        return str(value)
    if isinstance(value, dict):
        return {key: _raw(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_raw(item) for item in value]
    return value


def _municipalities(names):
    slugs = [slugify(name) for name in names or []]
    found = dict(Municipality.objects.filter(slug__in=slugs).values_list("slug", "pk"))
    return [found[slug] for slug in slugs if slug in found]


def _guide(slug):
    if not slug:
        return None
    page = Page.objects.filter(slug=slug, content_type__app_label="guides").first()
    return page.pk if page else None


def _flatten(items):
    flat = []
    for item in items:
        flat.extend(item if isinstance(item, list) else [item])
    return flat


def stream(block_type, items):
    return [{"type": block_type, "value": _raw(item)} for item in items]


def page_fields(data):
    fields = {key: data[key] for key in ("title", "slug", "topic", "intro", "last_reviewed")}
    fields["search_terms"] = data.get("search_terms", "")
    return fields


def build_pages(directory=None):
    """(model, fields) of each demo tool, read from the YAML files."""
    eviction = read("sfratto", directory)
    helpers = read("aiuti", directory)
    for measure in helpers["measures"]:
        measure["municipalities"] = _municipalities(measure["municipalities"])
        measure["guide"] = _guide(measure["guide"])
    letters = read("lettere", directory)
    for letter in letters["letters"]:
        letter["fields"] = _flatten(letter["fields"])
    rent = read("canone", directory)
    for agreement in rent["agreements"]:
        agreement["municipalities"] = _municipalities(agreement["municipalities"])
    return [
        (
            EvictionToolPage,
            {
                **page_fields(eviction),
                "urgent_days": eviction["urgent_days"],
                "stages": stream("stage", eviction["stages"]),
            },
        ),
        (HelpFinderPage, {**page_fields(helpers), "measures": stream("measure", helpers["measures"])}),
        (LetterToolPage, {**page_fields(letters), "letters": stream("letter", letters["letters"])}),
        (AgreedRentPage, {**page_fields(rent), "agreements": stream("agreement", rent["agreements"])}),
    ]


def load(command, directory=None):
    home = HomePage.objects.first()
    if home is None:
        return
    index_data = read("index", directory)
    index = ToolIndexPage.objects.child_of(home).first()
    if index is None:
        index = ToolIndexPage(title=index_data["title"], slug=index_data["slug"], intro=index_data["intro"])
        home.add_child(instance=index)
        index.save_revision().publish()
    created = 0
    for model, fields in build_pages(directory):
        if model.objects.child_of(index).exists():
            continue
        page = model(**fields)
        index.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    command.stdout.write(f"- strumenti: {created} nuovi")
