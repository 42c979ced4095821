import pytest
from playwright.sync_api import expect

from tests.browser_support import assert_no_axe_violations, page_width

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_on_a_phone_is_accessible_and_self_contained(phone, site_settings):
    phone.goto("/")
    assert phone.locator("h1").inner_text() == "Servizio Abitare"
    # The topics and the booking button are reachable without scrolling sideways.
    width = page_width(phone)
    assert width <= 390
    booking = phone.locator('[data-element="appointment-booking"]')
    expect(booking).to_be_visible()
    box = booking.bounding_box()
    assert box["height"] >= 44
    # Self-hosted font (loads from this server), no third-party request.
    assert phone.evaluate("document.fonts.load('16px \"Titillium Web\"').then((faces) => faces.length)") == 1
    assert phone.evaluate("document.querySelector('link[rel=icon]').href").endswith(".svg")
    assert phone.outside_requests == []
    assert_no_axe_violations(phone)


def test_skip_link_moves_focus_to_the_content(phone, site_settings):
    phone.goto("/")
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.textContent") == "Vai al contenuto"
    phone.keyboard.press("Enter")
    assert phone.evaluate("location.hash") == "#contenuto"


def test_header_search_works_without_javascript(javascript_off_phone, site_settings):
    javascript_off_phone.goto("/privacy/")
    javascript_off_phone.fill("#site-search-q", "sfratto")
    javascript_off_phone.locator(".site-search button").click()
    assert "/cerca/?q=sfratto" in javascript_off_phone.url


def test_on_a_wide_screen_the_menu_lines_up_with_the_header_and_the_content(
    chromium, live_server, site_settings
):
    context = chromium.new_context(base_url=live_server.url, viewport={"width": 1440, "height": 900})
    page = context.new_page()
    try:
        page.goto("/privacy/")
        left = page.evaluate(
            """() => Object.fromEntries([
                ['brand', '.site-header__brand'], ['menu', '.site-nav a'], ['title', 'main h1'],
            ].map(([name, selector]) => [
                name, Math.round(document.querySelector(selector).getBoundingClientRect().left),
            ]))"""
        )
        assert left["brand"] > 100  # the 72rem column is centred on a wide screen
        assert left["menu"] == left["brand"] == left["title"], left
    finally:
        context.close()
