"""An operator in the Wagtail admin: the agenda and the openings screen, in a real browser."""

import datetime

from django.test import Client
from django.utils import timezone

import pytest
from playwright.sync_api import expect

from booking import services
from tests.factories.booking import SportelloFactory, weekly_opening
from tests.factories.booking_operators import operator

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"viewport": {"width": 1280, "height": 900}, "locale": "it-IT", "timezone_id": "Europe/Rome"}


@pytest.fixture
def sportello(home_page):
    sportello = SportelloFactory(name="Sportello di Sesto Calende", slug="sesto-calende")
    first_day = timezone.localdate() - datetime.timedelta(days=14)
    for offset in range(7):  # open every day, 9:00-11:00
        weekly_opening(
            sportello, first_day + datetime.timedelta(days=offset), start="09:00", end="11:00", capacity=2
        )
    return sportello


@pytest.fixture
def anna(sportello):
    return operator(sportello, username="anna", first_name="Anna", email="anna@ats.example.org")


@pytest.fixture
def todays_appointment(sportello, anna):
    today = timezone.localdate()
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(today, datetime.time(9, 30), tzinfo=zone)
    outcome = services.book(
        sportello=sportello,
        start=start,
        topic="contratti-e-affitto",
        name="Maria Bianchi",
        phone="0331 555 0101",
        urgent=True,
        now=start - datetime.timedelta(days=3),
    )
    assert outcome.ok
    return outcome.appointment


@pytest.fixture
def operator_page(chromium, live_server, anna):
    """A browser logged in as Anna: the session of a test client, copied into Playwright."""
    client = Client()
    client.force_login(anna)
    context = chromium.new_context(base_url=live_server.url, **DESKTOP)
    host = live_server.url.split("://", 1)[1].split(":")[0]
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "domain": host, "path": "/"}]
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def assert_no_axe_violations_in_main(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        context="main .nice-padding",
        options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}},
    )
    violations = results.response["violations"]
    assert not violations, results.generate_report()


def test_agenda_shows_today_and_marks_attended(operator_page, todays_appointment):
    page = operator_page
    page.goto("/admin/sportelli/")
    assert "Oggi" in page.locator("h2.agenda-period").inner_text()
    item = page.locator(f'[data-reference="{todays_appointment.reference}"]')
    assert "Maria Bianchi" in item.inner_text()
    assert "Urgente" in item.inner_text()
    assert_no_axe_violations_in_main(page)
    item.get_by_role("link", name=todays_appointment.reference).click()
    page.wait_for_url("**/appuntamenti/**")
    page.get_by_role("button", name="Svolto", exact=True).click()
    expect(page.locator("[data-status]")).to_have_text("Svolto")
    assert_no_axe_violations_in_main(page)


def test_openings_screen_creates_an_opening(operator_page, sportello):
    page = operator_page
    page.goto("/admin/sportelli/aperture/")
    page.get_by_role("link", name="Nuova apertura").click()
    page.wait_for_url("**/aperture/nuova/**")
    assert_no_axe_violations_in_main(page)
    expect(page.get_by_label("Lunedì")).to_be_visible()  # the labels a person reads
    page.locator("#id_weekdays_0").check()
    page.locator("#id_start_time").fill("14:00")
    page.locator("#id_end_time").fill("16:00")
    page.locator("#id_slot_minutes").fill("20")
    page.locator("#id_capacity").fill("1")
    page.locator("#id_first_day").fill("2030-01-07")
    page.locator("#id_last_day").fill("2030-03-31")
    page.get_by_role("button", name="Salva l'apertura").click()
    expect(page.get_by_text("Apertura salvata")).to_be_visible()
    row = page.get_by_role("row").filter(has_text="dalle 14:00 alle 16:00")
    assert "il lunedì" in row.inner_text().lower()
    assert "20 minuti, 1 alla volta" in row.inner_text()
    assert_no_axe_violations_in_main(page)


# Issue 14: an operator on a phone (390×844) -------------------------------------------------------

NO_HORIZONTAL_SCROLL = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


def test_operator_logs_in_on_a_phone_and_lands_on_todays_appointments(phone, anna, todays_appointment):
    anna.set_password("una-password-lunga-per-anna")
    anna.save()
    page = phone
    page.goto("/admin/login/")
    page.locator("#id_username").fill("anna")
    page.locator("#id_password").fill("una-password-lunga-per-anna")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    panel = page.locator("[data-today-panel]")
    expect(panel.get_by_role("heading", name="Appuntamenti di oggi")).to_be_visible()
    assert panel.bounding_box()["y"] < 844  # in the first screen
    item = panel.get_by_role("link", name=todays_appointment.reference)
    expect(item).to_be_visible()
    expect(panel.get_by_role("link", name="0331 555 0101")).to_have_attribute("href", "tel:03315550101")
    panel.get_by_role("link", name="Apri l'agenda").click()
    page.wait_for_url("**/admin/sportelli/")
    expect(page.locator(f'[data-reference="{todays_appointment.reference}"]')).to_be_visible()


def test_agenda_appointment_and_openings_have_no_horizontal_scroll_at_390_px(
    phone, live_server, anna, todays_appointment
):
    client = Client()
    client.force_login(anna)
    host = live_server.url.split("://", 1)[1].split(":")[0]
    phone.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "domain": host, "path": "/"}]
    )
    page = phone
    for url in (
        "/admin/sportelli/",
        "/admin/sportelli/?vista=settimana",
        f"/admin/sportelli/appuntamenti/{todays_appointment.pk}/",
        "/admin/sportelli/aperture/",
    ):
        page.goto(url)
        assert page.viewport_size["width"] == 390
        page.wait_for_load_state("load")  # an unstyled page is wider than the phone
        assert page.evaluate(NO_HORIZONTAL_SCROLL) <= 0, url
    page.goto("/admin/sportelli/")
    filters = page.locator("form.agenda-filters")
    box = filters.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
