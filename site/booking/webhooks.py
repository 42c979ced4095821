"""Delivery webhooks (anymail ``tracking`` signal): a bounced or rejected e-mail marks the citizen's
contact as unreachable, so the agenda tells the operator to phone instead.

Anymail authenticates the webhook (``ANYMAIL["WEBHOOK_SECRET"]``, HTTP basic auth) before the signal
is sent. Handling is idempotent: each event is remembered by a key (the ESP's event id, or a hash of
what identifies it), and a duplicate changes nothing. Nothing personal is stored or logged.
"""

import hashlib
import logging

from django.db import IntegrityError, transaction
from django.dispatch import receiver

from wagtail.log_actions import log

from anymail.signals import EventType, tracking

from .models import Appointment, DeliveryEvent, OutgoingMessage

logger = logging.getLogger("sportello.email.webhooks")

UNREACHABLE = {EventType.BOUNCED, EventType.REJECTED}


def event_key(event, esp_name):
    if event.event_id:
        raw = f"{esp_name}|id|{event.event_id}"
    else:
        raw = "|".join(
            str(part)
            for part in (esp_name, event.message_id, event.event_type, event.recipient, event.timestamp)
        )
    return hashlib.sha256(raw.encode()).hexdigest()


def find_message(event):
    metadata = event.metadata or {}
    pk = metadata.get("outgoing_message")
    if pk and str(pk).isdigit():
        message = OutgoingMessage.objects.filter(pk=int(pk)).first()
        if message:
            return message
    if event.message_id:
        return OutgoingMessage.objects.filter(provider_message_id=str(event.message_id)).first()
    return None


def _to_citizen(message):
    return bool(message and message.appointment_id and message.kind != OutgoingMessage.Kind.OPERATOR_NOTICE)


def mark_unreachable(appointment_id, event_type):
    appointment = Appointment.objects.get(pk=appointment_id)
    if appointment.contact_unreachable:
        return
    Appointment.objects.filter(pk=appointment.pk).update(contact_unreachable=True)
    log(
        appointment,
        "booking.contact_unreachable",
        title=appointment.reference,
        data={"reference": appointment.reference, "event": event_type},
    )


@receiver(tracking, dispatch_uid="booking-delivery-tracking")
def handle_tracking(sender, event, esp_name, **kwargs):
    key = event_key(event, esp_name)
    message = find_message(event)
    try:
        with transaction.atomic():
            DeliveryEvent.objects.create(key=key, event_type=str(event.event_type)[:30], message=message)
            if event.event_type in UNREACHABLE and _to_citizen(message):
                mark_unreachable(message.appointment_id, str(event.event_type))
    except IntegrityError:
        return  # already handled
    logger.debug("delivery event %s for message %s", event.event_type, message.pk if message else "-")
