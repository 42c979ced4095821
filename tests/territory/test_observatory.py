"""The observatory's quarters: real records counted, small groups protected, frozen figures fixed."""

import datetime as dt

import pytest
import time_machine

from feedback.models import PageFeedback
from search.models import ZeroResultQuery
from territory import observatory
from territory.models import ObservatorySnapshot, VacantBuilding
from territory.privacy import MERGED_CODE, MIN_CELL

pytestmark = pytest.mark.django_db

Q1 = observatory.Quarter(2026, 1)
AFTER_Q1 = dt.datetime(2026, 4, 2, 8, 0, tzinfo=dt.UTC)


def published_table(snapshot, table_id):
    return next(item for item in snapshot.published["tables"] if item["id"] == table_id)


def counts(item):
    return {cell["code"]: cell["count"] for cell in item["cells"]}


def all_public_counts(snapshot):
    for item in snapshot.published["tables"]:
        if item["total"] is not None:
            yield item["total"]
        for cell in item["cells"]:
            yield cell["count"]


def test_quarter_bounds_follow_local_time():
    start, end = Q1.bounds()
    assert (start.isoformat(), end.isoformat()) == ("2026-01-01T00:00:00+01:00", "2026-04-01T00:00:00+02:00")
    assert observatory.Quarter.last_closed(AFTER_Q1) == Q1
    assert (
        observatory.Quarter.containing(dt.datetime(2025, 12, 31, 23, 30, tzinfo=dt.UTC)) == Q1
    )  # Rome: 1 Jan


def test_appointments_are_counted_and_small_municipalities_merged(towns, make_appointments):
    make_appointments(9, dt.date(2026, 2, 3), municipality=towns["angera"], topic="bonus-e-contributi")
    make_appointments(6, dt.date(2026, 2, 4), municipality=towns["ispra"], channel="telefono", urgent=True)
    make_appointments(2, dt.date(2026, 3, 5), municipality=towns["taino"], status="no_show")
    make_appointments(3, dt.date(2026, 4, 1))  # next quarter: not counted
    snapshot, created = observatory.freeze(Q1, now=AFTER_Q1)
    assert created

    by_town = published_table(snapshot, "appuntamenti_per_comune")
    # Taino's 2 would be revealed by 17 − 9 − 6: the smallest other town joins the merged cell.
    assert counts(by_town) == {"angera": 9, MERGED_CODE: 8}
    assert by_town["total"] == 17
    assert counts(published_table(snapshot, "appuntamenti_per_argomento")) == {
        "sfratto-e-morosita": 8,
        "bonus-e-contributi": 9,
    }
    assert counts(published_table(snapshot, "appuntamenti_per_urgenza")) == {"urgente": 6, "non-urgente": 11}
    # 15 confirmed and 2 no-shows: publishing "15" would reveal the 2, so both go together.
    assert counts(published_table(snapshot, "appuntamenti_per_esito")) == {MERGED_CODE: 17}
    assert all(count >= MIN_CELL for count in all_public_counts(snapshot))
    # Staff keep the exact figures.
    raw_town = next(item for item in snapshot.raw["tables"] if item["id"] == "appuntamenti_per_comune")
    assert counts(raw_town)["taino"] == 2


def test_a_quarter_with_few_cases_is_hidden_entirely(towns, make_appointments):
    make_appointments(4, dt.date(2026, 1, 10), municipality=towns["taino"])
    snapshot, _ = observatory.freeze(Q1, now=AFTER_Q1)
    table = published_table(snapshot, "appuntamenti_per_comune")
    assert (table["cells"], table["total"], table["suppressed"]) == ([], None, True)


def test_differencing_municipalities_quarters_and_tables_reveals_no_small_group(towns, make_appointments):
    """An attacker with every published number of two quarters tries to isolate Taino's 3 people."""
    make_appointments(12, dt.date(2026, 2, 1), municipality=towns["angera"], topic="cercare-casa")
    make_appointments(7, dt.date(2026, 2, 2), municipality=towns["ispra"], topic="bonus-e-contributi")
    make_appointments(3, dt.date(2026, 2, 3), municipality=towns["taino"], topic="sfratto-e-morosita")
    make_appointments(12, dt.date(2026, 5, 1), municipality=towns["angera"], topic="cercare-casa")
    make_appointments(7, dt.date(2026, 5, 2), municipality=towns["ispra"], topic="bonus-e-contributi")
    make_appointments(1, dt.date(2026, 5, 3), municipality=towns["taino"], topic="sfratto-e-morosita")
    first, _ = observatory.freeze(Q1, now=AFTER_Q1)
    second, _ = observatory.freeze(Q1.next(), now=dt.datetime(2026, 7, 2, tzinfo=dt.UTC))

    for snapshot in (first, second):
        values = set(all_public_counts(snapshot))
        assert all(value >= MIN_CELL for value in values)
        appointment_tables = [t for t in snapshot.published["tables"] if t["dataset"] == "appuntamenti"]
        totals = {t["total"] for t in appointment_tables}
        assert len(totals) == 1  # every table of a dataset adds up to the same total
        total = totals.pop()
        for table in appointment_tables:
            published = [cell["count"] for cell in table["cells"]]
            assert sum(published) == total
            # Total minus any one published cell, or any pair, is never a group of 1-4.
            for i, a in enumerate(published):
                assert total - a == 0 or total - a >= MIN_CELL
                for b in published[i + 1 :]:
                    assert total - a - b == 0 or total - a - b >= MIN_CELL
        # No table crosses municipality with anything else, and no table spans several quarters.
        assert {t["dimension"] for t in appointment_tables} == {
            "comune",
            "argomento",
            "canale",
            "esito",
            "urgenza",
        }
    # Quarter against quarter: both are complete and disjoint, so subtracting them says nothing about Taino.
    for snapshot in (first, second):
        town = published_table(snapshot, "appuntamenti_per_comune")
        assert "taino" not in counts(town)


def test_a_frozen_quarter_does_not_change_when_new_appointments_arrive(towns, make_appointments):
    make_appointments(8, dt.date(2026, 3, 2), municipality=towns["angera"])
    snapshot, _ = observatory.freeze(Q1, now=AFTER_Q1)
    before = snapshot.published

    make_appointments(20, dt.date(2026, 3, 3), municipality=towns["ispra"])  # entered late, dated Q1
    again, created = observatory.freeze(Q1, now=AFTER_Q1 + dt.timedelta(days=5))
    assert not created
    assert again.pk == snapshot.pk
    ObservatorySnapshot.objects.get(pk=snapshot.pk)
    assert ObservatorySnapshot.objects.get(pk=snapshot.pk).published == before
    assert published_table(again, "appuntamenti_per_comune")["total"] == 8


def test_an_open_quarter_cannot_be_frozen():
    with pytest.raises(ValueError):
        observatory.freeze(Q1, now=dt.datetime(2026, 3, 31, 12, tzinfo=dt.UTC))


def test_only_frozen_quarters_are_public(client, site_settings, towns, make_appointments):
    make_appointments(30, dt.date(2026, 2, 2), municipality=towns["angera"])
    with time_machine.travel(dt.datetime(2026, 3, 15, tzinfo=dt.UTC), tick=False):
        html = client.get("/osservatorio/").content.decode()
    assert "Non ci sono ancora numeri pubblicati" in html
    assert ">30<" not in html


def test_buildings_feedback_and_searches_are_counted(towns, home_page):
    from tests.factories.pages import ContentPageFactory

    page = ContentPageFactory(parent=home_page)
    for number in range(6):
        VacantBuilding.objects.create(
            reporter_role="comune",
            municipality=towns["angera"],
            address=f"Via Uno {number}",
            kind="appartamento",
            ownership="privata",
            condition="pronto",
            created_at=dt.datetime(2026, 2, 1, tzinfo=dt.UTC),
        )
    duplicate = VacantBuilding.objects.create(
        reporter_role="cittadino",
        municipality=towns["angera"],
        address="Via Uno 0",
        kind="appartamento",
        ownership="privata",
        condition="pronto",
        created_at=dt.datetime(2026, 2, 2, tzinfo=dt.UTC),
    )
    duplicate.duplicate_of = VacantBuilding.objects.order_by("pk").first()
    duplicate.save()
    for _ in range(5):
        PageFeedback.objects.create(page=page, rating=4)
    PageFeedback.objects.filter(page=page).update(created_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    ZeroResultQuery.objects.create(query="sfratto esecutivo", count=4)
    ZeroResultQuery.objects.create(query="sfrato", count=5)  # misspelled: "altro"
    ZeroResultQuery.objects.create(query="moroso condominio", count=2)

    snapshot, _ = observatory.freeze(Q1, now=AFTER_Q1)
    assert counts(published_table(snapshot, "immobili_per_comune")) == {"angera": 6}  # duplicate not counted
    assert counts(published_table(snapshot, "immobili_per_tipo")) == {"appartamento": 6}
    assert counts(published_table(snapshot, "valutazioni_pagine_per_argomento")) == {"altre-pagine": 5}
    assert counts(published_table(snapshot, "ricerche_senza_risultati_per_tema")) == {
        "sfratto-e-morosita": 6,
        "altro": 5,
    }
    # Next quarter counts only the new searches (the search app keeps running totals).
    ZeroResultQuery.objects.filter(query="sfratto esecutivo").update(count=10)
    nxt, _ = observatory.freeze(Q1.next(), now=dt.datetime(2026, 7, 2, tzinfo=dt.UTC))
    assert counts(published_table(nxt, "ricerche_senza_risultati_per_tema")) == {"sfratto-e-morosita": 6}


def test_referrals_are_skipped_without_the_network_app(monkeypatch):
    from django.apps import apps

    real_get_model = apps.get_model

    def without_network(app_label, *args, **kwargs):
        if app_label == "network":
            raise LookupError("network is not installed")
        return real_get_model(app_label, *args, **kwargs)

    monkeypatch.setattr(apps, "get_model", without_network)
    assert observatory.referral_model() is None
    assert observatory.referral_tables(Q1) == []


def test_the_network_app_s_referrals_are_a_source_when_installed():
    from network.models import Referral

    assert observatory.referral_model() is Referral


def test_another_app_can_add_a_source(towns):
    def places_tonight(quarter):
        return [
            observatory.table(
                "posti_per_notte",
                "posti",
                "comune",
                "Posti",
                "notti",
                [{"code": "angera", "label": "Angera", "count": 9}],
            )
        ]

    observatory.register_source(places_tonight)
    try:
        snapshot, _ = observatory.freeze(Q1, now=AFTER_Q1)
    finally:
        observatory.SOURCES.remove(places_tonight)
    assert counts(published_table(snapshot, "posti_per_notte")) == {"angera": 9}


def test_the_cron_command_freezes_the_last_closed_quarter_once(towns, make_appointments):
    from io import StringIO

    from django.core.management import call_command

    make_appointments(5, dt.date(2026, 3, 30), municipality=towns["ispra"])
    with time_machine.travel(dt.datetime(2026, 4, 1, 3, tzinfo=dt.UTC), tick=False):
        out = StringIO()
        call_command("observatory_freeze", stdout=out)
        assert "1º trimestre 2026: congelato" in out.getvalue()
        call_command("observatory_freeze", stdout=out)
        assert "era già congelato" in out.getvalue()
    assert ObservatorySnapshot.objects.count() == 1
