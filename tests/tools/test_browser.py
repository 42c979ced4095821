"""The tools on a 390×844 phone, with JavaScript on and off, checked with axe."""

import datetime

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser_support import assert_no_axe_violations, page_width

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def no_sideways_scroll(page):
    assert page_width(page) <= 390


def fill_letter(page):
    page.fill("#id_nome", "Maria Rossi")
    page.fill("#id_indirizzo", "Via Roma 1, 21018 Sesto Calende")
    page.fill("#id_proprietario", "Giovanni Bianchi")
    page.fill("#id_indirizzo_proprietario", "Via Milano 2, Varese")
    page.fill("#id_casa", "Via Roma 1, Sesto Calende")
    page.fill("#id_importo", "1800")
    page.fill("#id_rate", "6")
    page.fill("#id_rata", "300")
    page.fill("#id_dal", "2027-01-10")


def test_eviction_and_help_finder_on_a_phone(phone, tools):
    phone.goto(tools["sfratto"].url)
    assert_no_axe_violations(phone)
    phone.get_by_text("L'intimazione di sfratto, con la data dell'udienza").click()
    soon = datetime.date.today() + datetime.timedelta(days=10)
    phone.fill("#id_data", soon.isoformat())
    phone.get_by_role("button", name="Mostra a che punto sono").click()
    booking = phone.get_by_role("link", name="Prenota un appuntamento urgente")
    assert booking.get_attribute("href") == "/prenota/?argomento=sfratto-e-morosita&urgente=1"
    assert booking.bounding_box()["height"] >= 44
    expect(phone.get_by_text("Mancano 10 giorni. È urgente")).to_be_visible()
    no_sideways_scroll(phone)
    assert_no_axe_violations(phone)

    phone.goto(tools["aiuti"].url)
    phone.get_by_role("button", name="Mostra gli aiuti").click()
    expect(phone.get_by_role("alert").get_by_text("Scegli il tuo Comune.")).to_be_visible()
    assert_no_axe_violations(phone)
    phone.select_option("#id_comune", "ispra")
    phone.get_by_text("Vivo con figli minorenni").click()
    phone.get_by_text("Sono in affitto e ho rate non pagate").click()
    phone.fill("#id_isee", "9000")
    phone.get_by_role("button", name="Mostra gli aiuti").click()
    expect(phone.get_by_role("heading", name="Fondo per la morosità incolpevole Esempio")).to_be_visible()
    no_sideways_scroll(phone)
    assert_no_axe_violations(phone)
    assert phone.outside_requests == []


def test_letter_and_rent_on_a_phone_with_javascript(phone, tools):
    phone.goto(tools["lettere"].url)
    phone.get_by_role("link", name="Proporre di pagare l'affitto arretrato a rate").click()
    assert_no_axe_violations(phone)
    fill_letter(phone)
    phone.get_by_role("button", name="Prepara la lettera").click()
    expect(phone.get_by_role("heading", name="La tua lettera è pronta")).to_be_visible()
    assert "in 6 rate mensili da 300 € ciascuna" in phone.locator("#lettera").inner_text()
    # The buttons are shown by the page's script: wait for it (is_visible() does not wait).
    expect(phone.get_by_role("button", name="Copia il testo")).to_be_visible()
    expect(phone.get_by_role("button", name="Stampa la lettera")).to_be_visible()
    no_sideways_scroll(phone)
    assert_no_axe_violations(phone)
    with phone.expect_download() as download:
        phone.get_by_role("button", name="Scarica il PDF").click()
    text = PdfReader(download.value.path()).pages[0].extract_text()
    assert "Gentile Giovanni Bianchi" in text
    assert "per un totale di 1.800 €." in text

    phone.goto(tools["canone"].url)
    phone.select_option("#id_zona", "0-0")
    phone.fill("#id_metri", "70")
    phone.get_by_text("Ascensore").click()
    phone.get_by_role("button", name="Calcola").click()
    assert "tra 350 € e 455 € al mese" in phone.locator("#risposta").inner_text()
    no_sideways_scroll(phone)
    assert_no_axe_violations(phone)


def test_the_tools_work_without_javascript(javascript_off_phone, tools):
    page = javascript_off_phone
    page.goto(tools["sfratto"].url)
    page.get_by_text("L'atto di precetto").click()
    page.get_by_role("button", name="Mostra a che punto sono").click()
    expect(page.get_by_text("Fase 4 di 5")).to_be_visible()

    page.goto(tools["lettere"].url + "piano-di-rientro/")
    fill_letter(page)
    page.get_by_role("button", name="Prepara la lettera").click()
    assert "Oggetto: proposta di piano di rientro" in page.locator("#lettera").inner_text()
    # Print and copy need JavaScript: without it the buttons stay hidden, the textarea is there.
    assert not page.get_by_role("button", name="Copia il testo").is_visible()
    expect(page.locator("#testo-lettera")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("button", name="Scarica il PDF").click()
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    no_sideways_scroll(page)
