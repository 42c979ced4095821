"""Demo translations of the pages, loaded from content/translations/<language>/<page slug>.po.

Each file is a PO file keyed by the Italian text of each segment (msgid) — the same strings
wagtail-localize's translation editor shows — so it maps onto the pages whatever their ids or
block ids. The translations go through wagtail-localize (TranslationSource + Translation), so:

- staff see them in the translation editor, flagged as machine/demo translations to review;
- when the Italian page changes, wagtail-localize's sync marks them out of date;
- segments without a demo translation fall back to the Italian text.
"""

from pathlib import Path

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page, Site

import polib

TRANSLATIONS_DIR = settings.BASE_DIR / "content" / "translations"
DEMO_TOOL_NAME = "Traduzione dimostrativa da rivedere"


def translation_files(language_code, folder=None):
    folder = Path(folder or TRANSLATIONS_DIR) / language_code
    return {path.stem: polib.pofile(str(path)) for path in sorted(folder.glob("*.po"))}


def translate_page(page, locale, po_file, *, tool_name=DEMO_TOOL_NAME):
    """Create or update ``page``'s translation into ``locale`` from ``po_file``; returns the page."""
    from wagtail_localize.models import Translation, TranslationSource

    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    wanted = {entry.msgid: entry.msgstr for entry in po_file if entry.msgstr}
    po = translation.export_po()
    for entry in po:
        if entry.msgid in wanted:
            entry.msgstr = wanted[entry.msgid]
    translation.import_po(po, translation_type="machine", tool_name=tool_name)
    target, _ = source.create_or_update_translation(
        locale, publish=True, copy_parent_pages=True, fallback=True
    )
    # A translated home page is a new site root for its language (/en/...): Wagtail caches the roots.
    Site.clear_site_root_paths_cache()
    return target


# Snippets with demo translations, registered by their apps: (Italian instances, file name of one).
SNIPPET_SOURCES = []


def register_snippets(instances, file_name):
    """Demo translations for snippets too: ``instances()`` gives the Italian sources and
    ``file_name(instance)`` the stem of the PO file of each (e.g. ``partner-<slug>``)."""
    SNIPPET_SOURCES.append((instances, file_name))


@transaction.atomic
def load(stdout=None, folder=None):
    default = Locale.get_default()
    counts = {}
    for code in getattr(settings, "SPORTELLO_CONTENT_TRANSLATED_LANGUAGES", ()):
        locale, _ = Locale.objects.get_or_create(language_code=code)
        files = translation_files(code, folder)
        done = 0
        # Parents before children: a translated page needs its parent translated (or copied).
        for page in Page.objects.filter(locale=default, depth__gt=1).order_by("path").specific():
            po_file = files.get(page.slug)
            if po_file is None:
                continue
            translate_page(page, locale, po_file)
            done += 1
        for instances, file_name in SNIPPET_SOURCES:
            for instance in instances():
                po_file = files.get(file_name(instance))
                if po_file is not None:
                    translate_page(instance, locale, po_file)
                    done += 1
        counts[code] = done
        if stdout is not None:
            stdout.write(f"Traduzioni dimostrative {code}: {done} pagine e schede")
    return counts
