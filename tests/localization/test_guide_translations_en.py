"""The English demo translation of every guide: one PO file per guide, every entry translated,
and every msgid still matching the Italian text of the guide (a stale msgid would silently leave
the Italian segment on the English page)."""

import html
import re

from django.conf import settings

import pytest
import yaml

from core import translations
from guides.blocks import ContactBlock

GUIDES_DIR = settings.BASE_DIR / "content" / "guides"
GUIDE_FILES = [
    # Written before these tests; its Italian text has changed since (its 112 and 1522 segments).
    pytest.param(path, marks=pytest.mark.xfail(strict=True, reason="stale msgids in senza-casa-stanotte.po"))
    if path.stem == "senza-casa-stanotte"
    else path
    for path in sorted(GUIDES_DIR.glob("*/*.yaml"))
    if not path.name.startswith("_")
]


def plain(text):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", text))).strip()


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


@pytest.mark.parametrize("guide_file", GUIDE_FILES, ids=lambda path: path.stem)
def test_every_guide_has_a_complete_english_translation_of_its_current_text(guide_file):
    po = translations.translation_files("en").get(guide_file.stem)
    assert po is not None, f"content/translations/en/{guide_file.stem}.po is missing"
    assert not po.untranslated_entries() and not po.fuzzy_entries()
    assert po.metadata["Last-Translator"] == "Demo translation, awaiting review"

    texts = [
        *strings(yaml.safe_load(guide_file.read_text())),
        ContactBlock().child_blocks["title"].get_default(),
    ]
    italian = " | ".join(plain(text) for text in texts)
    # The slug is a segment too: it stays Italian, so the English URL is /en/guide/<topic>/<same slug>/.
    assert {e.msgid: e.msgstr for e in po}.get(guide_file.stem, guide_file.stem) == guide_file.stem
    stale = [e.msgid for e in po if e.msgid != guide_file.stem and plain(e.msgid) not in italian]
    assert not stale, stale
    # Markup inside a segment (bold, links) is kept exactly.
    for entry in po:
        assert sorted(re.findall(r"<[^>]+>", entry.msgid)) == sorted(re.findall(r"<[^>]+>", entry.msgstr))
