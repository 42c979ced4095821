import datetime

import pytest
from playwright.sync_api import expect

from feedback.models import PageFeedback
from guides.models import GlossaryTerm
from tests.browser_support import assert_no_axe_violations, page_width
from tests.factories.pages import GuideIndexPageFactory, GuidePageFactory, GuideTopicPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = [
    {"type": "heading", "value": "Cosa fare subito"},
    {"type": "paragraph", "value": "<p>Se hai un problema di morosità, chiedi aiuto. Non aspettare.</p>"},
    {
        "type": "steps",
        "value": {
            "title": "Cosa fare",
            "steps": [
                {"title": "Parla con il proprietario", "text": "<p>Spiega cosa succede.</p>"},
                {"title": "Prenota allo sportello", "text": "<p>Ti aiutiamo noi.</p>"},
            ],
        },
    },
    {"type": "checklist", "value": {"title": "Cosa portare", "items": ["Documento", "Contratto"]}},
    {
        "type": "callout",
        "value": {"kind": "urgente", "title": "Non lasciare la casa", "text": "<p>Decide il giudice.</p>"},
    },
    {
        "type": "faq",
        "value": {"title": "Domande frequenti", "items": [{"question": "Costa?", "answer": "<p>No.</p>"}]},
    },
    {
        "type": "deadline",
        "value": {"when": "Entro 20 giorni", "date": None, "what": "<p>Vai dal giudice.</p>"},
    },
    {
        "type": "table",
        "value": {
            "caption": "Chi può chiedere",
            "header": ["Famiglia", "Soglia"],
            "rows": [{"cells": ["1", "Chiedi"]}],
        },
    },
    {"type": "contact", "value": {"source": "sportello", "title": "Chi ti può aiutare"}},
]


@pytest.fixture
def guide(site_settings, home_page):
    index = GuideIndexPageFactory(parent=home_page)
    topic = GuideTopicPageFactory(parent=index)
    GlossaryTerm.objects.create(term="morosità", definition="Quando non paghi l'affitto.")
    return GuidePageFactory(
        parent=topic,
        slug="non-riesco-a-pagare",
        summary="Non riesci a pagare? Non aspettare. Chiedi aiuto allo sportello.",
        body=BODY,
        last_reviewed=datetime.date(2026, 11, 1),
        review_by=datetime.date(2027, 5, 1),
    )


@pytest.fixture(autouse=True)
def empty_cache():
    from django.core.cache import cache

    cache.clear()


def test_read_a_guide_on_a_phone(phone, guide):
    phone.goto(guide.url)
    assert phone.locator("h1").inner_text() == guide.title
    assert page_width(phone) <= 390
    booking = phone.locator('article [data-element="service-booking-access"]')
    assert booking.get_attribute("href") == f"/prenota/?argomento=sfratto-e-morosita&guida={guide.pk}"
    assert booking.bounding_box()["height"] >= 44
    phone.locator("summary", has_text="Costa?").click()
    expect(phone.locator("details .faq__answer")).to_be_visible()
    assert phone.outside_requests == []
    assert_no_axe_violations(phone)


def test_open_a_glossary_explanation_by_keyboard(phone, guide):
    phone.goto(guide.url)
    for _ in range(60):
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.classList.contains('glossary-term')"):
            break
    else:
        pytest.fail("the glossary term is not reachable with Tab")
    described_by = phone.evaluate("document.activeElement.getAttribute('aria-describedby')")
    assert phone.locator(f"#{described_by}").inner_text() == "Quando non paghi l'affitto."
    phone.keyboard.press("Enter")
    # The explanation opens in place, next to the word; the page does not jump to the list.
    assert phone.evaluate("location.hash") == ""
    assert phone.locator("#glossario-morosita-pop .glossary-pop__text").inner_text() == (
        "Quando non paghi l'affitto."
    )
    phone.keyboard.press("Escape")
    assert not phone.locator("#glossario-morosita-pop").is_visible()
    assert phone.evaluate("document.activeElement.classList.contains('glossary-term')")


def test_submit_feedback_with_javascript(phone, guide):
    phone.goto(guide.url)
    negative = phone.locator('[data-element="feedback-rating-negative"]')
    positive = phone.locator('[data-element="feedback-rating-positive"]')
    assert not negative.is_visible() and not positive.is_visible()
    phone.locator('label[for="feedback-rate-2"]').click()
    assert negative.is_visible() and not positive.is_visible()
    phone.locator('label[for="feedback-negative-completezza"]').click()
    phone.fill('[data-element="feedback-input-text"]', "Mancano gli orari.")
    phone.locator("#valutazione button[type=submit]").click()
    phone.wait_for_url("**valutazione=grazie**")
    assert "Grazie" in phone.locator("#valutazione [role=status]").inner_text()
    saved = PageFeedback.objects.get()
    assert (saved.rating, saved.answer, saved.comment) == (2, "completezza", "Mancano gli orari.")
    assert_no_axe_violations(phone)


def test_feedback_errors_are_accessible(phone, guide):
    phone.goto(guide.url)
    phone.fill('[data-element="feedback-input-text"]', "Senza stelle")
    phone.locator("#valutazione button[type=submit]").click()
    assert "Scegli da 1 a 5 stelle." in phone.locator(".error-summary").inner_text()
    assert phone.locator('[data-element="feedback-input-text"]').input_value() == "Senza stelle"
    assert_no_axe_violations(phone)


def test_submit_feedback_without_javascript(javascript_off_phone, guide):
    page = javascript_off_phone
    page.goto(guide.url)
    expect(page.locator('[data-element="feedback-rating-positive"]')).to_be_visible()
    page.locator('label[for="feedback-rate-5"]').click()
    page.locator('label[for="feedback-positive-chiarezza"]').click()
    page.locator("#valutazione button[type=submit]").click()
    page.wait_for_url("**valutazione=grazie**")
    assert "Grazie" in page.locator("#valutazione").inner_text()
    saved = PageFeedback.objects.get()
    assert (saved.rating, saved.answer) == (5, "chiarezza")


def test_each_star_shows_the_follow_up_the_pa_validator_expects(phone, guide, site_settings):
    """municipality-feedback-element clicks feedback-rate-1…5: up to 3 stars only the negative
    question is visible, from 4 only the positive one. On a guide, its topic and a plain page."""
    for url in (guide.url, guide.get_parent().url, site_settings.faq_page.url):
        phone.goto(url)
        for stars in range(1, 6):
            phone.locator(f'[data-element="feedback-rate-{stars}"]').evaluate("radio => radio.click()")
            negative = phone.locator('[data-element="feedback-rating-negative"]').is_visible()
            positive = phone.locator('[data-element="feedback-rating-positive"]').is_visible()
            assert (negative, positive) == (stars <= 3, stars > 3), (url, stars)
    # The stars do not look disabled: outlined in the primary dark blue until chosen, filled after.
    colours = phone.evaluate(
        """() => [...document.querySelectorAll('.stars__label')].map(label => {
            const style = getComputedStyle(label);
            return [style.color, style.webkitTextStrokeColor];
        })"""
    )
    assert colours[0] == ["rgb(0, 77, 153)", "rgb(0, 77, 153)"]  # 5 stars given: all filled
    assert all(stroke == "rgb(0, 77, 153)" for _, stroke in colours)
    assert_no_axe_violations(phone)
