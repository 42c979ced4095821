"""The directory on a phone: filter, tap a number, print — with and without JavaScript."""

import pytest
from playwright.sync_api import expect

from tests.browser_support import assert_no_axe_violations, page_width
from tests.factories.partners import create_partner, language, municipality

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def network(site_settings):
    ispra = municipality("Ispra")
    angera = municipality("Angera")
    arabic = language("ar", "arabo")
    create_partner(
        "Sportello sfratti di Ispra",
        services=["sfratto-e-morosita"],
        places=[ispra],
        phone="0331 000 140",
        email="sfratti.ispra@example.org",
        languages=[arabic],
    )
    create_partner(
        "Sindacato inquilini", services=["sfratto-e-morosita"], places=[angera], whole_district=True
    )
    create_partner("Bonus ad Angera", services=["bonus-e-contributi"], places=[angera])
    create_partner("Sfratti ad Angera", services=["sfratto-e-morosita"], places=[angera])
    # Filtered by Ispra, Ispra's own social service comes first, whatever its name.
    create_partner(
        "Servizio sociale del Comune di Ispra", kind="comune", services=["sfratto-e-morosita"], places=[ispra]
    )
    create_partner("Aiuto casa del Verbano", services=["sfratto-e-morosita"], places=[angera], areas=[ispra])
    return ispra


# Ispra's social service, then what has an office in Ispra, then what covers Ispra from elsewhere,
# then the services for the whole district: not the alphabetical order.
ISPRA_ORDER = [
    "Servizio sociale del Comune di Ispra",
    "Sportello sfratti di Ispra",
    "Aiuto casa del Verbano",
    "Sindacato inquilini",
]


def entry_names(page):
    return page.locator(".partner__name").all_inner_texts()


def filter_directory(page):
    page.goto("/partner/")
    assert len(entry_names(page)) == 6
    page.select_option("#id_argomento", "sfratto-e-morosita")
    page.select_option("#id_comune", "ispra")
    page.get_by_role("button", name="Mostra").click()
    page.wait_for_url("**/partner/?argomento=sfratto-e-morosita&comune=ispra*")
    assert entry_names(page) == ISPRA_ORDER


def test_filter_the_directory_on_a_phone(phone, network):
    filter_directory(phone)
    call = phone.locator('a[href="tel:0331000140"]')
    expect(call).to_be_visible()
    assert call.bounding_box()["height"] >= 44
    assert page_width(phone) <= 390
    assert phone.outside_requests == []
    assert_no_axe_violations(phone)

    # With JavaScript, "Stampa l'elenco" opens the print dialog on this very list.
    phone.evaluate("window.print = () => { window.printed = true; }")
    phone.get_by_role("link", name="Stampa l'elenco").click()
    assert phone.evaluate("window.printed === true")
    assert "stampa" not in phone.url


def test_directory_works_without_javascript(javascript_off_phone, network):
    page = javascript_off_phone
    filter_directory(page)
    expect(page.locator('a[href="tel:0331000140"]')).to_be_visible()
    page.get_by_role("link", name="Stampa l'elenco").click()
    page.wait_for_url("**stampa=1*")
    assert entry_names(page) == ISPRA_ORDER
    assert page.locator(".partner-filters").count() == 0
    # The printed page keeps only the list.
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    expect(page.locator(".partner").first).to_be_visible()


def test_partner_page_and_error_report_on_a_phone(phone, network):
    phone.goto("/partner/")
    phone.get_by_role("link", name="Sportello sfratti di Ispra").click()
    assert phone.locator("h1").inner_text() == "Sportello sfratti di Ispra"
    assert (
        phone.get_by_role("link", name="Apri in mappa")
        .first.get_attribute("href")
        .startswith("https://www.openstreetmap.org/")
    )
    assert_no_axe_violations(phone)

    # An empty report shows the error next to the field, and the page stays accessible.
    phone.get_by_role("button", name="Invia la segnalazione").click()
    expect(phone.locator(".error-summary")).to_be_visible()
    assert phone.locator("#id_message").get_attribute("aria-invalid") == "true"
    assert_no_axe_violations(phone)

    phone.fill("#id_message", "Il numero non risponde.")
    phone.get_by_role("button", name="Invia la segnalazione").click()
    expect(phone.get_by_text("Grazie! Abbiamo ricevuto la tua segnalazione.")).to_be_visible()
    assert phone.outside_requests == []
