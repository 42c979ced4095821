"""Demo page translations through wagtail-localize: loaded from PO files, flagged for review,
round-tripped through PO export/import, and shown as out of date when the Italian page changes."""

from django.conf import settings

from wagtail.models import Locale

import polib
import pytest

from core import translations
from tests.factories.pages import GuideIndexPageFactory, GuidePageFactory, GuideTopicPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(site_settings, home_page):
    index = GuideIndexPageFactory(parent=home_page)
    topic = GuideTopicPageFactory(parent=index)
    return GuidePageFactory(parent=topic, slug="pagare-affitto", title="Non riesco a pagare l'affitto")


def test_demo_translation_files_are_complete_for_each_translated_language():
    expected = {"home", "contatti", "guide", "sfratto-e-morosita", "senza-casa-stanotte"}
    for code in settings.SPORTELLO_CONTENT_TRANSLATED_LANGUAGES:
        files = translations.translation_files(code)
        assert expected <= set(files), code
        for slug, po in files.items():
            assert not po.untranslated_entries() and not po.fuzzy_entries(), (code, slug)


def test_a_page_translation_is_flagged_round_trips_and_goes_out_of_date(
    client, guide, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    french = Locale.objects.get(language_code="fr")
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Non riesco a pagare l'affitto", msgstr="Je n'arrive pas à payer le loyer"))
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translations.translate_page(guide, french, po)

    target = guide.get_translation(french)
    assert target.live and target.title == "Je n'arrive pas à payer le loyer"
    assert client.get(target.url).status_code == 200
    # Flagged for review in the translation editor.
    flagged = StringTranslation.objects.get(data="Je n'arrive pas à payer le loyer")
    assert (flagged.translation_type, flagged.tool_name) == ("machine", translations.DEMO_TOOL_NAME)

    # PO export carries the translation; importing it back changes nothing.
    translation = Translation.objects.get(source__object_id=guide.translation_key, target_locale=french)
    exported = translation.export_po()
    assert {e.msgid: e.msgstr for e in exported}["Non riesco a pagare l'affitto"] == (
        "Je n'arrive pas à payer le loyer"
    )
    total, done = translation.get_progress()
    translation.import_po(polib.pofile(exported.__unicode__()))
    assert translation.get_progress() == (total, done)

    # The Italian source changes: its translation is no longer up to date.
    guide.title = "Non riesco più a pagare l'affitto"
    guide.save_revision().publish()
    source = TranslationSource.objects.get(object_id=guide.translation_key)
    source.update_from_db()
    assert translation.get_progress()[1] < translation.get_progress()[0]
    from django.utils import translation as django_translation

    with django_translation.override("en"):
        assert str(translation.get_status_display()) == "Waiting for translations"
