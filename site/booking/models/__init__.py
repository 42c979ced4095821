"""The booking app's models, one module per idea, all re-exported here (``from booking.models import X``).

- ``sportelli``: sportelli, their openings and closures;
- ``appointments``: citizens' appointments and their state rules;
- ``outbox``: e-mails waiting to leave and delivery events;
- ``access``: the permissions of the operator screens;
- ``tokens``: references and manage tokens;
- ``contact_lock``: one lockable row per contact, so the per-contact limit holds under concurrency.
"""

from core.topics import OTHER_TOPIC

from .access import BookingAccess
from .appointments import APPOINTMENT_TOPIC_CHOICES, Appointment, AppointmentQuerySet
from .contact_lock import ContactLock
from .outbox import DeliveryEvent, OutgoingMessage
from .sportelli import WEEKDAYS, Channel, Closure, Opening, Sportello
from .tokens import REFERENCE_ALPHABET, hash_token, new_manage_token, new_reference

__all__ = [
    "APPOINTMENT_TOPIC_CHOICES",
    "OTHER_TOPIC",
    "REFERENCE_ALPHABET",
    "WEEKDAYS",
    "Appointment",
    "AppointmentQuerySet",
    "BookingAccess",
    "Channel",
    "Closure",
    "ContactLock",
    "DeliveryEvent",
    "Opening",
    "OutgoingMessage",
    "Sportello",
    "hash_token",
    "new_manage_token",
    "new_reference",
]
