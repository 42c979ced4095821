"""The unfiltered directory is served from the page cache; any partner change shows at once."""

import pytest

from tests.factories.partners import create_partner

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def test_plain_directory_is_cached_and_a_new_partner_shows_at_once(
    client, site_settings, django_assert_num_queries
):
    create_partner("Caritas Ambrosiana", services=["emergenza"])
    assert client.get("/partner/")["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        hit = client.get("/partner/")
    assert hit["X-Page-Cache"] == "hit" and "Caritas Ambrosiana" in hit.content.decode()

    create_partner("Sindacato inquilini", services=["contratti-e-affitto"])
    fresh = client.get("/partner/")
    assert fresh["X-Page-Cache"] == "miss"
    assert "Sindacato inquilini" in fresh.content.decode()


def test_filtered_and_printed_lists_are_never_stored(client, site_settings):
    create_partner("Caritas Ambrosiana", services=["emergenza"])
    for url in ("/partner/?argomento=emergenza", "/partner/?stampa=1"):
        client.get(url)
        assert "X-Page-Cache" not in client.get(url)
