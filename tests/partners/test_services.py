"""Domain functions the guides and the admin rely on, without HTTP."""

import datetime

import pytest

from partners.hours import describe_days, describe_row, hsds_schedule
from partners.models import Partner
from partners.services import partners_for_topic, stale_partners
from partners.vocabulary import SERVICE_TYPE_LABELS
from tests.factories.partners import create_partner

pytestmark = pytest.mark.django_db


def test_service_types_start_with_the_guide_topics_exactly():
    from core.topics import TOPICS

    assert list(SERVICE_TYPE_LABELS)[:4] == [topic.slug for topic in TOPICS]
    assert list(SERVICE_TYPE_LABELS)[4:] == [
        "mediazione",
        "assistenza-legale",
        "pratiche-online",
        "accoglienza-temporanea",
        "emergenza",
    ]


def test_partners_for_topic_returns_live_active_partners_offering_it(ispra, sesto):
    create_partner("B sfratti", services=["sfratto-e-morosita"], places=[ispra])
    create_partner("A sfratti e bonus", services=["bonus-e-contributi", "sfratto-e-morosita"], places=[sesto])
    create_partner("Solo bonus", services=["bonus-e-contributi"], places=[ispra])
    create_partner(
        "Chiuso", services=["sfratto-e-morosita"], places=[ispra], status=Partner.Status.TEMPORARILY_CLOSED
    )
    create_partner("Bozza", services=["sfratto-e-morosita"], places=[ispra], live=False)

    assert [p.name for p in partners_for_topic("sfratto-e-morosita")] == ["A sfratti e bonus", "B sfratti"]
    assert [p.name for p in partners_for_topic("sfratto-e-morosita", municipality=ispra)] == ["B sfratti"]
    assert partners_for_topic("non-esiste") == []


def test_partners_for_topic_is_ready_to_render_in_constant_queries(ispra, italian, django_assert_num_queries):
    for index in range(12):
        create_partner(
            f"P{index}", services=["cercare-casa", "emergenza"], places=[ispra, ispra], languages=[italian]
        )
    with django_assert_num_queries(5):
        partners = partners_for_topic("cercare-casa")
        # Everything an entry shows, with no further query.
        for partner in partners:
            [service.languages.all() for service in partner.services.all()]
            [place.municipality.name for place in partner.locations.all()]
            partner.municipalities  # noqa: B018
            partner.languages  # noqa: B018
    assert len(partners) == 12


def test_stale_partners_are_those_not_verified_in_six_months_oldest_first(ispra):
    today = datetime.date(2026, 11, 29)
    create_partner("Fresco", places=[ispra], verified_on=datetime.date(2026, 11, 1))
    create_partner("Giusto sei mesi fa", places=[ispra], verified_on=datetime.date(2026, 5, 30))
    create_partner("Vecchio", places=[ispra], verified_on=datetime.date(2025, 12, 1))
    create_partner("Vecchissimo", places=[ispra], verified_on=datetime.date(2024, 1, 1))
    never = create_partner("Mai", places=[ispra])
    Partner.objects.filter(pk=never.pk).update(verified_on=None)
    assert [p.name for p in stale_partners(today)] == ["Mai", "Vecchissimo", "Vecchio"]


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (["MO", "TU", "WE", "TH", "FR"], "dal lunedì al venerdì"),
        (["FR", "MO"], "lunedì e venerdì"),
        (["MO", "TU"], "lunedì e martedì"),
        (["MO", "TU", "WE", "FR"], "dal lunedì al mercoledì e venerdì"),
        (["FR", "SA", "SU"], "dal venerdì alla domenica"),
        (["TU", "TH", "SA"], "martedì, giovedì e sabato"),
        ([], ""),
    ],
)
def test_days_in_words(days, words):
    assert describe_days(days) == words


def test_opening_hours_row_for_people_and_for_hsds():
    row = {
        "days": ["WE", "MO"],
        "opens": datetime.time(9),
        "closes": datetime.time(12, 30),
        "note": "su appuntamento",
    }
    assert describe_row(row) == "Lunedì e mercoledì, 9:00–12:30 (su appuntamento)"
    assert hsds_schedule(row) == {
        "freq": "WEEKLY",
        "byday": "MO,WE",
        "opens_at": "09:00",
        "closes_at": "12:30",
        "description": "Lunedì e mercoledì, 9:00–12:30 (su appuntamento)",
        "notes": "su appuntamento",
    }


def test_partner_is_searchable_by_name_service_and_municipality(ispra):
    from wagtail.search.index import get_indexed_models

    assert Partner in get_indexed_models()
    partner = create_partner("Sportello casa", services=["sfratto-e-morosita"], places=[ispra])
    partner = Partner.objects.for_directory().get(pk=partner.pk)
    assert "Sfratto e morosità" in partner.services_text()
    assert "Ispra" in partner.municipalities_text()
    fields = {field.field_name for field in Partner.search_fields}
    assert {"name", "description", "services_text", "municipalities_text", "live", "status"} <= fields
