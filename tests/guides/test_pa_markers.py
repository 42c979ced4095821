"""The markers the national PA website validator (italia/pa-website-validator-ng) reads.

Each check below is what the validator's audit does on the served HTML: the same `data-element`
names, the same texts compared the same way (trimmed, lower case, whitespace collapsed). The
feedback follow-up shown after each star is checked in the browser (tests/browser/test_guides_browser.py).
"""

import re

import pytest
from bs4 import BeautifulSoup

from tests.factories.pages import ContentPageFactory

pytestmark = pytest.mark.django_db

FEEDBACK_TITLE = "Quanto sono chiare le informazioni su questa pagina?"
POSITIVE_QUESTION = "Quali sono stati gli aspetti che hai preferito?"
NEGATIVE_QUESTION = "Dove hai incontrato le maggiori difficoltà?"
POSITIVE_ANSWERS = {
    "le indicazioni erano chiare",
    "le indicazioni erano complete",
    "capivo sempre che stavo procedendo correttamente",
    "non ho avuto problemi tecnici",
    "altro",
}
NEGATIVE_ANSWERS = {
    "a volte le indicazioni non erano chiare",
    "a volte le indicazioni non erano complete",
    "a volte non capivo se stavo procedendo correttamente",
    "ho avuto problemi tecnici",
    "altro",
}
INEFFICIENCY_LABELS = {"disservizio", "segnala disservizio", "segnalazione disservizio"}
LICENSE_TEXT = (
    "In applicazione del principio open by default ai sensi dell’articolo 52 del decreto legislativo 7 "
    "marzo 2005, n. 82 (CAD) e salvo dove diversamente specificato (compresi i contenuti incorporati di "
    "terzi), i dati, i documenti e le informazioni pubblicati sul sito sono rilasciati con licenza CC-BY "
    "4.0. Gli utenti sono quindi liberi di condividere (riprodurre, distribuire, comunicare al pubblico, "
    "esporre in pubblico), rappresentare, eseguire e recitare questo materiale con qualsiasi mezzo e "
    "formato e modificare (trasformare il materiale e utilizzarlo per opere derivate) per qualsiasi fine, "
    "anche commerciale con il solo onere di attribuzione, senza apporre restrizioni aggiuntive."
)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def text(element):
    return " ".join(element.get_text().split()).strip()


def assert_feedback_component(html, url):
    """municipality-feedback-element (C.SI.2.5): one component, its title, 5 rates, both follow-ups."""
    components = html.select('[data-element="feedback"]')
    assert len(components) == 1, url
    component = components[0]
    title = component.select('[data-element="feedback-title"]')
    assert len(title) == 1 and text(title[0]).lower() == FEEDBACK_TITLE.lower(), url
    for stars in range(1, 6):
        assert len(html.select(f'[data-element="feedback-rate-{stars}"]')) == 1, (url, stars)
    assert not html.select('[data-element="feedback-rate-6"]'), url
    for kind, question, answers in (
        ("positive", POSITIVE_QUESTION, POSITIVE_ANSWERS),
        ("negative", NEGATIVE_QUESTION, NEGATIVE_ANSWERS),
    ):
        box = html.select_one(f'[data-element="feedback-rating-{kind}"]')
        assert box is not None, (url, kind)
        asked = box.select_one('[data-element="feedback-rating-question"]')
        assert asked is not None and text(asked).lower() == question.lower(), (url, kind)
        # The validator reads each answer's text: the marker must sit on the visible words, not the radio.
        found = [text(answer).lower() for answer in box.select('[data-element="feedback-rating-answer"]')]
        assert found and set(found) <= answers and len(found) == len(answers), (url, kind, found)
    assert component.select_one('[data-element="feedback-input-text"]') is not None, url


def assert_footer_markers(client, html, url):
    footer = html.find("footer")
    assert footer is not None, url
    # municipality-faq (C.SI.2.3): a footer link to the FAQ page that opens.
    faq = footer.select_one('a[data-element="faq"]')
    assert faq is not None and faq["href"] not in ("", "#"), url
    assert client.get(faq["href"]).status_code == 200
    # municipality-inefficiency-report (C.SI.2.4): label named as the validator wants, a real target.
    report = footer.select_one('[data-element="report-inefficiency"]')
    assert report is not None, url
    assert text(report).lower() in INEFFICIENCY_LABELS, url
    href = report["href"]
    assert href.startswith("mailto:"), url
    assert all(EMAIL.match(address) for address in href[7:].split("?")[0].split(","))
    # C.SI.3.4 and the privacy/accessibility links sit in the footer too.
    for marker in ("legal-notes", "privacy-policy-link", "accessibility-link"):
        assert footer.select_one(f'a[data-element="{marker}"]') is not None, (url, marker)
    return footer


def test_home_topic_and_guide_carry_the_validator_markers(client, site_settings, topic_page, guide):
    home = html_of(client, "/")
    assert_footer_markers(client, home, "/")
    assert home.select_one('[data-element="appointment-booking"]')["href"] == "/prenota/"
    for url in (topic_page.url, guide.url):
        html = html_of(client, url)
        assert_footer_markers(client, html, url)
        assert_feedback_component(html, url)
        assert html.select_one('[data-element="service-booking-access"]') is not None, url


def test_plain_pages_and_the_guide_index_have_the_feedback_component(client, site_settings, guide_index):
    for url in (guide_index.url, site_settings.faq_page.url, site_settings.privacy_page.url):
        assert_feedback_component(html_of(client, url), url)


def test_legal_notes_page_has_the_content_licence_section(client, site_settings):
    home = html_of(client, "/")
    link = home.find("footer").select_one('a[data-element="legal-notes"]')
    page = html_of(client, link["href"])
    section = page.select('[data-element="legal-notes-section"]')
    assert section and text(section[0]).lower() == "licenza dei contenuti"
    body = " ".join(text(p) for p in page.select('[data-element="legal-notes-body"]')).strip()
    assert body.lower().replace("'", "’") == LICENSE_TEXT.lower()
    # Said plainly too, for everyone else.
    assert "puoi copiare e usare i testi di questo sito" in page.get_text()
    # Other plain pages do not repeat it.
    assert not html_of(client, "/privacy/").select('[data-element="legal-notes-section"]')


def test_plain_page_dates_are_written_in_lower_case(client, site_settings, home_page):
    import datetime

    from django.utils import timezone

    page = ContentPageFactory(parent=home_page, title="Contatti", slug="contatti")
    published = timezone.make_aware(datetime.datetime(2026, 12, 1, 10, 0))
    type(page).objects.filter(pk=page.pk).update(last_published_at=published)
    html = html_of(client, "/contatti/")
    assert "Ultimo aggiornamento: 1 dicembre 2026" in text(html.select_one(".last-updated"))
