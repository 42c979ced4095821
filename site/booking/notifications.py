"""The one place where booking events leave the booking app, in one direction.

services → ``on_change`` (once per change, inside its transaction) → ``record``: the outbox rows
(``emails``: queue, deliver, retry), written in that same transaction, so a change and its e-mails
commit or roll back together (the confirmation is rendered here, the only moment the raw manage
token exists) → after commit, ``appointment_changed``: writes what ``record`` did not (idempotent)
and sends ``booking.signals.appointment_changed`` (the operators app keeps its calendars in step).
``emails`` never imports this module. Nothing here may break the caller: failures are logged with
ids only and repaired by ``send_pending_messages`` or by the next change.
"""

import logging
from functools import partial

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from . import emails
from .events import BOOKED, CANCELLED, EVENTS, MOVED
from .models import Appointment
from .signals import appointment_changed as changed_signal

logger = logging.getLogger("sportello.booking")

__all__ = ["BOOKED", "CANCELLED", "EVENTS", "MOVED", "appointment_changed", "on_change", "record"]


def on_change(appointment, event, *, token=None, now=None):
    """The one call a service makes per change, inside its transaction.

    The messages are written in a savepoint of that transaction (a rendering failure never undoes
    the change: ``appointment_changed`` writes them again after commit), and ``appointment_changed``
    runs after commit for the calendars.
    """
    try:
        with transaction.atomic():
            record(appointment, event, token=token, now=now)
    except Exception as error:  # noqa: BLE001 - a change never fails because of an e-mail
        logger.error("appointment %s %s: messages deferred (%s)", appointment.pk, event, type(error).__name__)
    transaction.on_commit(partial(appointment_changed, appointment.pk, event))


def record(appointment, event, *, token=None, now=None):
    """Write the change's outgoing messages in the current transaction (idempotent)."""
    if event == BOOKED:
        assign_operator(appointment)
    return emails.queue_for_change(appointment, event, token=token, now=now)


def assign_operator(appointment):
    """Give a new appointment without operator to the sportello's operator who is free at that time and
    has the fewest appointments that day. Conditional update: never overrides a choice made meanwhile."""
    if appointment.assigned_operator_id:
        return appointment.assigned_operator
    if (
        appointment.booked_by_id
        and appointment.sportello.operators.filter(pk=appointment.booked_by_id).exists()
    ):
        chosen_id = appointment.booked_by_id
    else:
        day = timezone.localdate(appointment.start)
        busy_now = Q(
            assigned_appointments__start=appointment.start,
            assigned_appointments__status=Appointment.Status.CONFIRMED,
        )
        same_day = Q(
            assigned_appointments__start__date=day,
            assigned_appointments__status=Appointment.Status.CONFIRMED,
        )
        candidates = (
            appointment.sportello.operators.filter(is_active=True)
            .annotate(
                busy=Count("assigned_appointments", filter=busy_now),
                load=Count("assigned_appointments", filter=same_day),
            )
            .order_by("busy", "load", "pk")
        )
        chosen = candidates.first()
        chosen_id = chosen.pk if chosen else None
    if chosen_id is None:
        return None
    Appointment.objects.filter(pk=appointment.pk, assigned_operator__isnull=True).update(
        assigned_operator_id=chosen_id
    )
    appointment.refresh_from_db(fields=["assigned_operator"])
    return appointment.assigned_operator


def appointment_changed(appointment_id, event):
    """Called once per committed change; ``event`` is BOOKED, MOVED or CANCELLED."""

    logger.info("appointment %s %s", appointment_id, event)
    appointment = Appointment.objects.select_related("sportello").filter(pk=appointment_id).first()
    if appointment is None:
        return
    try:
        with transaction.atomic():
            record(appointment, event)
    except Exception as error:  # noqa: BLE001 - the change is committed; e-mails must not undo it
        logger.error(
            "appointment %s %s: messages not written (%s)", appointment_id, event, type(error).__name__
        )
    try:
        changed_signal.send(sender=Appointment, appointment=appointment, event=event)
    except Exception as error:  # noqa: BLE001
        logger.error(
            "appointment %s %s: calendars not updated (%s)", appointment_id, event, type(error).__name__
        )
