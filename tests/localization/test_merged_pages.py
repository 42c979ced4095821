"""The pages other issues added (crisis, tools, territory, network) speak the reader's language too."""

from django.core import mail

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def heading(response):
    page = soup(response)
    return page.html["lang"], page.html["dir"], page.h1.get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/prenota/link-perso/", ("it", "ltr", "Hai perso il link del tuo appuntamento?")),
        ("/en/prenota/link-perso/", ("en", "ltr", "Lost the link to your appointment?")),
        ("/ar/prenota/link-perso/", ("ar", "rtl", "هل فقدت رابط موعدك؟")),
        ("/fr/immobili-sfitti/", ("fr", "ltr", "Signaler un bien vide")),
        ("/uk/osservatorio/", ("uk", "ltr", "Обсерваторія житла")),
        ("/en/rete/posti-stanotte/", ("en", "ltr", "Beds for tonight")),
        ("/ro/rete/posti-stanotte/", ("ro", "ltr", "Locuri de dormit la noapte")),
    ],
)
def test_new_public_pages_are_translated_under_their_prefix(client, site_settings, url, expected):
    assert heading(client.get(url)) == expected


def test_a_vacant_building_report_with_errors_answers_in_french(client, site_settings):
    response = client.post("/fr/immobili-sfitti/", {"address": ""})
    assert response.status_code == 400
    page = BeautifulSoup(response.content, "html.parser")
    errors = page.get_text(" ", strip=True)
    assert "Choisis la commune du bien." in errors
    assert "Scegli il Comune" not in errors
    assert page.select_one("label[for='id_address']").get_text(strip=True).startswith("Adresse du bien")


def test_a_lost_link_request_in_english_gets_english_errors(client, site_settings):
    page = soup(client.post("/en/prenota/link-perso/", {"contact": "not a contact"}))
    assert "Write an e-mail (with the @) or a phone number" in page.get_text(" ", strip=True)
    assert not mail.outbox
