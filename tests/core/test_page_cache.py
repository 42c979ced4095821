"""Anonymous page cache: hits without the database, never for staff or sessions, purged on publish."""

import pytest

from core.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_ENABLED = True
    cache.clear()


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(
    client, site_settings, django_assert_num_queries
):
    first = client.get("/privacy/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/privacy/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_publishing_a_page_purges_it_and_the_pages_that_list_it(client, site_settings, home_page):
    page = site_settings.privacy_page
    client.get("/privacy/")
    client.get("/")
    page.title = "Privacy: testo nuovo"
    page.save_revision().publish()
    response = client.get("/privacy/")
    assert response["X-Page-Cache"] == "miss"
    assert "Privacy: testo nuovo" in response.content.decode()
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_unpublished_page_is_gone_at_once(client, site_settings):
    client.get("/note-legali/")
    site_settings.legal_notes_page.unpublish()
    assert client.get("/note-legali/").status_code == 404


def test_changing_site_settings_empties_the_page_cache(client, site_settings):
    client.get("/privacy/")
    settings = SiteSettings.objects.get()
    settings.phone = "0331 999 0000"
    settings.save()
    response = client.get("/privacy/")
    assert response["X-Page-Cache"] == "miss"
    assert "0331 999 0000" in response.content.decode()


def test_logged_in_staff_and_sessions_are_never_served_from_or_stored_in_the_cache(
    client, site_settings, django_user_model
):
    user = django_user_model.objects.create_user("ed", password="x" * 12, is_staff=True)
    client.force_login(user)
    response = client.get("/privacy/")
    assert "X-Page-Cache" not in response
    client.logout()
    response = client.get("/privacy/")
    assert response["X-Page-Cache"] == "miss"


def test_query_strings_404s_and_booking_are_not_cached(client, site_settings):
    assert "X-Page-Cache" not in client.get("/privacy/?utm=1")
    assert "X-Page-Cache" not in client.get("/non-esiste/")
    assert "X-Page-Cache" not in client.get("/non-esiste/")
    assert "X-Page-Cache" not in client.get("/prenota/")


def test_private_pages_are_not_cached(client, site_settings):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=site_settings.faq_page, restriction_type=PageViewRestriction.PASSWORD, password="segreta"
    )
    client.get("/domande-frequenti/")
    response = client.get("/domande-frequenti/")
    assert "X-Page-Cache" not in response or response["X-Page-Cache"] != "hit"


def test_a_cache_outage_serves_pages_uncached_instead_of_failing(client, site_settings, monkeypatch):
    from core import cache as page_cache

    class DownCache:
        def __getattr__(self, name):
            def down(*args, **kwargs):
                raise ConnectionError("redis is down")

            return down

    monkeypatch.setattr(page_cache, "cache", DownCache())
    response = client.get("/privacy/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    settings = SiteSettings.objects.get()
    settings.phone = "0331 111 1111"
    settings.save()  # an editor's save still works
    assert "0331 111 1111" in client.get("/").content.decode()


def test_every_migrate_empties_the_page_cache(client, site_settings):
    from django.apps import apps
    from django.db.models.signals import post_migrate

    client.get("/privacy/")
    assert client.get("/privacy/")["X-Page-Cache"] == "hit"
    core = apps.get_app_config("core")
    post_migrate.send(sender=core, app_config=core, verbosity=0, interactive=False, using="default")
    assert client.get("/privacy/")["X-Page-Cache"] == "miss"
