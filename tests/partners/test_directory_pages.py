"""The directory is paged: its cost and weight do not grow with the network."""

import pytest

from partners.models import Partner
from partners.views import DIRECTORY_PAGE_SIZE
from tests.factories.partners import create_partner as PartnerFactory

pytestmark = pytest.mark.django_db


def names(response):
    return [p.name for p in response.context["partners"]]


def test_a_long_directory_is_shown_a_page_at_a_time_open_partners_first(client, site_settings):
    closed = PartnerFactory(name="AAA chiuso", status=Partner.Status.TEMPORARILY_CLOSED)
    for i in range(DIRECTORY_PAGE_SIZE + 5):
        PartnerFactory(name=f"Partner {i:02d}")
    first = client.get("/partner/")
    assert len(names(first)) == DIRECTORY_PAGE_SIZE
    assert closed.name not in names(first)  # closed ones come after every open one
    assert f"{DIRECTORY_PAGE_SIZE + 6} risultati" in first.content.decode()
    assert "pagina=2" in first.content.decode()
    second = client.get("/partner/?pagina=2")
    assert names(second)[-1] == closed.name
    assert len(names(second)) == 6
    assert not set(names(first)) & set(names(second))


@pytest.mark.parametrize("prefix", ["/en", "/fr", "/ar", "/ro", "/uk"])
def test_the_paged_directory_answers_in_every_language(client, site_settings, prefix):
    for i in range(DIRECTORY_PAGE_SIZE + 1):
        PartnerFactory(name=f"Partner {i:02d}")
    for query in ("", "?pagina=2"):
        response = client.get(f"{prefix}/partner/{query}")
        assert response.status_code == 200
        assert len(names(response)) in (DIRECTORY_PAGE_SIZE, 1)
    assert "pagina=2" in client.get(f"{prefix}/partner/").content.decode()


def test_filters_are_kept_across_pages_and_a_wrong_page_number_shows_a_page(client, site_settings):
    for i in range(DIRECTORY_PAGE_SIZE + 1):
        PartnerFactory(name=f"Sindacato {i:02d}")
    response = client.get("/partner/?q=Sindacato")
    assert "q=Sindacato&amp;pagina=2" in response.content.decode()
    assert client.get("/partner/?pagina=abc").status_code == 200
    assert client.get("/partner/?pagina=999").status_code == 200


def test_the_printed_list_is_whole(client, site_settings):
    for i in range(DIRECTORY_PAGE_SIZE + 2):
        PartnerFactory(name=f"Partner {i:02d}")
    assert len(names(client.get("/partner/?stampa=1"))) == DIRECTORY_PAGE_SIZE + 2


def test_queries_do_not_grow_with_the_number_of_partners(
    client, site_settings, django_assert_max_num_queries
):
    for i in range(DIRECTORY_PAGE_SIZE * 3):
        PartnerFactory(name=f"Partner {i:02d}")
    client.get("/partner/")
    with django_assert_max_num_queries(12):
        client.get("/partner/")
