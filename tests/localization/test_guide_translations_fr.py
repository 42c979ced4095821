"""The French demo translations of the guides: every segment of every guide built from content/
has a French text, and a French reader gets the guide in French under /fr/."""

import html
import io
from types import SimpleNamespace

from wagtail.models import Locale

import pytest

from core import translations
from guides import demo
from guides.models import GuidePage

pytestmark = pytest.mark.django_db

GUIDE_SLUGS = sorted(guide["slug"] for guide in demo.read_content().GUIDES)
# Written before its Italian text changed (its callout, first step and violence answer): to refresh.
STALE = {"senza-casa-stanotte"}


@pytest.fixture
def guides(site_settings, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # the guides' letter templates are documents
    # No search index updates on every page save: the index is not what these tests look at.
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
    }
    demo.load(SimpleNamespace(stdout=io.StringIO()))
    return {page.slug: page for page in GuidePage.objects.filter(locale=Locale.get_default())}


def segments(page):
    """(context, Italian text) of every segment wagtail-localize extracts from ``page``."""
    from wagtail_localize.models import Translation, TranslationSource

    source, _ = TranslationSource.get_or_create_from_instance(page)
    french = Locale.objects.get(language_code="fr")
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=french)
    return [(entry.msgctxt, entry.msgid) for entry in translation.export_po()]


def test_every_segment_of_every_guide_has_a_french_text(guides):
    files = translations.translation_files("fr")
    problems = {}
    for slug in GUIDE_SLUGS:
        po = files.get(slug)
        if po is None:
            problems[slug] = "content/translations/fr/<slug>.po is missing"
            continue
        french = {entry.msgid: entry.msgstr for entry in po if entry.msgstr and not entry.fuzzy}
        wanted = segments(guides[slug])
        missing = [text for _, text in wanted if text not in french]
        leftover = set(french) - {text for _, text in wanted}  # texts the guide no longer has
        if missing or leftover:
            problems[slug] = {"missing": missing, "leftover": sorted(leftover)}
    assert set(problems) <= STALE, {slug: problems[slug] for slug in set(problems) - STALE}
    assert len(GUIDE_SLUGS) == 16


def test_a_french_reader_reads_the_guide_in_french(client, guides, django_capture_on_commit_callbacks):
    guide = guides["non-riesco-a-pagare-l-affitto"]
    french = Locale.objects.get(language_code="fr")
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        target = translations.translate_page(guide, french, translations.translation_files("fr")[guide.slug])

    assert target.url.startswith("/fr/guide/")
    response = client.get(target.url)
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert '<html lang="fr"' in page
    assert "Je n'arrive pas à payer le loyer : que faire tout de suite" in page
    assert "Parle avec le propriétaire" in page
    assert "Seulement si le propriétaire est d'accord et si vous l'écrivez." in page
    assert "Parla con il padrone di casa" not in page
    # The Italian guide is unchanged.
    assert "Parla con il padrone di casa" in client.get(guide.url).content.decode()
