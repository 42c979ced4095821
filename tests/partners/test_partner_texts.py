"""Issue 15, partners' public texts: translatable with wagtail-localize, shown in the reader's
language in the directory, the partner page and the guides, Italian where not translated, and
out of date in "Traduzioni da aggiornare" when the Italian partner changes."""

from wagtail.models import Locale

import polib
import pytest
from bs4 import BeautifulSoup

from core import translations
from partners.models import Partner, PartnerText
from tests.factories.partners import create_partner
from tests.localization.test_translation_workflow import report_rows

pytestmark = pytest.mark.django_db

FRENCH = {
    "Ti aiutano con il contratto d'affitto. È gratis.": (
        "Ils t'aident avec le contrat de location. C'est gratuit."
    ),
    "Leggono con te il contratto prima di firmare.": "Ils lisent le contrat avec toi avant de signer.",
    "Chi cerca casa in affitto": "Ceux qui cherchent un logement à louer",
}


def published_partner():
    """A partner with texts to translate, published as staff would (this copies its Italian texts)."""
    partner = create_partner(
        "Sindacato Inquilini Varese",
        slug="sindacato-inquilini",
        description="Ti aiutano con il contratto d'affitto. È gratis.",
        services=[
            {
                "service_type": "contratti-e-affitto",
                "description": "Leggono con te il contratto prima di firmare.",
                "audience": "Chi cerca casa in affitto",
            }
        ],
        live=False,
    )
    partner.save_revision().publish()
    return Partner.objects.get(pk=partner.pk)


@pytest.fixture
def partner(site_settings):
    return published_partner()


def text_of(response):
    assert response.status_code == 200
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def translate(partner, code, texts, django_capture_on_commit_callbacks):
    text = PartnerText.objects.get(partner=partner, locale=Locale.get_default())
    po = polib.POFile()
    for msgid, msgstr in texts.items():
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    locale, _ = Locale.objects.get_or_create(language_code=code)
    with django_capture_on_commit_callbacks(execute=True):
        return translations.translate_page(text, locale, po)


def test_publishing_a_partner_copies_its_public_texts_into_the_italian_source(partner):
    text = PartnerText.objects.get(partner=partner)
    assert text.locale == Locale.get_default()
    assert text.description == partner.description
    service = partner.services.get()
    assert [dict(child.value) for child in text.services] == [
        {"service": service.pk, "description": service.description, "audience": service.audience}
    ]


def test_a_french_reader_sees_the_french_texts_and_the_italian_page_is_unchanged(
    client, partner, django_capture_on_commit_callbacks
):
    translate(partner, "fr", FRENCH, django_capture_on_commit_callbacks)

    french = text_of(client.get("/fr/partner/sindacato-inquilini/"))
    assert "Ils t'aident avec le contrat de location." in french
    assert "Ils lisent le contrat avec toi avant de signer." in french
    assert "Ceux qui cherchent un logement à louer" in french
    assert "Sindacato Inquilini Varese" in french  # a name is not translated

    italian = text_of(client.get("/partner/sindacato-inquilini/"))
    assert "Ti aiutano con il contratto d'affitto." in italian
    assert "Ils t'aident" not in italian

    directory = text_of(client.get("/fr/partner/"))
    assert "Ils lisent le contrat avec toi avant de signer." in directory


def test_a_language_without_a_translation_shows_the_italian_texts(client, partner):
    page = text_of(client.get("/ro/partner/sindacato-inquilini/"))
    assert "Ti aiutano con il contratto d'affitto." in page


def test_editing_the_italian_partner_marks_its_translations_out_of_date(
    admin_client, partner, django_capture_on_commit_callbacks
):
    translate(partner, "fr", FRENCH, django_capture_on_commit_callbacks)
    assert not [row for row in report_rows(admin_client) if row and row[0] == partner.name]

    partner.description = "Ti aiutano con il contratto d'affitto e con le bollette. È gratis."
    partner.save_revision().publish()
    rows = [row for row in report_rows(admin_client) if row and row[0] == partner.name]
    assert len(rows) == 1
    assert rows[0][2] == "Français"
    assert "Il testo italiano è cambiato" in rows[0][3]


def test_publishing_without_changing_the_texts_keeps_translations_up_to_date(
    admin_client, partner, django_capture_on_commit_callbacks
):
    translate(partner, "fr", FRENCH, django_capture_on_commit_callbacks)
    partner.phone = "0331 999 999"
    partner.save_revision().publish()
    assert not [row for row in report_rows(admin_client) if row and row[0] == partner.name]


def test_demo_translations_of_partners_load_from_po_files(
    client, partner, tmp_path, django_capture_on_commit_callbacks
):
    folder = tmp_path / "fr"
    folder.mkdir()
    po = polib.POFile()
    po.extend(polib.POEntry(msgid=msgid, msgstr=msgstr) for msgid, msgstr in FRENCH.items())
    po.save(str(folder / "partner-sindacato-inquilini.po"))
    with django_capture_on_commit_callbacks(execute=True):
        counts = translations.load(folder=tmp_path)
    assert counts["fr"] == 1
    assert "Ils t'aident avec le contrat" in text_of(client.get("/fr/partner/sindacato-inquilini/"))


@pytest.mark.parametrize("code", ["en", "fr", "ar"])
def test_every_demo_partner_has_a_complete_demo_translation(code):
    from partners.demo import read_content

    for data in read_content():
        texts = [data.get("description"), data.get("status_note"), data.get("other_phone_label")]
        for service in data.get("services", []):
            texts += [service.get("description"), service.get("audience")]
        po = polib.pofile(str(translations.TRANSLATIONS_DIR / code / f"partner-{data['slug']}.po"))
        translated = {entry.msgid for entry in po if entry.msgstr and not entry.fuzzy}
        missing = {text.strip() for text in texts if text and text.strip()} - translated
        assert not missing, (data["slug"], missing)
