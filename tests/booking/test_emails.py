"""E-mails through the outbox: each sent once, with the right content; the provider being down never
breaks a booking; messages go out once the provider recovers."""

import datetime
import logging

from django.core import mail
from django.core.management import call_command
from django.db import transaction

import pytest
import time_machine

from booking import emails, notifications, services
from booking.models import Appointment, OutgoingMessage
from tests.booking.failing_backend import FailingBackend
from tests.booking.operators_fixtures import *  # noqa: F403 - fixtures
from tests.booking.operators_fixtures import LAST_WEEK, NOW
from tests.factories.booking_operators import book, rome

pytestmark = pytest.mark.django_db


def test_booking_sends_one_confirmation_with_manage_link_and_ics(
    sportello_a, operator_a, anymail_backend, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        outcome = book(sportello_a, rome(2026, 3, 3, 9, 0), now=LAST_WEEK)

    to_citizen = [m for m in mail.outbox if m.to == ["maria.bianchi@example.com"]]
    assert len(to_citizen) == 1
    message = to_citizen[0]
    assert message.subject == f"Appuntamento confermato – codice {outcome.appointment.reference}"
    assert f"/prenota/gestisci/{outcome.token}/" in message.body
    assert "martedì 3 marzo 2026, alle 09:00" in message.body
    assert "Ciao Maria Bianchi" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert f"/prenota/gestisci/{outcome.token}/" in html
    (name, ics, ics_type) = message.attachments[0]
    assert name == "appuntamento.ics" and ics_type == "text/calendar"
    assert outcome.appointment.reference in ics
    assert "Maria" not in ics and "0331" not in ics
    # The operator of the sportello hears of the new booking, without the citizen's contact.
    notices = [m for m in mail.outbox if m.to == ["anna@ats.example.org"]]
    assert len(notices) == 1
    assert outcome.appointment.reference in notices[0].subject
    assert "Maria" not in notices[0].body and "maria.bianchi" not in notices[0].body
    # Sent rows keep no body (the manage link must not linger in the database).
    row = OutgoingMessage.objects.get(kind="confirmation")
    assert row.status == "sent" and row.sent_at is not None
    assert row.body_text == row.body_html == row.ics == ""
    # Recording again (e.g. services' after-commit hook) sends nothing more.
    with django_capture_on_commit_callbacks(execute=True):
        notifications.appointment_changed(outcome.appointment.pk, notifications.BOOKED)
    assert len(mail.outbox) == 2


def test_messages_roll_back_with_the_booking(
    sportello_a, anymail_backend, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        outcome = services.book(
            sportello=sportello_a,
            start=rome(2026, 3, 3, 9, 0),
            topic="cercare-casa",
            name="Maria Bianchi",
            email="maria@example.com",
            now=LAST_WEEK,
        )
        notifications.record(outcome.appointment, notifications.BOOKED, token=outcome.token)
        assert OutgoingMessage.objects.count() == 1  # written in the booking's transaction
        raise RuntimeError("something after the booking failed")
    assert Appointment.objects.count() == 0
    assert OutgoingMessage.objects.count() == 0
    assert mail.outbox == []


def test_provider_down_booking_saved_and_message_sent_once_after_recovery(
    sportello_a, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.booking.failing_backend.FailingBackend"
    FailingBackend.calls = 0
    mail.outbox = []
    with time_machine.travel(LAST_WEEK, tick=False), django_capture_on_commit_callbacks(execute=True):
        outcome = book(sportello_a, rome(2026, 3, 3, 9, 0), now=LAST_WEEK)
    assert Appointment.objects.filter(pk=outcome.appointment.pk, status="confirmed").exists()
    assert FailingBackend.calls == 1  # tried once, right after commit, and failed without raising
    row = OutgoingMessage.objects.get(kind="confirmation")
    assert row.status == "pending" and row.attempts == 1 and row.last_error == "AnymailAPIError"
    assert row.next_attempt_at == LAST_WEEK + datetime.timedelta(minutes=1)
    assert row.body_text  # kept until sent

    # Still down a minute later: backoff doubles.
    with time_machine.travel(LAST_WEEK + datetime.timedelta(minutes=1), tick=False):
        assert emails.send_due() == 0
    row.refresh_from_db()
    assert row.attempts == 2 and row.next_attempt_at == LAST_WEEK + datetime.timedelta(minutes=3)
    # Not due yet: nothing is tried.
    with time_machine.travel(LAST_WEEK + datetime.timedelta(minutes=2), tick=False):
        assert emails.send_due() == 0
    assert FailingBackend.calls == 2

    # The provider is back.
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    with time_machine.travel(LAST_WEEK + datetime.timedelta(minutes=5), tick=False):
        call_command("send_pending_messages", stdout=open("/dev/null", "w"))  # noqa: SIM115
        assert emails.send_due() == 0  # running again sends nothing more
    confirmations = [m for m in mail.outbox if m.subject.startswith("Appuntamento confermato")]
    assert len(confirmations) == 1
    assert f"/prenota/gestisci/{outcome.token}/" in confirmations[0].body
    row.refresh_from_db()
    assert row.status == "sent" and row.attempts == 3


def test_gives_up_after_max_attempts(sportello_a, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "tests.booking.failing_backend.FailingBackend"
    settings.BOOKING_EMAIL_MAX_ATTEMPTS = 2
    with time_machine.travel(LAST_WEEK, tick=False), django_capture_on_commit_callbacks(execute=True):
        book(sportello_a, rome(2026, 3, 3, 9, 0), now=LAST_WEEK)
    with time_machine.travel(NOW, tick=False):
        emails.send_due()
        emails.send_due()
    row = OutgoingMessage.objects.get(kind="confirmation")
    assert row.status == "failed" and row.attempts == 2
    assert row.body_text == row.body_html == ""  # never sent: the manage link is not kept


def test_a_claimed_message_is_not_sent_by_a_second_worker(sportello_a, anymail_backend):
    outcome = book(sportello_a, rome(2026, 3, 3, 9, 0), now=LAST_WEEK)  # callbacks not run: rows pending
    row = OutgoingMessage.objects.get(kind="confirmation")
    # Worker 1 claims the row (the conditional UPDATE), worker 2 then finds nothing to send.
    OutgoingMessage.objects.filter(pk=row.pk, status="pending").update(status="sending", claimed_at=NOW)
    assert emails.deliver(row.pk) is False
    assert mail.outbox == []
    # Back to pending (e.g. worker 1 died and the claim expired): sent once, then never again.
    OutgoingMessage.objects.filter(pk=row.pk).update(status="pending")
    assert emails.deliver(row.pk) is True
    assert emails.deliver(row.pk) is False
    assert len(mail.outbox) == 1
    assert outcome.appointment.reference in mail.outbox[0].subject


def test_stale_claims_are_released(sportello_a, anymail_backend):
    book(sportello_a, rome(2026, 3, 3, 9, 0), now=LAST_WEEK)
    row = OutgoingMessage.objects.get(kind="confirmation")
    OutgoingMessage.objects.filter(pk=row.pk).update(status="sending", claimed_at=LAST_WEEK)
    with time_machine.travel(LAST_WEEK + datetime.timedelta(minutes=20), tick=False):
        assert emails.send_due() == 1
    assert len(mail.outbox) == 1


def test_change_and_cancellation_by_the_citizen(
    sportello_a, anymail_backend, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        outcome = book(sportello_a, rome(2026, 3, 3, 9, 0), now=LAST_WEEK, record=False)
    # The booking service writes the confirmation in its own transaction, with the manage link.
    confirmation = [m for m in mail.outbox if m.subject.startswith("Appuntamento confermato")]
    assert len(confirmation) == 1
    assert f"/prenota/gestisci/{outcome.token}/" in confirmation[0].body
    appointment = outcome.appointment
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert services.move(appointment, rome(2026, 3, 10, 11, 0), now=LAST_WEEK).ok
    assert [m.subject for m in mail.outbox] == [f"Appuntamento spostato – codice {appointment.reference}"]
    assert "martedì 10 marzo 2026, alle 11:00" in mail.outbox[0].body
    assert "SEQUENCE:1" in mail.outbox[0].attachments[0][1]
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert services.cancel(appointment, now=LAST_WEEK, reason="Ho risolto").ok
        services.cancel(appointment, now=LAST_WEEK)  # twice: no second message
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == f"Appuntamento annullato – codice {appointment.reference}"
    assert "hai annullato il tuo appuntamento" in mail.outbox[0].body
    assert "/prenota/" in mail.outbox[0].body


def test_cancellation_by_an_operator_gives_the_reason(
    sportello_a, operator_a, anymail_backend, django_capture_on_commit_callbacks
):
    outcome = book(sportello_a, rome(2026, 3, 3, 9, 0), now=LAST_WEEK)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(
            outcome.appointment,
            now=LAST_WEEK,
            reason="Operatore in malattia",
            by=Appointment.CancelledBy.OPERATOR,
            user=operator_a,
        )
    cancellation = [m for m in mail.outbox if m.subject.startswith("Appuntamento annullato")]
    assert len(cancellation) == 1
    assert "abbiamo dovuto annullare" in cancellation[0].body
    assert "Motivo: Operatore in malattia" in cancellation[0].body


def test_reminders_for_tomorrow_once_even_if_run_twice(sportello_a, anymail_backend):
    today = book(sportello_a, rome(2026, 3, 3, 9, 0), now=LAST_WEEK, email="oggi@example.com").appointment
    tomorrow = book(
        sportello_a, rome(2026, 3, 6, 9, 0), now=LAST_WEEK, email="domani@example.com"
    ).appointment
    phone_only = book(
        sportello_a, rome(2026, 3, 6, 9, 30), now=LAST_WEEK, email="", phone="0331 1"
    ).appointment
    cancelled = book(
        sportello_a, rome(2026, 3, 6, 10, 0), now=LAST_WEEK, email="annullato@example.com"
    ).appointment
    services.cancel(cancelled, now=LAST_WEEK)
    mail.outbox.clear()
    OutgoingMessage.objects.all().delete()
    with time_machine.travel(rome(2026, 3, 5, 18, 0), tick=False):
        call_command("send_appointment_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
        call_command("send_appointment_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [m.to for m in mail.outbox] == [["domani@example.com"]]
    reminder = mail.outbox[0]
    assert reminder.subject == f"Domani hai un appuntamento – codice {tomorrow.reference}"
    assert "venerdì 6 marzo 2026, alle 09:00" in reminder.body
    assert "prima e-mail di conferma" in reminder.body
    assert reminder.attachments[0][0] == "appuntamento.ics"
    assert today.pk and phone_only.pk


def test_logs_carry_no_personal_data(
    sportello_a, operator_a, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.booking.failing_backend.FailingBackend"
    caplog.set_level(logging.DEBUG)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = book(sportello_a, rome(2026, 3, 3, 9, 0), now=LAST_WEEK)
        services.cancel(outcome.appointment, now=LAST_WEEK)
    emails.send_due()
    text = caplog.text
    assert "failed" in text  # the provider errors were logged...
    for personal in ("Maria", "Bianchi", "maria.bianchi", "0331", "5550101", "anna@"):
        assert personal not in text  # ...without names, phones or e-mails


def test_agenda_flags_appointments_whose_email_could_not_be_sent(
    client, sportello_a, operator_a, settings, clock
):
    from django.urls import reverse

    settings.EMAIL_BACKEND = "tests.booking.failing_backend.FailingBackend"
    settings.BOOKING_EMAIL_MAX_ATTEMPTS = 1
    appointment = book(sportello_a, rome(2026, 3, 3, 9, 0), now=LAST_WEEK).appointment
    client.force_login(operator_a)
    agenda = reverse("booking_operators:agenda")
    assert "E-mail non inviata" not in client.get(agenda).content.decode()
    emails.send_due()  # one attempt allowed: the confirmation fails for good
    assert OutgoingMessage.objects.get(appointment=appointment, kind="confirmation").status == "failed"
    assert "E-mail non inviata: telefona" in client.get(agenda).content.decode()
