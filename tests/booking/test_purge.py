"""Privacy: personal data of appointments is emptied 12 months (configurable) after they took place."""

import logging

from django.core.management import call_command

import pytest
import time_machine

from booking.models import Appointment, OutgoingMessage
from operators import planning
from tests.booking.operators_fixtures import *  # noqa: F403 - fixtures
from tests.booking.operators_fixtures import LAST_WEEK
from tests.factories.booking_operators import book, rome

pytestmark = pytest.mark.django_db

PERSONAL = ("Maria", "Bianchi", "maria.bianchi", "0331", "sfratto il 12")


def run(when):
    with time_machine.travel(when, tick=False):
        call_command("purge_personal_data", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def old_and_recent(sportello_a, anymail_backend):
    old = book(
        sportello_a,
        rome(2026, 3, 3, 9, 0),
        now=LAST_WEEK,
        note="Ho lo sfratto il 12",
        urgent=True,
        urgency_answers={"eviction_date": True},
    ).appointment
    Appointment.objects.filter(pk=old.pk).update(internal_notes="Ha chiamato due volte", status="attended")
    recent = book(
        sportello_a, rome(2026, 4, 14, 9, 0), now=LAST_WEEK, email="altra@example.com", phone="0332"
    ).appointment
    return old, recent


def test_purge_after_twelve_months_keeps_the_numbers(old_and_recent, caplog):
    old, recent = old_and_recent
    before = planning.numbers(Appointment.objects.all())
    caplog.set_level(logging.DEBUG)

    run(rome(2027, 3, 2, 9, 0))  # 364 days later: too early
    assert Appointment.objects.get(pk=old.pk).personal_data_purged_at is None

    when = rome(2027, 3, 4, 3, 0)
    run(when)
    old.refresh_from_db()
    assert old.personal_data_purged_at == when
    assert (old.name, old.phone, old.email, old.note, old.internal_notes) == ("", "", "", "", "")
    assert old.urgency_answers == {} and old.token_hash is None
    # What planning needs stays.
    assert (old.topic, old.status, old.urgent, old.reference) == (
        "sfratto-e-morosita",
        "attended",
        True,
        old.reference,
    )
    assert all(not m.to and not m.body_text for m in OutgoingMessage.objects.filter(appointment=old))
    recent.refresh_from_db()
    assert recent.personal_data_purged_at is None and recent.name == "Maria Bianchi"
    assert planning.numbers(Appointment.objects.all())["total"] == before["total"]
    # Safe to run twice: nothing changes.
    run(rome(2027, 3, 5, 3, 0))
    old.refresh_from_db()
    assert old.personal_data_purged_at == when
    for personal in PERSONAL:
        assert personal not in caplog.text


def test_retention_is_a_setting(old_and_recent, settings):
    old, recent = old_and_recent
    settings.BOOKING_PERSONAL_DATA_RETENTION_DAYS = 30
    run(rome(2026, 4, 3, 12, 0))
    assert Appointment.objects.get(pk=old.pk).personal_data_purged_at is not None
    assert Appointment.objects.get(pk=recent.pk).personal_data_purged_at is None
