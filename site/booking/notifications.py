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

from . import emails
from .events import BOOKED, CANCELLED, EVENTS, MOVED
from .models import Appointment
from .signals import appointment_changed as changed_signal
from .signals import appointment_recorded as recorded_signal

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
    """Write the change's outgoing messages in the current transaction (idempotent); the receivers of
    ``appointment_recorded`` (operators: assignment, operators' notice) run after the citizen's."""
    written = emails.queue_for_change(appointment, event, token=token, now=now)
    replies = recorded_signal.send(sender=Appointment, appointment=appointment, event=event, now=now)
    return written + [message for _receiver, messages in replies for message in messages or ()]


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
