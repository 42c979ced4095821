"""The operators' write path without HTTP: each service changes the data, tells the person and
writes its audit entry (reference only, no personal data)."""

import datetime

from django.core import mail

from wagtail.models import ModelLogEntry

import pytest

from booking.models import Appointment, Closure
from operators import services
from tests.booking.operators_fixtures import *  # noqa: F403 - fixtures
from tests.booking.operators_fixtures import NOW

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.operators.operators_urls")]

FRIDAY = datetime.date(2026, 3, 6)


def test_close_period_moves_bookings_after_the_closure_and_tells_the_people(
    clock, agenda, operator_a, anymail_backend, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    sportello = agenda["f1"].sportello
    with django_capture_on_commit_callbacks(execute=True):
        outcome = services.close_period(
            sportello,
            FRIDAY,
            FRIDAY,
            reason="Chiusura straordinaria",
            then=services.MOVE,
            user=operator_a,
            now=NOW,
        )
    assert Closure.objects.get() == outcome.closure
    assert {a.pk for a in outcome.moved} == {agenda["f1"].pk, agenda["f2"].pk}
    assert outcome.cancelled == []
    for key in ("f1", "f2"):
        moved = Appointment.objects.get(pk=agenda[key].pk)
        assert moved.status == "confirmed" and moved.start.date() > FRIDAY and moved.moved_count == 1
    assert Appointment.objects.get(pk=agenda["a1"].pk).start == agenda["a1"].start  # another day: untouched
    assert [m.to for m in mail.outbox if m.subject.startswith("Appuntamento spostato")] == [
        ["franco@example.com"]
    ]  # f2 has no e-mail: the operator phones
    actions = list(ModelLogEntry.objects.values_list("action", flat=True))
    assert actions.count("booking.closure") == 1 and actions.count("booking.move") == 2


def test_close_period_cancels_when_no_slot_is_free_after_it(
    clock, agenda, operator_a, anymail_backend, django_capture_on_commit_callbacks
):
    sportello = agenda["f1"].sportello
    for opening in sportello.openings.select_related("event"):
        opening.event.end_recurring_period = datetime.datetime.combine(
            FRIDAY, datetime.time(23, 59), tzinfo=NOW.tzinfo
        )
        opening.event.save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        outcome = services.close_period(
            sportello,
            FRIDAY,
            FRIDAY,
            reason="Festa del patrono",
            then=services.MOVE,
            user=operator_a,
            now=NOW,
        )
    assert outcome.moved == []
    assert {a.pk for a in outcome.cancelled} == {agenda["f1"].pk, agenda["f2"].pk}
    cancelled = Appointment.objects.get(pk=agenda["f1"].pk)
    assert cancelled.status == "cancelled" and cancelled.cancelled_by == "system"
    assert "Motivo: Festa del patrono" in mail.outbox[0].body


def test_status_notes_and_assignment_write_their_audit_entries(clock, agenda, operator_a, operator_b):
    a1 = agenda["a1"]
    assert services.set_status(a1, Appointment.Status.ATTENDED, user=operator_a, action="booking.attended")
    services.add_note(a1, "Ha portato il contratto.", user=operator_a)
    services.assign(a1, None, user=operator_a)
    a1.refresh_from_db()
    assert (a1.status, a1.internal_notes, a1.assigned_operator) == (
        "attended",
        "Ha portato il contratto.",
        None,
    )
    entries = ModelLogEntry.objects.filter(object_id=str(a1.pk))
    assert set(entries.values_list("action", flat=True)) == {
        "booking.attended",
        "booking.notes",
        "booking.assign",
    }
    assert all(entry.label == a1.reference for entry in entries)
    assert "contratto" not in " ".join(str(entry.data) for entry in entries)  # notes stay out of the log
    # A cancelled appointment cannot be marked attended.
    b1 = agenda["b1"]
    Appointment.objects.filter(pk=b1.pk).update(status="cancelled", cancelled_at=NOW)
    assert not services.set_status(
        b1, Appointment.Status.ATTENDED, user=operator_b, action="booking.attended"
    )
