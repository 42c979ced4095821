"""A citizen on a phone books from a guide's button, then moves and cancels from the manage link."""

import datetime

from django.utils import timezone

import icalendar
import pytest
from playwright.sync_api import expect

from booking.models import Appointment
from tests.browser_support import assert_no_axe_violations, page_width
from tests.factories.booking import MunicipalityFactory, SportelloFactory, weekly_opening

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def bookable(site_settings):
    MunicipalityFactory(name="Sesto Calende", slug="sesto-calende")
    sportello = SportelloFactory(name="Sportello Abitare di Sesto Calende", slug="sesto-calende")
    # Every day from the day after tomorrow, 9:00-11:00: always some free slot beyond the notice.
    first_day = timezone.localdate() + datetime.timedelta(days=2)
    for offset in range(7):
        weekly_opening(
            sportello, first_day + datetime.timedelta(days=offset), start="09:00", end="11:00", capacity=1
        )
    return sportello


def run_booking(page, tmp_path, check_axe=True):
    screens = []

    def arrive():
        screens.append(page.url)
        if check_axe:
            assert_no_axe_violations(page)

    page.goto("/prenota/?argomento=sfratto-e-morosita")
    arrive()
    assert page.locator(".booking-step").inner_text().startswith("Passo 1 di 5")
    assert page.locator("#id_topic_3").is_checked()
    page.get_by_role("button", name="Avanti").click()

    arrive()
    assert "Passo 2 di 5" in page.locator(".booking-step").inner_text()
    page.get_by_label("Sportello Abitare di Sesto Calende").check()
    page.get_by_role("button", name="Avanti").click()

    arrive()
    assert "Passo 3 di 5" in page.locator(".booking-step").inner_text()
    page.get_by_role("button", name="Scegli questo orario").click()

    arrive()
    assert "Passo 4 di 5" in page.locator(".booking-step").inner_text()
    # First an error state, which must be accessible too.
    page.get_by_label("Nome e cognome").fill("Anna Bianchi")
    page.get_by_role("button", name="Avanti").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert "Scrivi un numero di telefono o un'e-mail" in page.locator(".error-summary").inner_text()
    if check_axe:
        assert_no_axe_violations(page)
    assert page.get_by_label("Nome e cognome").input_value() == "Anna Bianchi"
    page.locator(".error-summary a").first.click()
    page.get_by_label("Telefono").fill("0331 000 1234")
    page.get_by_label("Comune dove vivi").select_option(label="Sesto Calende")
    page.get_by_role("button", name="Avanti").click()

    arrive()
    assert "Passo 5 di 5" in page.locator(".booking-step").inner_text()
    assert "Anna Bianchi" in page.locator(".booking-summary").inner_text()
    page.get_by_role("button", name="Conferma la prenotazione").click()

    arrive()
    assert page.locator("h1").inner_text() == "Prenotazione confermata"
    assert len(set(screens)) <= 6
    reference = page.locator("[data-reference]").inner_text()
    with page.expect_download() as download_info:
        page.locator("a[download]").click()
    path = tmp_path / "appuntamento.ics"
    download_info.value.save_as(path)
    event = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")[0]
    appointment = Appointment.objects.get(reference=reference)
    assert event.decoded("dtstart") == appointment.start
    return appointment, page.locator("[data-manage-link]").get_attribute("href")


def move_and_cancel(page, appointment, manage_url, check_axe=True):
    page.goto(manage_url)
    assert page.url.endswith("/prenota/gestisci/")  # the token left the address bar
    assert page.locator(".booking-reference").first.inner_text() == appointment.reference
    if check_axe:
        assert_no_axe_violations(page)
    page.get_by_role("link", name="Sposta a un altro orario").click()
    if check_axe:
        assert_no_axe_violations(page)
    page.locator(".booking-day").nth(1).click()
    page.locator(".booking-time label").first.click()
    page.get_by_role("button", name="Sposta a questo orario").click()
    assert Appointment.objects.get(pk=appointment.pk).start == appointment.start  # not yet
    if check_axe:
        assert_no_axe_violations(page)
    page.get_by_role("button", name="Conferma lo spostamento").click()
    assert "spostato" in page.locator("main [role=status]").inner_text()
    moved = Appointment.objects.get(pk=appointment.pk)
    assert moved.start != appointment.start and moved.status == "confirmed"

    page.get_by_role("link", name="Annulla l'appuntamento").click()
    if check_axe:
        assert_no_axe_violations(page)
    page.get_by_label("Vuoi dirci perché? (facoltativo)").fill("Ho risolto")
    page.get_by_role("button", name="Sì, annulla").click()
    assert "annullato" in page.locator("main [role=status]").inner_text()
    if check_axe:
        assert_no_axe_violations(page)
    assert Appointment.objects.get(pk=appointment.pk).status == "cancelled"


def test_book_move_and_cancel_on_a_phone(phone, bookable, tmp_path):
    appointment, manage_url = run_booking(phone, tmp_path)
    assert page_width(phone) <= 390
    move_and_cancel(phone, appointment, manage_url)
    assert phone.outside_requests == []


def test_book_move_and_cancel_without_javascript(javascript_off_phone, bookable, tmp_path):
    appointment, manage_url = run_booking(javascript_off_phone, tmp_path, check_axe=False)
    move_and_cancel(javascript_off_phone, appointment, manage_url, check_axe=False)


def test_urgent_route_on_a_phone(phone, bookable):
    phone.goto("/prenota/")
    phone.get_by_label("Sei senza casa stanotte?").check()
    phone.get_by_role("button", name="Avanti").click()
    assert phone.locator("h1").inner_text() == "Chiama subito"
    expect(phone.locator('a[href="tel:03310000001"]')).to_be_visible()
    assert_no_axe_violations(phone)
    phone.get_by_role("link", name="Prenota un appuntamento urgente").click()
    assert "Passo 2 di 5" in phone.locator(".booking-step").inner_text()
    # The error state of a radio group, with the summary linking to the first option.
    phone.get_by_role("button", name="Avanti").click()
    assert phone.locator(".error-summary a").get_attribute("href") == "#id_sportello_0"
    assert_no_axe_violations(phone)
