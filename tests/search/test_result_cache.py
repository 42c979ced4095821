"""Repeated searches by anonymous readers are answered from a short-lived cache, never stale."""

import pytest

from search import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def engine_calls(monkeypatch):
    calls = []
    original = services._ranked_rows
    monkeypatch.setattr(services, "_ranked_rows", lambda *a, **k: calls.append(a[0]) or original(*a, **k))
    return calls


def titles(response):
    return [hit.title for hit in response.context["outcome"].hits]


def test_the_second_reader_of_a_query_gets_the_same_page_without_running_the_engine(
    client, corpus, site_settings, engine_calls
):
    first = client.get("/cerca/", {"q": "sfratto"})
    second = client.get("/cerca/", {"q": "  SFRATTO "})
    assert titles(first) and titles(second) == titles(first)
    assert second.context["outcome"].total == first.context["outcome"].total
    assert len(engine_calls) == 1
    # Pages of the same query are cached apart, and still paginate.
    page_two = client.get("/cerca/", {"q": "sfratto", "pagina": "2"})
    assert page_two.status_code == 200
    assert len(engine_calls) == 2


def test_a_page_unpublished_is_gone_at_once(client, corpus, site_settings, engine_calls):
    before = titles(client.get("/cerca/", {"q": "sfratto"}))
    page = corpus["fasi-sfratto"]
    assert page.title in before
    page.unpublish()
    assert page.title not in titles(client.get("/cerca/", {"q": "sfratto"}))
    assert len(engine_calls) == 2


def test_staff_never_use_the_cache(client, corpus, site_settings, engine_calls, django_user_model):
    client.force_login(django_user_model.objects.create_user("redazione", password="x" * 12))
    client.get("/cerca/", {"q": "sfratto"})
    client.get("/cerca/", {"q": "sfratto"})
    assert len(engine_calls) == 2


def test_a_cached_answer_still_counts_the_search(client, corpus, site_settings):
    from wagtail.contrib.search_promotions.models import Query

    client.get("/cerca/", {"q": "sfratto"})
    client.get("/cerca/", {"q": "sfratto"})
    assert Query.get("sfratto").hits == 2


def test_a_repeated_search_is_served_without_rendering_and_still_counted(
    client, corpus, site_settings, django_assert_max_num_queries
):
    from wagtail.contrib.search_promotions.models import Query

    first = client.get("/cerca/", {"q": "sfratto"})
    assert "X-Search-Cache" not in first
    with django_assert_max_num_queries(4):  # counting the search (the query and its day's hits) only
        second = client.get("/cerca/", {"q": "sfratto"})
    assert second["X-Search-Cache"] == "hit"
    assert second.templates == []  # not rendered again
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert Query.get("sfratto").hits == 2


def test_a_stored_results_page_is_never_shown_after_a_publish_or_to_staff(
    client, corpus, site_settings, django_user_model
):
    client.get("/cerca/", {"q": "sfratto"})
    page = corpus["fasi-sfratto"]
    page.title = "Le fasi dello sfratto, passo per passo"
    page.save_revision().publish()
    fresh = client.get("/cerca/", {"q": "sfratto"})
    assert "X-Search-Cache" not in fresh
    assert "Le fasi dello sfratto, passo per passo" in fresh.content.decode()

    client.force_login(django_user_model.objects.create_user("redazione", password="x" * 12))
    assert "X-Search-Cache" not in client.get("/cerca/", {"q": "sfratto"})
