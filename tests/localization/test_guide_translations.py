"""The demo translations of the guides (en, fr, ar): one complete PO file per guide whose msgids are
exactly the segments wagtail-localize extracts from the guide today (a stale msgid would silently
leave that segment in Italian), markup kept; and each language's reader gets the guide in it."""

import html
import io
import re
from types import SimpleNamespace

from wagtail.models import Locale

import pytest
import yaml

from core import translations
from guides import demo
from guides.models import GuidePage

LANGUAGES = ("en", "fr", "ar")
GUIDES = {
    path.stem: path
    for path in sorted((translations.TRANSLATIONS_DIR.parent / "guides").glob("*/*.yaml"))
    if not path.stem.startswith("_")
}
TAG = re.compile(r"<[^>]+>")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_guide_has_a_complete_file_that_keeps_the_markup(code):
    files = translations.translation_files(code)
    assert len(GUIDES) == 16 and set(GUIDES) <= set(files), set(GUIDES) - set(files)
    for slug, path in GUIDES.items():
        po = files[slug]
        assert not po.untranslated_entries() and not po.fuzzy_entries(), slug
        assert po.metadata["Last-Translator"] == "Demo translation, awaiting review", slug
        title = yaml.safe_load(path.read_text())["title"]
        assert po.find(title) is not None and po.find(title).msgstr != title, slug
        # The slug is a segment too and stays Italian: /<code>/guide/<topic>/<same slug>/.
        assert po.find(slug).msgstr == slug, slug
        for entry in po:
            assert sorted(TAG.findall(entry.msgstr)) == sorted(TAG.findall(entry.msgid)), (slug, entry.msgid)


@pytest.fixture
def guides(site_settings, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # the guides' letter templates are documents
    # No search index update on every page save: the index is not what these tests look at.
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
    }
    demo.load(SimpleNamespace(stdout=io.StringIO()))
    return {page.slug: page for page in GuidePage.objects.filter(locale=Locale.get_default())}


@pytest.mark.django_db
def test_every_segment_of_every_guide_is_translated_and_none_is_left_over(guides):
    from wagtail_localize.models import StringSegment, TranslationSource

    assert set(guides) == set(GUIDES)
    problems = {}
    for slug, page in guides.items():
        source, _ = TranslationSource.get_or_create_from_instance(page)
        wanted = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
        for code in LANGUAGES:
            po = translations.translation_files(code)[slug]
            translated = {entry.msgid for entry in po if entry.msgstr and not entry.fuzzy}
            if wanted - translated or translated - wanted:
                problems[(code, slug)] = {"missing": wanted - translated, "left over": translated - wanted}
    assert not problems, problems


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "slug"),
    [("en", "fasi-dello-sfratto"), ("fr", "non-riesco-a-pagare-l-affitto"), ("ar", "contributo-affitto")],
)
def test_a_reader_gets_the_guide_in_her_language(
    client, guides, django_capture_on_commit_callbacks, code, slug
):
    guide = guides[slug]
    po = translations.translation_files(code)[slug]
    locale = Locale.objects.get(language_code=code)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translations.translate_page(guide, locale, po)
    target = guide.get_translation(locale)

    assert target.live and target.url.startswith(f"/{code}/guide/")
    response = client.get(target.url)
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert f'lang="{code}"' in page
    assert ('dir="rtl"' in page) == (code == "ar")
    assert po.find(guide.title).msgstr in page
    how = po.find("Come ti aiuta lo sportello")
    assert how is not None and how.msgstr in page and "Come ti aiuta lo sportello" not in page
    # The Italian guide is unchanged.
    assert guide.title in html.unescape(client.get(guide.url).content.decode())
