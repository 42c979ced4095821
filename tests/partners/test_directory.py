"""The public list at /partner/: filters, what each entry shows, printing."""

import re

import pytest

from partners.models import Partner
from tests.factories.partners import create_partner

pytestmark = pytest.mark.django_db


def names(response):
    html = response.content.decode()
    return re.findall(r'class="partner__name"[^>]*><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def network(site_settings, sesto, ispra, angera, arabic, italian):
    """A small network: who helps with evictions where."""
    create_partner("Sportello sfratti Ispra", services=["sfratto-e-morosita"], places=[ispra])
    create_partner(
        "Sindacato inquilini",
        services=["sfratto-e-morosita", "contratti-e-affitto"],
        places=[sesto],
        whole_district=True,
        languages=[arabic],
    )
    create_partner("Legali di Angera", services=["sfratto-e-morosita"], places=[angera], areas=[ispra])
    create_partner("CAF di Ispra", services=["pratiche-online"], places=[ispra], languages=[italian])
    create_partner("Sfratti Angera", services=["sfratto-e-morosita"], places=[angera])
    create_partner("Bozza sfratti Ispra", services=["sfratto-e-morosita"], places=[ispra], live=False)


def test_topic_and_municipality_give_the_right_short_list(client, network):
    response = client.get("/partner/", {"argomento": "sfratto-e-morosita", "comune": "ispra"})
    assert response.status_code == 200
    # Ispra's own first: located in Ispra, serving Ispra from Angera, the whole district; never the draft.
    assert names(response) == ["Sportello sfratti Ispra", "Legali di Angera", "Sindacato inquilini"]
    html = response.content.decode()
    assert "3 risultati" in html and "Sfratto e morosità" in html and "a Ispra" in html
    # The filters keep what the person chose.
    assert re.search(r'<option value="sfratto-e-morosita" selected>', html)
    assert re.search(r'<option value="ispra" selected>', html)


def test_language_and_text_filters(client, network):
    assert names(client.get("/partner/", {"lingua": "ar"})) == ["Sindacato inquilini"]
    assert names(client.get("/partner/", {"q": "caf"})) == ["CAF di Ispra"]
    assert names(client.get("/partner/", {"q": "piscina"})) == []


def test_unknown_filter_values_are_ignored_not_an_error(client, network):
    response = client.get("/partner/", {"argomento": "<script>", "comune": "milano", "lingua": "xx"})
    assert response.status_code == 200
    assert len(names(response)) == 5
    assert "<script>" not in response.content.decode()


def test_no_result_points_to_the_sportello(client, network):
    response = client.get("/partner/", {"argomento": "accoglienza-temporanea"})
    html = response.content.decode()
    assert "Nessun risultato" in html
    assert 'href="tel:03310000000"' in html


def test_each_entry_shows_what_where_when_and_tappable_contacts(client, site_settings, ispra):
    partner = create_partner(
        "Sportello casa",
        services=["bonus-e-contributi"],
        places=[ispra],
        phone="0331 000 150",
        email="casa@example.org",
    )
    html = client.get("/partner/").content.decode()
    assert "Ti aiutano: bonus-e-contributi." in html
    assert "Via Roma 1, 21018 Ispra" in html
    assert "Dal lunedì al venerdì, 9:00–12:00" in html
    assert 'href="tel:0331000150"' in html
    assert 'href="mailto:casa@example.org"' in html
    assert f'href="/partner/{partner.slug}/"' in html


def test_closed_partners_are_listed_after_the_open_ones_with_their_status(client, site_settings, ispra):
    create_partner("Aperto", places=[ispra])
    create_partner(
        "Altro chiuso",
        places=[ispra],
        status=Partner.Status.TEMPORARILY_CLOSED,
        status_note="Riapre a settembre",
    )
    response = client.get("/partner/")
    assert names(response) == ["Aperto", "Altro chiuso"]
    assert "Temporaneamente chiuso</strong>: Riapre a settembre" in response.content.decode()


def test_print_version_keeps_the_filters_and_drops_the_form(client, network):
    response = client.get("/partner/", {"argomento": "sfratto-e-morosita", "comune": "ispra"})
    html = response.content.decode()
    assert 'href="?argomento=sfratto-e-morosita&amp;comune=ispra&amp;stampa=1"' in html
    assert "Stampa l&#x27;elenco" in html or "Stampa l'elenco" in html

    printed = client.get("/partner/", {"argomento": "sfratto-e-morosita", "comune": "ispra", "stampa": "1"})
    html = printed.content.decode()
    assert "is-print" in html and "Usa il comando <strong>Stampa</strong>" in html
    assert 'class="partner-filters"' not in html
    assert names(printed) == ["Sportello sfratti Ispra", "Legali di Angera", "Sindacato inquilini"]


def _add_partners(count, place, language, start=0):
    for index in range(start, start + count):
        create_partner(
            f"Partner {index:02d}",
            services=["sfratto-e-morosita", "bonus-e-contributi"],
            places=[place, place],
            languages=[language],
        )


def _count_list_queries(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = client.get(
            "/partner/", {"argomento": "sfratto-e-morosita", "comune": "ispra", "lingua": "it"}
        )
    return len(names(response)), len(captured.captured_queries)


def test_list_query_count_is_the_same_for_5_and_50_partners(client, site_settings, ispra, italian):
    client.get("/partner/")  # warm the site and settings caches, as on any running site
    _add_partners(5, ispra, italian)
    shown_5, queries_5 = _count_list_queries(client)
    _add_partners(45, ispra, italian, start=5)
    shown_50, queries_50 = _count_list_queries(client)
    assert (shown_5, shown_50) == (5, 25)  # 25 a page (partners.views.DIRECTORY_PAGE_SIZE)
    assert queries_5 == queries_50
    # 8 for the directory (2 filter lists, count, partners, services, languages, locations, areas)
    # and 5 for what every page shows (site, settings, footer pages).
    assert queries_50 <= 13


def test_language_filter_offers_only_languages_someone_speaks(client, network):
    from tests.factories.partners import language

    language("wo", "wolof")  # in the managed list, spoken by nobody published
    html = client.get("/partner/").content.decode()
    assert '<option value="ar">arabo</option>' in html
    assert '<option value="wo">' not in html
