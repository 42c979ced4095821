"""On a 390×844 phone: axe is clean on the English, French and Arabic pages (home, a topic, the
translated guide, booking step 1); the whole booking in English ends with an English e-mail and
.ics; the first-visit suggestion shows for a browser preferring another language, and goes away
for good once dismissed (Django's language cookie, nothing else)."""

from django.core import mail
from django.utils import translation

import pytest

from booking.models import Appointment
from tests.browser_support import PHONE, RECORD_CSP_VIOLATIONS, assert_no_axe_violations, csp_violations
from tests.factories.pages import GuideIndexPageFactory, GuidePageFactory, GuideTopicPageFactory
from tests.localization.test_rtl_browser import bookable, no_horizontal_scroll  # noqa: F401
from tests.localization.test_translation_workflow import translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def english(msgid):
    with translation.override("en"):
        return translation.gettext(msgid)


@pytest.fixture
def translated_site(site_settings, home_page, django_capture_on_commit_callbacks):
    """Home, guide index, one topic and one guide, translated into en, fr and ar (every segment)."""
    index = GuideIndexPageFactory(parent=home_page)
    topic = GuideTopicPageFactory(parent=index)
    guide = GuidePageFactory(parent=topic, slug="pagare-affitto")
    pages = {}
    for code in ["en", "fr", "ar"]:
        for name, page in [("home", home_page), ("index", index), ("topic", topic), ("guide", guide)]:
            pages[(code, name)] = translate(page, code, {}, django_capture_on_commit_callbacks)
    pages[("it", "guide")] = guide
    return pages


@pytest.mark.parametrize("code", ["en", "fr", "ar"])
def test_axe_is_clean_on_the_translated_pages_on_a_phone(translated_site, phone, code):
    paths = [translated_site[(code, name)].url for name in ["home", "topic", "guide"]] + [f"/{code}/prenota/"]
    for path in paths:
        assert path.startswith(f"/{code}/")
        phone.goto(path)
        assert phone.locator("html").get_attribute("lang") == code
        assert phone.locator("html").get_attribute("dir") == ("rtl" if code == "ar" else "ltr")
        assert no_horizontal_scroll(phone), f"horizontal scroll at {path}"
        assert_no_axe_violations(phone)
    assert not phone.outside_requests


def test_the_whole_booking_flow_in_english_on_a_phone(bookable, phone):  # noqa: F811
    def arrive(step):
        assert phone.locator("html").get_attribute("lang") == "en"
        assert no_horizontal_scroll(phone), f"horizontal scroll at {phone.url}"
        if step:
            assert f"Step {step} of 5" in phone.locator(".booking-step").inner_text()
        assert_no_axe_violations(phone)

    phone.goto("/en/prenota/?argomento=sfratto-e-morosita")
    arrive(1)
    phone.get_by_role("button", name=english("Avanti")).click()
    arrive(2)
    phone.get_by_label("Sportello Abitare di Sesto Calende").check()
    phone.get_by_role("button", name=english("Avanti")).click()
    arrive(3)
    phone.get_by_role("button", name=english("Scegli questo orario")).click()
    arrive(4)
    phone.get_by_label(english("Nome e cognome")).fill("Grace Okafor")
    phone.get_by_role("button", name=english("Avanti")).click()
    assert (
        english("Scrivi un numero di telefono o un'e-mail: ne basta uno.")
        in phone.locator(".error-summary").inner_text()
    )
    arrive(4)
    phone.get_by_label(english("E-mail")).fill("grace@example.org")
    phone.get_by_label(english("Comune dove vivi")).select_option(label="Sesto Calende")
    phone.get_by_label(english("Ti serve un interprete? In quale lingua?")).select_option("en")
    phone.get_by_role("button", name=english("Avanti")).click()
    arrive(5)
    phone.get_by_role("button", name=english("Conferma la prenotazione")).click()
    arrive(None)
    assert phone.locator("h1").inner_text() == english("Prenotazione confermata") == "Booking confirmed"
    reference = phone.locator("[data-reference]").inner_text()

    item = Appointment.objects.get(reference=reference)
    assert (item.language, item.interpreter) == ("en", "en")
    message = next(m for m in mail.outbox if m.to == ["grace@example.org"])
    assert message.subject.startswith("Appointment confirmed") and reference in message.subject
    assert "Hello" in message.body
    calendars = [a for a in message.attachments if "calendar" in a[2]]
    assert len(calendars) == 1
    ics = calendars[0][1] if isinstance(calendars[0][1], str) else calendars[0][1].decode()
    assert reference in ics and "Code" in ics.replace("\r\n ", "")
    assert not phone.outside_requests


@pytest.fixture
def english_browser(chromium, live_server):
    """A phone whose browser prefers English (Accept-Language and navigator.languages)."""
    context = chromium.new_context(base_url=live_server.url, **{**PHONE, "locale": "en-GB"})
    context.add_init_script(RECORD_CSP_VIOLATIONS)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.context_cookies = context.cookies
    yield page
    violations = csp_violations(context)
    context.close()
    assert not violations, f"Content-Security-Policy violations: {violations}"


def test_a_first_visit_suggests_the_preferred_language_until_dismissed(
    translated_site, english_browser, phone
):
    italian_guide, english_guide = translated_site[("it", "guide")], translated_site[("en", "guide")]
    page = english_browser
    page.goto(italian_guide.url)
    assert page.url.endswith(italian_guide.url)  # a suggestion, never a redirect
    offer = page.locator(".language-suggestion")
    assert offer.count() == 1 and offer.get_attribute("lang") == "en"
    assert offer.get_by_role("link").get_attribute("href") == english_guide.url
    assert_no_axe_violations(page)

    # Already in the preferred language: nothing to suggest.
    page.goto(english_guide.url)
    assert page.locator(".language-suggestion").count() == 0

    # Dismissed: Django's language cookie (the only cookie) remembers the choice.
    page.goto(italian_guide.url)
    page.locator(".language-suggestion [data-language-dismiss]").click()
    assert page.locator(".language-suggestion").count() == 0
    assert [(c["name"], c["value"]) for c in page.context_cookies()] == [("django_language", "it")]
    page.reload()
    assert page.locator(".language-suggestion").count() == 0

    # A browser preferring Italian is never offered anything on the Italian page.
    phone.goto(italian_guide.url)
    assert phone.locator(".language-suggestion").count() == 0
