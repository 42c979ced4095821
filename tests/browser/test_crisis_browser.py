"""The person in crisis on a phone (issue 14): help in the first screen, short paths.

Measured on the demo content, on a 390x844 phone: the positions are what a person sees before
scrolling (first screen: 844 px; "within two screens": 1,688 px).
"""

import datetime
import re

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

import pytest
from playwright.sync_api import expect

from booking import services
from guides.models import GuidePage
from tests.browser_support import assert_no_axe_violations, page_width
from tests.conftest import restore_migration_data
from tests.factories.booking import MunicipalityFactory, SportelloFactory, weekly_opening

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREEN = 844
URGENT_DEMO_GUIDES = ("senza-casa-stanotte", "fasi-dello-sfratto")

TOP = """(selector) => {
    const el = document.querySelector(selector);
    return el ? el.getBoundingClientRect().top + scrollY : null;
}"""


@pytest.fixture(autouse=True)
def empty_cache():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def demo(db):
    restore_migration_data()
    with open("/dev/null", "w") as quiet:
        call_command("load_demo_content", stdout=quiet)
    # The demo YAML marks these urgent; make sure whatever the content says.
    GuidePage.objects.filter(slug__in=URGENT_DEMO_GUIDES).update(urgent=True)


def top_of(page, selector):
    return page.evaluate(TOP, selector)


def open_urgent_booking_route(browser):
    """The booking's urgent route: "Sei senza casa stanotte?" leads to "Chiama subito"."""
    browser.goto("/prenota/")
    browser.get_by_label("Sei senza casa stanotte?").check()
    browser.get_by_role("button", name="Avanti").click()
    browser.wait_for_url("**/prenota/urgente/")
    assert browser.locator("h1").inner_text() == "Chiama subito"


def test_emergency_numbers_in_the_first_screen_and_guide_actions_in_two(phone, scripts_blocked_phone, demo):
    """Every page marked urgent, the urgent booking route and the home page: a tel: emergency link
    within 844 px; every guide: "Prenota" and the partners link within 1,688 px. axe clean on each
    page, with the site's scripts and without. The figures are printed (pytest -s) for the closing note."""
    urgent = list(GuidePage.objects.live().filter(urgent=True).order_by("path"))
    assert {guide.slug for guide in urgent} >= set(URGENT_DEMO_GUIDES)
    figures = []
    for browser, mode in ((phone, "js"), (scripts_blocked_phone, "no-js")):
        for url in ["/", *[guide.url for guide in urgent], "urgent-route"]:
            if url == "urgent-route":
                open_urgent_booking_route(browser)
            else:
                browser.goto(url)
            # The emergency numbers (the strip's buttons), not any partner's number further down.
            first_call = top_of(browser, "main a.emergency-strip__call[href^='tel:']")
            figures.append((mode, url, "first tel:", first_call))
            assert first_call is not None and first_call + 44 <= SCREEN, (mode, url, first_call)
            assert page_width(browser) <= 390, (mode, url)
            assert_no_axe_violations(browser)

        for guide in GuidePage.objects.live().order_by("path"):
            browser.goto(guide.url)
            booking = top_of(browser, "main [data-element='service-booking-access']")
            figures.append((mode, guide.url, "Prenota", booking))
            assert booking is not None and booking < 2 * SCREEN, (mode, guide.url, booking)
            if browser.locator("#chi-aiuta").count():
                partners_link = top_of(browser, "main a[href='#chi-aiuta']")
                figures.append((mode, guide.url, "Chi ti può aiutare", partners_link))
                assert partners_link is not None and partners_link < 2 * SCREEN, (
                    mode,
                    guide.url,
                    partners_link,
                )
            if not guide.urgent and guide.slug in ("non-riesco-a-pagare-l-affitto", "contributo-affitto"):
                assert_no_axe_violations(browser)
    for mode, url, what, top in figures:
        print(f"{mode:6} {what:20} {top:7.0f} px  {url}")

    phone.goto(GuidePage.objects.live().get(slug="non-riesco-a-pagare-l-affitto").url)
    # "Chi ti può aiutare" jumps to the partner cards, which are cards, not nested bullets.
    phone.get_by_role("link", name="Chi ti può aiutare").click()
    assert phone.evaluate("location.hash") == "#chi-aiuta"
    assert phone.locator(".helper-card").count() >= 1
    assert (
        phone.locator(".related-partners ul ul").count() == 1
        or phone.locator(".helper-card__contacts").count()
    )


def test_a_glossary_word_opens_in_place_and_focus_comes_back(phone, javascript_off_phone, demo):
    guide = GuidePage.objects.live().get(slug="fasi-dello-sfratto")
    for browser in (phone, javascript_off_phone):
        browser.goto(guide.url)
        term = browser.locator("main button.glossary-term").first
        term.scroll_into_view_if_needed()
        before = browser.evaluate("scrollY")
        term.click()
        popover = browser.locator(f"#{term.get_attribute('popovertarget')}")
        expect(popover).to_be_visible()
        assert popover.locator(".glossary-pop__text").inner_text()
        assert abs(browser.evaluate("scrollY") - before) < 5  # no jump to the list at the end
        if browser is phone:
            assert_no_axe_violations(browser)
        popover.get_by_role("button", name="Chiudi").click()
        assert not popover.is_visible()
        assert browser.evaluate("document.activeElement.classList.contains('glossary-term')")
    # By keyboard: Escape closes it too.
    phone.locator("main button.glossary-term").first.focus()
    phone.keyboard.press("Enter")
    assert phone.locator(".glossary-pop:popover-open").count() == 1
    phone.keyboard.press("Escape")
    assert phone.locator(".glossary-pop:popover-open").count() == 0


@pytest.fixture
def booked(site_settings):
    MunicipalityFactory(name="Sesto Calende", slug="sesto-calende")
    sportello = SportelloFactory(name="Sportello Abitare di Sesto Calende", slug="sesto-calende")
    day = timezone.localdate() + datetime.timedelta(days=3)
    weekly_opening(sportello, day, start="09:00", end="11:00", capacity=1)
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))
    outcome = services.book(
        sportello=sportello,
        start=start,
        topic="cercare-casa",
        name="Anna",
        phone="333 123 4567",
        email="anna@example.org",
        now=timezone.now(),
    )
    assert outcome.appointment is not None
    mail.outbox.clear()
    return outcome.appointment


def ask_for_the_link(page, contact):
    page.goto("/prenota/")
    page.get_by_role("link", name="Ritrova il tuo appuntamento").click()
    page.get_by_label("La tua e-mail o il tuo numero di telefono").fill(contact)
    page.get_by_role("button", name="Mandami il link").click()
    page.wait_for_url("**/prenota/link-perso/inviato/")
    return page.locator("main").inner_text()


def test_lost_link_sends_one_email_for_a_match_and_the_same_page_for_a_miss(phone, booked):
    phone.goto("/prenota/link-perso/")
    assert_no_axe_violations(phone)
    found = ask_for_the_link(phone, "anna@example.org")
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["anna@example.org"]
    assert_no_axe_violations(phone)
    missed = ask_for_the_link(phone, "qualcuno@example.org")
    assert missed == found
    assert len(mail.outbox) == 1
    # The link in the e-mail opens the appointment, whose page offers the same recovery.
    link = re.search(r"http\S+?(/prenota/gestisci/\S+/)", mail.outbox[0].body).group(1)
    phone.goto(link)
    assert phone.locator(".booking-reference").first.inner_text() == booked.reference
    assert phone.locator("a[href='/prenota/link-perso/']").count() == 1


def test_cancel_offers_two_equal_choices(phone, booked):
    ask_for_the_link(phone, "333 123 4567")
    link = re.search(r"http\S+?(/prenota/gestisci/\S+/)", mail.outbox[0].body).group(1)
    phone.goto(link)
    phone.get_by_role("link", name="Annulla l'appuntamento").click()
    yes = phone.get_by_role("button", name="Sì, annulla").bounding_box()
    no = phone.get_by_role("link", name="No, tienilo").bounding_box()
    assert abs(yes["height"] - no["height"]) < 2 and no["height"] >= 44
    assert abs(yes["width"] - no["width"]) < 2
    assert_no_axe_violations(phone)
    phone.get_by_role("button", name="Sì, annulla").click()
    status = phone.locator("main [role=status]").inner_text()
    assert "annullato" in status
    assert "Annullato." not in phone.locator("main").inner_text()
    assert booked.reference in phone.locator("main").inner_text()
