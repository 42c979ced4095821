"""Every interface string has a translation in every language (no missing msgid, no fuzzy entry).

After a merge that adds strings: run the makemessages command in docs (locale/README.md), fill the
new entries, compile, and this test goes green again.
"""

import os

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

import polib
import pytest

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
IGNORE = [".venv", "bench", "tests", "locale/tools", "staticfiles", "var", "node_modules"]


@pytest.fixture(scope="module")
def current_msgids(tmp_path_factory):
    """The msgids that makemessages extracts from the code and templates right now."""
    # makemessages writes next to the sources it walks: walk links to them from an empty folder,
    # so the repository's catalogues are never touched.
    work = tmp_path_factory.mktemp("extract")
    out = work / "out"
    out.mkdir()
    for name in ("site", "templates"):
        (work / name).symlink_to(settings.BASE_DIR / name)
    cwd = os.getcwd()
    os.chdir(work)
    try:
        with override_settings(LOCALE_PATHS=[out]):
            call_command(
                "makemessages",
                locale=["en"],
                ignore_patterns=IGNORE,
                keep_pot=True,
                symlinks=True,
                verbosity=0,
            )
    finally:
        os.chdir(cwd)
    pot = polib.pofile(str(out / "django.pot"))
    return {(entry.msgctxt, entry.msgid) for entry in pot}


def catalogue(code):
    return polib.pofile(str(settings.BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po"))


def test_the_extraction_finds_the_interface_strings(current_msgids):
    msgids = {msgid for _ctx, msgid in current_msgids}
    assert {
        "Prenota un appuntamento",
        "Vai al contenuto",
        "Ti serve un interprete? In quale lingua?",
    } <= msgids


def _has_translation(entry):
    """A plain entry needs its msgstr; a plural one needs every plural form of the language."""
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_string_is_translated_and_none_is_fuzzy(code, current_msgids):
    po = catalogue(code)
    translated = {
        (e.msgctxt, e.msgid) for e in po if _has_translation(e) and "fuzzy" not in e.flags and not e.obsolete
    }
    missing = sorted(msgid for ctx, msgid in current_msgids - translated)
    assert not missing, f"{code}: {len(missing)} strings without translation, e.g. {missing[:5]}"
    assert not [e.msgid for e in po.fuzzy_entries()], f"{code}: fuzzy entries"


@pytest.mark.parametrize("code", LANGUAGES)
def test_compiled_catalogue_is_up_to_date(code):
    po = catalogue(code)
    mo_path = settings.BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.mo"
    mo = polib.mofile(str(mo_path))
    compiled = {(e.msgctxt, e.msgid): e.msgstr for e in mo}
    stale = [e.msgid for e in po.translated_entries() if compiled.get((e.msgctxt, e.msgid)) != e.msgstr]
    assert not stale, f"{code}: django.mo is older than django.po (run compilemessages): {stale[:3]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_placeholders_survive_translation(code):
    import re

    pattern = re.compile(r"%\(\w+\)s|\{\w+\}")
    wrong = [
        e.msgid
        for e in catalogue(code).translated_entries()
        if sorted(pattern.findall(e.msgid)) != sorted(pattern.findall(e.msgstr))
    ]
    assert not wrong
