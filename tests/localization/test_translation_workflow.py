"""Issue 15, the staff side of languages: translatable glossary and emergency texts, one sitemap
per language, the "Traduzioni da aggiornare" report, PO export/import through wagtail-localize's
views, the machine translator chosen from the environment, the first-visit suggestion (server
part) and readability per language."""

import re
import xml.etree.ElementTree as ET  # noqa: S405 - our own sitemaps, in tests

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import Locale

import polib
import pytest
from bs4 import BeautifulSoup

from core import translations
from core.models import EmergencyTexts
from guides.models import GlossaryTerm
from guides.readability import count_syllables, flesch_english, flesch_french
from tests.core.test_settings import PRODUCTION_ENV, manage
from tests.factories.pages import GuideIndexPageFactory, GuidePageFactory, GuideTopicPageFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def guide(site_settings, home_page):
    index = GuideIndexPageFactory(parent=home_page)
    topic = GuideTopicPageFactory(parent=index)
    return GuidePageFactory(
        parent=topic,
        slug="pagare-affitto",
        title="Non riesco a pagare l'affitto",
        summary="Se non paghi l'affitto c'è la morosità. Chiedi aiuto.",
        audience="Per chi ha un ISEE basso.",
        body=[{"type": "paragraph", "value": "<p>Vai allo sportello. Ti aiutiamo.</p>"}],
    )


def translate(page, code, texts, django_capture_on_commit_callbacks):
    """Translate every segment of ``page`` into ``code``: ``texts`` by Italian text, the rest
    with a visible prefix (so nothing falls back to Italian); returns the published translation."""
    from wagtail_localize.models import TranslationSource

    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    po = polib.POFile()
    for entry in source.export_po():
        po.append(polib.POEntry(msgid=entry.msgid, msgstr=texts.get(entry.msgid, f"[{code}] {entry.msgid}")))
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        return translations.translate_page(page, Locale.objects.get_or_create(language_code=code)[0], po)


ENGLISH = {
    "Non riesco a pagare l'affitto": "I cannot pay the rent",
    "Se non paghi l'affitto c'è la morosità. Chiedi aiuto.": (
        "If you do not pay the rent, you are in arrears. Ask for help."
    ),
    "Per chi ha un ISEE basso.": "For people with a low ISEE.",
}


def glossary_words(html):
    page = BeautifulSoup(html, "html.parser")
    return {
        button.get_text(): page.find(id=button["popovertarget"]).select_one(".glossary-pop__text").get_text()
        for button in page.select("article button.glossary-term")
    }


def test_english_guides_explain_english_words_and_italian_ones_not_translated_yet(
    client, guide, django_capture_on_commit_callbacks
):
    arrears = GlossaryTerm.objects.create(term="morosità", definition="Quando non paghi l'affitto.")
    GlossaryTerm.objects.create(term="ISEE", definition="Un numero che misura i soldi della famiglia.")
    english_term = arrears.copy_for_translation(Locale.objects.get(language_code="en"))
    english_term.term, english_term.definition = "arrears", "When you do not pay the rent."
    english_term.save()
    english = translate(guide, "en", ENGLISH, django_capture_on_commit_callbacks)

    assert glossary_words(client.get(guide.url).content) == {
        "morosità": "Quando non paghi l'affitto.",
        "ISEE": "Un numero che misura i soldi della famiglia.",
    }
    assert english.url.startswith("/en/")
    assert glossary_words(client.get(english.url).content) == {
        "arrears": "When you do not pay the rent.",
        "ISEE": "Un numero che misura i soldi della famiglia.",  # no English explanation yet
    }
    # The same word may exist once per language, still only once in each.
    assert GlossaryTerm.objects.filter(term__iexact="morosità").count() == 1


def emergency_box(html):
    box = BeautifulSoup(html, "html.parser").select_one("aside.emergency")
    return box.select_one("p").get_text(), [
        (link.get_text(" ", strip=True), link["href"]) for link in box.select("a.emergency__phone")
    ]


def test_emergency_texts_are_translated_but_the_numbers_stay_the_settings_ones(client, site_settings):
    italian = EmergencyTexts.objects.get(locale__language_code="it")  # follows the settings
    assert italian.intro == site_settings.emergency_intro
    assert [block.value["label"] for block in italian.contacts] == ["Pronto intervento sociale"]
    english = italian.copy_for_translation(Locale.objects.get(language_code="en"))
    english.intro = "Are you homeless tonight? Call now."
    english.contacts = [("contact", {"label": "Emergency social service", "when": "Always open"})]
    english.save()

    assert emergency_box(client.get("/").content) == (
        site_settings.emergency_intro,
        [("Pronto intervento sociale: 0331 000 0001", "tel:03310000001")],
    )
    assert emergency_box(client.get("/en/").content) == (
        "Are you homeless tonight? Call now.",
        [("Emergency social service: 0331 000 0001", "tel:03310000001")],
    )
    # French has no translation yet: the Italian words.
    assert emergency_box(client.get("/fr/").content)[1] == [
        ("Pronto intervento sociale: 0331 000 0001", "tel:03310000001")
    ]
    # A new number in the settings shows in every language at once; its words stay Italian until
    # the translation is synced.
    site_settings.emergency_contacts = [
        *[("contact", block.value) for block in site_settings.emergency_contacts],
        ("contact", {"label": "Numero unico di emergenza", "phone": "112", "when": ""}),
    ]
    site_settings.save()
    assert emergency_box(client.get("/en/").content)[1] == [
        ("Emergency social service: 0331 000 0001", "tel:03310000001"),
        ("Numero unico di emergenza: 112", "tel:112"),
    ]


def test_one_sitemap_per_language_with_hreflang_alternates(client, guide, django_capture_on_commit_callbacks):
    english = translate(guide, "en", ENGLISH, django_capture_on_commit_callbacks)
    index = ET.fromstring(  # noqa: S314
        client.get("/sitemap.xml").content
    )
    sitemaps = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    assert [url.rsplit("/", 1)[1] for url in sitemaps] == ["sitemap-it.xml", "sitemap-en.xml"]
    assert client.get("/sitemap-ro.xml").status_code == 404  # Romanian readers get the Italian pages

    urlset = ET.fromstring(  # noqa: S314
        client.get("/sitemap-en.xml").content
    )
    entries = {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
        }
        for url in urlset.iter(f"{SITEMAP}url")
    }
    english_url = next(loc for loc in entries if loc.endswith(english.url))
    assert {code: href.split("localhost", 1)[1] for code, href in entries[english_url].items()} == {
        "it": guide.url,
        "en": english.url,
        "x-default": guide.url,
    }
    italian = ET.fromstring(  # noqa: S314
        client.get("/sitemap-it.xml").content
    )
    assert any(loc.text.endswith(guide.url) for loc in italian.iter(f"{SITEMAP}loc"))
    assert not any("/en/" in loc.text for loc in italian.iter(f"{SITEMAP}loc"))


def report_rows(client):
    response = client.get("/admin/reports/guide/outdated_translations/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [[cell.get_text(" ", strip=True) for cell in row.select("td")] for row in page.select("tbody tr")]


def test_editing_an_italian_guide_marks_its_translations_out_of_date_in_the_report(
    admin_client, guide, django_capture_on_commit_callbacks
):
    translate(guide, "fr", {}, django_capture_on_commit_callbacks)
    assert not [row for row in report_rows(admin_client) if row and row[0] == guide.title]

    guide.summary = "Se non paghi l'affitto c'è la morosità. Chiedi aiuto subito."
    guide.save_revision().publish()
    rows = [row for row in report_rows(admin_client) if row and row[0] == guide.title]
    assert len(rows) == 1
    assert rows[0][2] == "Français"
    assert "Il testo italiano è cambiato" in rows[0][3]

    # Synced (wagtail-localize's "Sync translated pages"): the new sentence is left to translate.
    from wagtail_localize.models import TranslationSource

    TranslationSource.objects.get(object_id=guide.translation_key).update_from_db()
    rows = [row for row in report_rows(admin_client) if row and row[0] == guide.title]
    assert len(rows) == 1 and re.fullmatch(r"Testi da tradurre: 1 di \d+", rows[0][3])


def test_po_export_and_import_round_trip_a_guide_through_the_admin(
    admin_client, guide, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import Translation

    translate(guide, "fr", {}, django_capture_on_commit_callbacks)
    translation = Translation.objects.get(
        source__object_id=guide.translation_key, target_locale__language_code="fr"
    )
    response = admin_client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    exported = polib.pofile(response.content.decode())
    assert {e.msgid: e.msgstr for e in exported}["Non riesco a pagare l'affitto"] == (
        "[fr] Non riesco a pagare l'affitto"
    )

    # An external translator changes the title and sends the file back.
    for entry in exported:
        if entry.msgid == "Non riesco a pagare l'affitto":
            entry.msgstr = "Je n'arrive pas à payer le loyer"
    upload = SimpleUploadedFile(
        "guide-fr.po", str(exported).encode(), content_type="text/x-gettext-translation"
    )
    response = admin_client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    again = polib.pofile(
        admin_client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/").content.decode()
    )
    assert {e.msgid: e.msgstr for e in again} == {
        **{e.msgid: e.msgstr for e in exported},
        "Non riesco a pagare l'affitto": "Je n'arrive pas à payer le loyer",
    }
    assert translation.get_progress()[0] == translation.get_progress()[1]


def test_the_machine_translator_is_deepl_only_with_a_key_in_production(settings):
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["CLASS"].endswith("dummy.DummyTranslator")
    show = (
        "from django.conf import settings as s; t = s.WAGTAILLOCALIZE_MACHINE_TRANSLATOR;"
        "print(t['CLASS'], t.get('OPTIONS', {}).get('AUTH_KEY', '-'))"
    )
    with_key = manage("shell", "-c", show, env={**PRODUCTION_ENV, "DEEPL_API_KEY": "deepl-key:fx"})
    assert with_key.returncode == 0, with_key.stderr
    assert with_key.stdout.strip().splitlines()[-1].split() == [
        "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "deepl-key:fx",
    ]
    without = manage("shell", "-c", show, env={**PRODUCTION_ENV, "DEEPL_API_KEY": ""})
    assert without.returncode == 0, without.stderr
    assert without.stdout.strip().splitlines()[-1].split() == [
        "wagtail_localize.machine_translators.dummy.DummyTranslator",
        "-",
    ]


def test_pages_offer_their_real_translations_for_the_first_visit_suggestion(
    client, guide, django_capture_on_commit_callbacks
):
    english = translate(guide, "en", ENGLISH, django_capture_on_commit_callbacks)
    page = BeautifulSoup(client.get(guide.url, headers={"accept-language": "en"}).content, "html.parser")
    slot = page.select_one("[data-language-suggestions]")
    assert slot["data-cookie-name"] == "django_language"
    offers = {template["data-language"]: template for template in slot.select("template")}
    assert set(offers) == {"en"}  # not Romanian: that page is not translated
    offer = BeautifulSoup(offers["en"].decode_contents(), "html.parser")
    assert offer.select_one("aside")["lang"] == "en"
    assert offer.select_one("a[data-language-choose]")["href"] == english.url
    # The response is the same for every visitor (the page cache): no redirect, no cookie.
    response = client.get(guide.url, headers={"accept-language": "en"})
    assert response.status_code == 200 and not response.cookies


def test_flesch_scores_for_english_and_french():
    assert [count_syllables(w, "en") for w in ["rent", "house", "table", "application"]] == [1, 1, 2, 4]
    assert [count_syllables(w, "fr") for w in ["loyer", "maison", "demande", "appartement"]] == [1, 2, 2, 4]
    easy, hard = (
        "You can not pay the rent. Ask for help now.",
        ("The municipal administration evaluates applications concerning extraordinary contributions."),
    )
    assert flesch_english(easy) > 80 > 20 > flesch_english(hard)
    assert (
        flesch_french("Tu ne peux pas payer. Demande de l'aide.")
        > 80
        > 20
        > flesch_french("L'administration municipale examine les demandes de contributions extraordinaires.")
    )
    assert flesch_english("") is None


def test_english_guides_get_flesch_in_the_editor_and_the_readability_report(
    admin_client, guide, django_capture_on_commit_callbacks
):
    english = translate(
        guide,
        "en",
        {
            **ENGLISH,
            "Se non paghi l'affitto c'è la morosità. Chiedi aiuto.": (
                "The municipal administration evaluates applications concerning extraordinary contributions."
            ),
        },
        django_capture_on_commit_callbacks,
    )
    english.refresh_from_db()
    assert english.summary_score == flesch_english(english.summary) < 20
    # Pages synced by wagtail-localize open in its translation editor; a guide written directly in
    # English (Aggiungi pagina under the English tree) has the readability panel, with Flesch.
    written = GuidePageFactory(parent=english.get_parent(), title="Rent help", summary="Ask us. We help you.")
    assert written.locale.language_code == "en"
    response = admin_client.get(f"/admin/pages/{written.pk}/edit/")
    panel = BeautifulSoup(response.content, "html.parser").select_one("[data-readability-panel]")
    assert panel["data-formula"] == "Flesch" and "almeno 70" in panel.get_text()

    page = BeautifulSoup(admin_client.get("/admin/reports/guide/readability/").content, "html.parser")
    rows = [[c.get_text(" ", strip=True) for c in row.select("td")] for row in page.select("tbody tr")]
    english_rows = [row for row in rows if row and row[0] == "I cannot pay the rent"]
    assert len(english_rows) == 1 and english_rows[0][3] == "Flesch (70 / 60)"
