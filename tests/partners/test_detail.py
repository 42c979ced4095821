"""The partner page at /partner/<slug>/."""

import datetime
from decimal import Decimal

from django.template.loader import render_to_string

import pytest

from partners import services
from partners.models import Partner
from tests.factories.pages import ContentPageFactory
from tests.factories.partners import create_partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(site_settings, sesto, ispra, arabic, italian):
    return create_partner(
        "Sindacato inquilini del lago",
        services=[
            {
                "service_type": "sfratto-e-morosita",
                "description": "Ti accompagnano se hai ricevuto uno sfratto.",
                "audience": "Chi ha un avviso di sfratto",
                "access": "appuntamento",
                "cost": "soci",
            },
            "contratti-e-affitto",
        ],
        places=[
            {
                "name": "Sede centrale",
                "address": "Via Matteotti 12",
                "postal_code": "21018",
                "municipality": sesto,
                "latitude": Decimal("45.727000"),
                "longitude": Decimal("8.630100"),
                "accessibility": "Primo piano, senza ascensore",
                "opening_hours": [
                    (
                        "hours",
                        {"days": ["MO"], "opens": datetime.time(15), "closes": datetime.time(18), "note": ""},
                    ),
                    (
                        "hours",
                        {
                            "days": ["TU", "TH"],
                            "opens": datetime.time(9, 30),
                            "closes": datetime.time(12, 30),
                            "note": "su appuntamento",
                        },
                    ),
                ],
            },
            {"address": "Via Roma 3", "municipality": ispra},
        ],
        languages=[arabic, italian],
        phone="0331 000 130",
        other_phone="0331 000 131",
        other_phone_label="Cellulare",
        email="inquilini@example.org",
        website="https://inquilini.example.org",
        verified_on=datetime.date(2026, 9, 15),
    )


def test_detail_shows_the_full_entry(client, partner):
    response = client.get(f"/partner/{partner.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 id="partner-title">Sindacato inquilini del lago</h1>' in html
    assert "Ti accompagnano se hai ricevuto uno sfratto." in html
    assert "Chi ha un avviso di sfratto" in html
    assert "Gratuito per i soci (con tessera)" in html
    assert "arabo, italiano" in html
    assert "Lunedì, 15:00–18:00" in html
    assert "Martedì e giovedì, 9:30–12:30 (su appuntamento)" in html
    assert "Primo piano, senza ascensore" in html
    assert 'href="tel:0331000130"' in html and 'href="tel:0331000131"' in html
    assert 'href="mailto:inquilini@example.org"' in html
    assert "Dati verificati il 15 settembre 2026" in html
    assert html.count("<h1") == 1


def test_open_in_map_links_to_openstreetmap_without_loading_it(client, partner):
    html = client.get(f"/partner/{partner.slug}/").content.decode()
    assert "https://www.openstreetmap.org/?mlat=45.727000&amp;mlon=8.630100#map=17/45.727000/8.630100" in html
    # Without coordinates: a search by address.
    assert "https://www.openstreetmap.org/search?query=Via+Roma+3%2C+Ispra%2C+Italia" in html
    assert "<iframe" not in html and '<script src="http' not in html


def test_drafts_and_unknown_slugs_are_not_found(client, site_settings, ispra):
    draft = create_partner("Bozza", places=[ispra], live=False)
    assert client.get(f"/partner/{draft.slug}/").status_code == 404
    assert client.get("/partner/non-esiste/").status_code == 404


def test_unpublished_changes_stay_private_until_published(client, partner):
    partner.name = "Nome nuovo in bozza"
    partner.save_revision()  # a draft: the row keeps the published version
    html = client.get(f"/partner/{partner.slug}/").content.decode()
    assert "Sindacato inquilini del lago" in html and "Nome nuovo in bozza" not in html

    partner.refresh_from_db()
    partner.latest_revision.publish()
    assert "Nome nuovo in bozza" in client.get(f"/partner/{partner.slug}/").content.decode()


def test_unpublishing_removes_the_partner_everywhere(client, partner):
    partner.unpublish()
    assert client.get(f"/partner/{partner.slug}/").status_code == 404
    assert partner.name not in client.get("/partner/").content.decode()
    assert services.partners_for_topic("sfratto-e-morosita") == []


def test_related_guides_without_a_provider_is_empty(partner, monkeypatch):
    # The directory works alone: with no app registered in core.related, no guides are listed.
    from core import related

    monkeypatch.setattr(related, "_providers", [])
    assert services.related_guides(partner) == []


def test_related_guides_are_looked_up_by_the_partner_topics(partner, monkeypatch):
    from core import related

    calls = []

    def provider(topics, limit):
        calls.append(sorted(topics))
        return ["guide"]

    monkeypatch.setattr(related, "_providers", [provider])
    assert services.related_guides(partner) == ["guide"]
    assert calls == [["contratti-e-affitto", "sfratto-e-morosita"]]


def test_partner_page_lists_the_guides_on_its_topics(client, partner, home_page):
    # Wired for real: guides registers its provider at start-up, partners never imports guides.
    from tests.factories.pages import GuideIndexPageFactory, GuidePageFactory, GuideTopicPageFactory

    topic = GuideTopicPageFactory(parent=GuideIndexPageFactory(parent=home_page))
    GuidePageFactory(parent=topic, title="Non riesco a pagare l'affitto")
    html = client.get(f"/partner/{partner.slug}/").content.decode()
    assert "Non riesco a pagare l&#x27;affitto" in html or "Non riesco a pagare l'affitto" in html


def test_related_guides_template_lists_title_link_and_summary(home_page):
    guide = ContentPageFactory(
        parent=home_page,
        title="Cosa fare se ricevi uno sfratto",
        slug="sfratto",
        summary="I primi passi, uno alla volta.",
    )
    html = render_to_string("partners/includes/related_guides.html", {"related_guides": [guide]})
    assert "Guide utili" in html
    assert 'href="/sfratto/"' in html
    assert "Cosa fare se ricevi uno sfratto" in html and "I primi passi, uno alla volta." in html
    assert render_to_string("partners/includes/related_guides.html", {"related_guides": []}).strip() == ""


def test_closed_partner_shows_its_status(client, site_settings, ispra):
    partner = create_partner(
        "Chiuso",
        places=[ispra],
        status=Partner.Status.TEMPORARILY_CLOSED,
        status_note="Riapre il 1° settembre",
    )
    html = client.get(f"/partner/{partner.slug}/").content.decode()
    assert "Temporaneamente chiuso</strong>: Riapre il 1° settembre" in html


def test_logo_is_shown_as_a_rendition_when_there_is_one(client, partner, settings, tmp_path):
    from wagtail_factories import ImageFactory

    settings.MEDIA_ROOT = tmp_path

    partner.logo = ImageFactory(title="Logo")
    partner.save()
    html = client.get(f"/partner/{partner.slug}/").content.decode()
    assert 'class="partner-detail__logo"' in html and ".webp" in html


def test_detail_query_count_does_not_grow_with_services_and_locations(client, site_settings, ispra, italian):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    small = create_partner("Piccolo", services=["cercare-casa"], places=[ispra], languages=[italian])
    big = create_partner(
        "Grande",
        services=["emergenza", "mediazione", "cercare-casa", "pratiche-online"],
        places=[ispra] * 6,
        languages=[italian],
    )
    client.get(f"/partner/{small.slug}/")  # warm the site and settings caches
    counts = []
    for partner in (small, big):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/partner/{partner.slug}/").status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1] <= 12
