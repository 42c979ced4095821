"""The report form and the observatory in a phone browser, with and without JavaScript."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from territory import observatory
from territory.models import VacantBuilding
from tests.browser_support import assert_no_axe_violations, page_width

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fill_report(page):
    page.goto("/immobili-sfitti/")
    page.select_option("#id_municipality", "ispra")
    page.fill("#id_address", "Via del Lago 27")
    page.get_by_label("Appartamento").check()
    page.get_by_label("Privata").check()
    page.get_by_label("Servono piccoli lavori").check()
    page.fill("#id_rooms", "3")


def test_report_on_a_phone_with_javascript(phone, site_settings, towns):
    phone.goto("/immobili-sfitti/")
    assert page_width(phone) <= 390
    assert_no_axe_violations(phone)
    # Sent half-filled: the errors are listed, linked, in Italian, and nothing is lost.
    phone.fill("#id_address", "Via del Lago 27")
    phone.get_by_role("button", name="Invia la segnalazione").click()
    expect(phone.get_by_role("heading", name="Controlla il modulo")).to_be_visible()
    expect(phone.locator(".error-summary").get_by_text("Scegli il Comune dell'immobile.")).to_be_visible()
    assert phone.input_value("#id_address") == "Via del Lago 27"
    assert_no_axe_violations(phone)
    assert VacantBuilding.objects.count() == 0

    fill_report(phone)
    phone.get_by_label("Sono un cittadino e l'ho visto").check()
    phone.get_by_role("button", name="Invia la segnalazione").click()
    expect(phone.get_by_role("heading", name="Grazie: abbiamo ricevuto la segnalazione")).to_be_visible()
    assert "Via del Lago" not in phone.content()
    assert_no_axe_violations(phone)
    assert VacantBuilding.objects.get().rooms == 3
    assert phone.outside_requests == []


def test_report_on_a_phone_without_javascript(javascript_off_phone, site_settings, towns):
    page = javascript_off_phone
    fill_report(page)
    page.get_by_label("Lavoro per un Comune").check()
    page.get_by_role("button", name="Invia la segnalazione").click()
    expect(page.get_by_role("heading", name="Grazie: abbiamo ricevuto la segnalazione")).to_be_visible()
    assert VacantBuilding.objects.get().reporter_role == "comune"


@pytest.fixture
def published(towns, make_appointments):
    make_appointments(12, dt.date(2026, 2, 3), municipality=towns["angera"], topic="bonus-e-contributi")
    make_appointments(7, dt.date(2026, 2, 4), municipality=towns["ispra"], channel="telefono")
    make_appointments(3, dt.date(2026, 2, 5), municipality=towns["taino"], urgent=True)
    observatory.freeze(observatory.Quarter(2026, 1), now=dt.datetime(2026, 4, 2, tzinfo=dt.UTC))


def test_the_observatory_is_axe_clean_and_its_charts_read_as_tables(phone, site_settings, published):
    phone.goto("/osservatorio/")
    expect(phone.get_by_role("heading", name="Osservatorio abitare")).to_be_visible()
    assert page_width(phone) <= 390
    chart = phone.get_by_role("img", name="Grafico: Appuntamenti per Comune", exact=False)
    expect(chart).to_be_visible()
    table = phone.get_by_role("table", name="Appuntamenti per Comune: i numeri")
    expect(table.get_by_role("row", name="Angera 12")).to_be_visible()
    expect(table.get_by_role("row", name="Totale 22")).to_be_visible()
    assert "Taino" not in table.inner_text()
    assert_no_axe_violations(phone)


def test_the_observatory_without_javascript(javascript_off_phone, site_settings, published):
    page = javascript_off_phone
    page.goto("/osservatorio/")
    expect(page.get_by_role("table", name="Appuntamenti per argomento: i numeri")).to_be_visible()
    expect(page.get_by_role("link", name="Dati in CSV")).to_be_visible()
