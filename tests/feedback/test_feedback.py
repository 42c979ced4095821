import pytest
from bs4 import BeautifulSoup

from core import ratelimit
from feedback import services as feedback
from feedback.models import PageFeedback

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def post(client, page, data, ip="203.0.113.7", origin="http://testserver"):
    return client.post(f"/valuta/{page.pk}/", data, REMOTE_ADDR=ip, HTTP_ORIGIN=origin)


def test_component_has_every_marker_the_national_validator_checks(client, site_settings, guide):
    html = soup(client.get(guide.url))
    form = html.select_one("#valutazione form")
    assert form["method"] == "post" and form["action"].startswith(f"/valuta/{guide.pk}/")
    # No per-visitor token: the page is cached for everyone (the endpoint checks the origin).
    assert not form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    title = form.select_one('[data-element="feedback-title"]')
    assert title.get_text() == "Quanto sono chiare le informazioni su questa pagina?"
    for stars in range(1, 6):
        radio = form.select_one(f'[data-element="feedback-rate-{stars}"]')
        assert radio["type"] == "radio" and radio["value"] == str(stars)
        assert form.find("label", attrs={"for": radio["id"]})
    negative = form.select_one('[data-element="feedback-rating-negative"]')
    positive = form.select_one('[data-element="feedback-rating-positive"]')
    assert negative.select_one('[data-element="feedback-rating-question"]').get_text() == (
        "Dove hai incontrato le maggiori difficoltà?"
    )
    assert positive.select_one('[data-element="feedback-rating-question"]').get_text() == (
        "Quali sono stati gli aspetti che hai preferito?"
    )
    assert len(negative.select('[data-element="feedback-rating-answer"]')) == 5
    assert len(positive.select('[data-element="feedback-rating-answer"]')) == 5
    comment = form.select_one('[data-element="feedback-input-text"]')
    assert comment.name == "textarea"
    help_text = html.find(id="feedback-comment-help").get_text()
    assert "Non scrivere dati personali" in help_text


def test_topic_pages_have_the_component_too(client, site_settings, topic_page):
    html = soup(client.get(topic_page.url))
    assert html.select_one('#valutazione [data-element="feedback-title"]')


def test_valid_feedback_is_stored_and_thanked(client, site_settings, guide):
    response = post(
        client,
        guide,
        {
            "rating": "2",
            "negative_answer": "chiarezza",
            "positive_answer": "tecnica",
            "comment": " Troppo lunga. ",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == f"{guide.url}?valutazione=grazie#valutazione"
    saved = PageFeedback.objects.get()
    assert (saved.page_id, saved.rating, saved.answer, saved.comment) == (
        guide.pk,
        2,
        "chiarezza",
        "Troppo lunga.",
    )
    assert saved.answer_label == "A volte le indicazioni non erano chiare"
    html = soup(client.get(response["Location"]))
    thanks = html.select_one("#valutazione [role=status]")
    assert "Grazie" in thanks.get_text()
    assert not html.select("#valutazione form")


def test_positive_rating_keeps_the_positive_answer(client, site_settings, topic_page):
    post(client, topic_page, {"rating": "5", "negative_answer": "tecnica", "positive_answer": "completezza"})
    saved = PageFeedback.objects.get()
    assert (saved.page_id, saved.rating, saved.answer) == (topic_page.pk, 5, "completezza")
    assert saved.answer_label == "Le indicazioni erano complete"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Scegli da 1 a 5 stelle."),
        ({"rating": "6"}, "Scegli da 1 a 5 stelle."),
        ({"rating": "3", "negative_answer": "boh"}, "Scegli una delle risposte dell'elenco."),
        ({"rating": "4", "comment": "x" * 201}, "Scrivi al massimo 200 caratteri"),
    ],
)
def test_invalid_feedback_shows_the_error_and_keeps_what_was_typed(
    client, site_settings, guide, data, message
):
    response = post(client, guide, {"comment": "Il mio commento", **data})
    assert response.status_code == 400
    html = soup(response)
    assert message in html.select_one("#valutazione .error-summary").get_text()
    assert html.find(id="feedback-comment").get_text() == data.get("comment", "Il mio commento")
    if data.get("rating") in {"3", "4"}:
        assert html.find(id=f"feedback-rate-{data['rating']}").has_attr("checked")
    assert PageFeedback.objects.count() == 0


def test_honeypot_pretends_success_and_stores_nothing(client, site_settings, guide):
    response = post(client, guide, {"rating": "5", "sito_web": "http://spam.example"})
    assert response.status_code == 302 and "grazie" in response["Location"]
    assert PageFeedback.objects.count() == 0


def test_rate_limit_per_address_without_storing_it(client, site_settings, guide):
    for _ in range(feedback.RATE_LIMIT):
        assert post(client, guide, {"rating": "4"}).status_code == 302
    response = post(client, guide, {"rating": "4", "comment": "Ancora"})
    assert response.status_code == 429
    assert "Riprova tra un'ora" in soup(response).select_one(".error-summary").get_text()
    assert PageFeedback.objects.count() == feedback.RATE_LIMIT
    # Another address is not affected; the address is nowhere in the database.
    assert post(client, guide, {"rating": "4"}, ip="198.51.100.1").status_code == 302
    stored = " ".join(str(row) for row in PageFeedback.objects.values_list())
    assert "203.0.113.7" not in stored
    assert "203.0.113.7" not in ratelimit.client_key("feedback", "203.0.113.7")


def test_only_posts_from_this_site_are_accepted(client, site_settings, guide):
    assert client.get(f"/valuta/{guide.pk}/").status_code == 405
    cross_site = post(client, guide, {"rating": "5"}, origin="https://evil.example")
    assert cross_site.status_code == 403
    no_origin = client.post(f"/valuta/{guide.pk}/", {"rating": "5"})
    assert no_origin.status_code == 403
    same_site_by_referer = client.post(
        f"/valuta/{guide.pk}/", {"rating": "5"}, HTTP_REFERER=f"http://testserver{guide.url}"
    )
    assert same_site_by_referer.status_code == 302
    assert PageFeedback.objects.count() == 1


def test_feedback_works_on_any_published_page(client, site_settings, guide):
    # Not only guides: the plain FAQ page (home.ContentPage) takes answers the same way.
    faq = site_settings.faq_page
    response = post(client, faq, {"rating": "4", "positive_answer": "chiarezza"})
    assert response.status_code == 302 and response["Location"].startswith(faq.url)
    assert PageFeedback.objects.get().page_id == faq.pk


def test_feedback_for_a_missing_or_unpublished_page_is_a_404(client, site_settings, guide):
    assert client.post("/valuta/999999/", {"rating": "5"}, HTTP_ORIGIN="http://testserver").status_code == 404
    guide.unpublish()
    assert post(client, guide, {"rating": "5"}).status_code == 404
    assert PageFeedback.objects.count() == 0


def test_guide_pages_with_the_feedback_form_are_cached(client, site_settings, guide, settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    assert client.get(guide.url)["X-Page-Cache"] == "miss"
    assert client.get(guide.url)["X-Page-Cache"] == "hit"


def test_database_refuses_out_of_range_ratings(guide):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        PageFeedback.objects.create(page=guide, rating=0)
    with pytest.raises(IntegrityError), transaction.atomic():
        PageFeedback.objects.create(page=guide, rating=3, answer="nonsense")


def test_personal_data_in_comments_is_not_stored(client, site_settings, guide):
    comment = "Chiamami al 333 123 4567 o scrivi a mario.rossi@example.org. Nel 2026 ho 2 figli."
    post(client, guide, {"rating": "1", "comment": comment})
    assert PageFeedback.objects.get().comment == (
        "Chiamami al [dato rimosso] o scrivi a [dato rimosso] Nel 2026 ho 2 figli."
    )
