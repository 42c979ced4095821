"""On a 390×844 phone, the whole booking flow in Arabic (right to left) and the language switcher."""

import datetime

from django.core import mail
from django.utils import timezone

import pytest

from booking.models import Appointment
from tests.browser_support import assert_no_axe_violations, page_width
from tests.factories.booking import MunicipalityFactory, SportelloFactory, weekly_opening

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def bookable(site_settings):
    MunicipalityFactory(name="Sesto Calende", slug="sesto-calende")
    sportello = SportelloFactory(name="Sportello Abitare di Sesto Calende", slug="sesto-calende")
    first_day = timezone.localdate() + datetime.timedelta(days=2)
    for offset in range(7):
        weekly_opening(
            sportello, first_day + datetime.timedelta(days=offset), start="09:00", end="11:00", capacity=1
        )
    return sportello


def no_horizontal_scroll(page):
    return page_width(page) <= page.evaluate("window.innerWidth")


def book_in_arabic(page, check_axe=True):
    def arrive(step):
        assert page.locator("html").get_attribute("dir") == "rtl"
        assert page.locator("html").get_attribute("lang") == "ar"
        assert no_horizontal_scroll(page), f"horizontal scroll at {page.url}"
        if step:
            assert f"الخطوة {step} من 5" in page.locator(".booking-step").inner_text()
        if check_axe:
            assert_no_axe_violations(page)

    page.goto("/ar/prenota/?argomento=sfratto-e-morosita")
    arrive(1)
    page.get_by_role("button", name="التالي").click()
    arrive(2)
    page.get_by_label("Sportello Abitare di Sesto Calende").check()
    page.get_by_role("button", name="التالي").click()
    arrive(3)
    page.get_by_role("button", name="اختر هذا الوقت").click()
    arrive(4)
    page.get_by_label("الاسم واللقب").fill("أمينة حداد")
    page.get_by_role("button", name="التالي").click()
    assert "اكتب رقم هاتف أو بريدًا إلكترونيًا" in page.locator(".error-summary").inner_text()
    arrive(4)
    page.get_by_label("البريد الإلكتروني").fill("amina@example.org")
    page.get_by_label("البلدية التي تسكن فيها").select_option(label="Sesto Calende")
    page.get_by_label("هل تحتاج إلى مترجم؟ بأي لغة؟").select_option("ar")
    page.get_by_role("button", name="التالي").click()
    arrive(5)
    page.get_by_role("button", name="أكّد الحجز").click()
    arrive(None)
    assert page.locator("h1").inner_text() == "تم تأكيد الحجز"
    return page.locator("[data-reference]").inner_text()


@pytest.mark.parametrize("javascript", [True, False])
def test_the_whole_booking_flow_in_arabic_on_a_phone(bookable, phone, javascript_off_phone, javascript):
    page = phone if javascript else javascript_off_phone
    reference = book_in_arabic(page, check_axe=javascript)  # axe needs JavaScript to run
    item = Appointment.objects.get(reference=reference)
    assert (item.language, item.interpreter) == ("ar", "ar")
    message = next(m for m in mail.outbox if m.to == ["amina@example.org"])
    assert message.subject.startswith("تم تأكيد الموعد") and reference in message.subject
    assert "مرحبًا" in message.body
    if javascript:
        assert not page.outside_requests


def test_the_switcher_keeps_the_page(bookable, phone):
    phone.goto("/prenota/")
    phone.locator(".language-switcher a[lang=ar]").click()
    assert phone.url.endswith("/ar/prenota/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    phone.locator(".language-switcher a[lang=en]").click()
    assert phone.url.endswith("/en/prenota/")
    assert phone.locator("h1").inner_text() == "What do you need?"
