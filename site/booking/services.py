"""Booking, moving and cancelling appointments: the only code that writes them.

Never double-booked: each appointment takes a seat ``0 <= seat < capacity`` of its slot and a
partial unique constraint allows one *confirmed* appointment per (sportello, start, seat). We pick the
first free seat and insert inside ``transaction.atomic()``; if another request took that seat in the
meantime the insert fails with ``IntegrityError`` and we look again, up to ``capacity`` + 1 times,
then answer "già preso" with the nearest free slots. On SQLite, IMMEDIATE transactions serialize
writers, so the seat read inside the transaction is already current; on PostgreSQL two transactions
can read the same free seat and the constraint decides. Either way: no overbooking, no server error.

Once per flow: the caller may choose the manage token (``token=``, the flow's own random value, kept
in the citizen's session). Its hash is unique in the database, so the same flow submitted twice
(double click, two tabs, back and resubmit) stores one appointment; the second call finds it and
returns it as OK with ``duplicate=True``, and both show the same confirmation.

At most ``MAX_FUTURE_APPOINTMENTS_PER_CONTACT`` future appointments per phone or e-mail, decided in
the transaction of the insert, after locking one ``ContactLock`` row per contact: concurrent sessions
with one phone queue on that row and the later ones see the earlier ones' appointments.
"""

import hashlib
import hmac
import logging
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation

from . import notifications, slots
from .models import Appointment, ContactLock, hash_token

logger = logging.getLogger("sportello.booking")

MAX_FUTURE_APPOINTMENTS_PER_CONTACT = 3

OK = "ok"
TAKEN = "taken"  # the slot exists but every seat is taken ("già preso")
UNAVAILABLE = "unavailable"  # not offered (closed, too soon, too far, no opening)
TOO_MANY = "too_many"  # this phone or e-mail already has the maximum of future appointments
NOT_CHANGEABLE = "not_changeable"  # cancelled, past, or already taken place


@dataclass
class Outcome:
    status: str
    appointment: Appointment | None = None
    token: str | None = None  # the raw manage token, only right after booking
    alternatives: list = field(default_factory=list)
    duplicate: bool = False  # the same flow had already booked: ``appointment`` is that booking

    @property
    def ok(self):
        return self.status == OK


def normalize_phone(value):
    """Digits only (and a leading +), so "0331 000 1234" and "0331-0001234" are the same contact."""
    value = (value or "").strip()
    digits = re.sub(r"\D", "", value)
    return f"+{digits}" if value.startswith("+") and digits else digits


def normalize_email(value):
    return (value or "").strip().lower()


def future_appointments_for_contact(phone, email, now):
    contact = Q()
    if phone:
        contact |= Q(phone=normalize_phone(phone))
    if email:
        contact |= Q(email=normalize_email(email))
    if not contact:
        return Appointment.objects.none()
    return Appointment.objects.filter(contact, status=Appointment.Status.CONFIRMED, start__gt=now)


def contact_keys(phone, email):
    """The ``ContactLock`` keys of a booking's contacts (normalised), sorted so locks are always
    taken in the same order (no deadlock between two bookings sharing a phone and an e-mail)."""
    secret = settings.SECRET_KEY.encode()
    values = []
    if phone:
        values.append(f"phone:{normalize_phone(phone)}")
    if email:
        values.append(f"email:{normalize_email(email)}")
    return sorted(hmac.new(secret, value.encode(), hashlib.sha256).hexdigest() for value in values)


def lock_contacts(phone, email):
    """Lock the contacts' rows until the end of the current transaction (creating them if new)."""
    keys = contact_keys(phone, email)
    if not keys:
        return
    ContactLock.objects.bulk_create([ContactLock(key=key) for key in keys], ignore_conflicts=True)
    list(ContactLock.objects.select_for_update().filter(key__in=keys).order_by("key").values_list("pk"))


def _already_booked(token):
    if not token:
        return None
    return Appointment.objects.filter(token_hash=hash_token(token)).first()


def _alternatives(sportello, around, now, topic):
    return slots.nearest_free_slots(sportello, around, now, topic=topic)


def _free_seat(sportello, slot):
    taken = set(
        Appointment.objects.filter(
            sportello=sportello, start=slot.start, status=Appointment.Status.CONFIRMED
        ).values_list("seat", flat=True)
    )
    return next((seat for seat in range(slot.capacity) if seat not in taken), None)


def book(
    *,
    sportello,
    start,
    topic,
    name,
    phone="",
    email="",
    municipality=None,
    note="",
    urgent=False,
    urgency_answers=None,
    source_page=None,
    booked_by=None,
    token=None,
    interpreter="",
    now,
):
    """Book the slot of ``sportello`` starting at ``start``. Returns an ``Outcome``.

    ``Outcome.token`` is the raw manage token (only its hash is stored): show it or send it once.
    ``token``: the manage token to use, chosen by the caller once per booking flow; a second call
    with the same token books nothing and returns the first booking (``Outcome.duplicate``).
    """
    phone, email = normalize_phone(phone), normalize_email(email)
    existing = _already_booked(token)
    if existing is not None:
        return Outcome(OK, appointment=existing, token=token, duplicate=True)
    slot = slots.find_slot(sportello, start, now, topic=topic)
    if slot is None:
        return Outcome(UNAVAILABLE, alternatives=_alternatives(sportello, start, now, topic))
    for _attempt in range(slot.capacity + 1):
        try:
            with transaction.atomic():
                lock_contacts(phone, email)
                existing = _already_booked(token)  # a parallel request of this flow, just committed
                if existing is not None:
                    return Outcome(OK, appointment=existing, token=token, duplicate=True)
                if future_appointments_for_contact(phone, email, now).count() >= (
                    MAX_FUTURE_APPOINTMENTS_PER_CONTACT
                ):
                    return Outcome(TOO_MANY)
                seat = _free_seat(sportello, slot)
                if seat is None:
                    break
                appointment = Appointment(
                    sportello=sportello,
                    opening_id=slot.opening_id,
                    start=slot.start,
                    end=slot.end,
                    seat=seat,
                    topic=topic,
                    channel=sportello.kind,
                    name=name.strip(),
                    phone=phone,
                    email=email,
                    municipality=municipality,
                    note=note.strip(),
                    urgent=urgent,
                    urgency_answers=urgency_answers or {},
                    language=current_language(),
                    interpreter=interpreter,
                    source_page=source_page,
                    booked_by=booked_by,
                )
                if token:
                    appointment.token_hash = hash_token(token)
                else:
                    token = appointment.set_manage_token()
                appointment.save()
                notifications.on_change(appointment, notifications.BOOKED, token=token, now=now)
        except IntegrityError:
            # Someone else took this seat (or, rarely, the reference) meanwhile: look again. Or the
            # same flow was confirmed by a parallel request (double click): that booking is ours.
            existing = _already_booked(token)
            if existing is not None:
                return Outcome(OK, appointment=existing, token=token, duplicate=True)
            continue
        return Outcome(OK, appointment=appointment, token=token)
    return Outcome(TAKEN, alternatives=_alternatives(sportello, start, now, topic))


def move(appointment, new_start, *, now):
    """Move to another free slot of the same sportello, atomically.

    One UPDATE changes start, end and seat together: if the new seat is taken meanwhile the
    constraint rejects it and the appointment keeps its old slot (the old seat is released only if
    the new one is taken).
    """
    if not (appointment.status == Appointment.Status.CONFIRMED and appointment.start > now):
        return Outcome(NOT_CHANGEABLE, appointment=appointment)
    sportello = appointment.sportello
    slot = slots.find_slot(sportello, new_start, now, topic=appointment.topic)
    if slot is None or slot.start == appointment.start:
        return Outcome(UNAVAILABLE, alternatives=_alternatives(sportello, new_start, now, appointment.topic))
    for _attempt in range(slot.capacity + 1):
        try:
            with transaction.atomic():
                seat = _free_seat(sportello, slot)
                if seat is None:
                    break
                updated = Appointment.objects.filter(
                    pk=appointment.pk, status=Appointment.Status.CONFIRMED, start=appointment.start
                ).update(
                    start=slot.start,
                    end=slot.end,
                    seat=seat,
                    opening_id=slot.opening_id,
                    moved_count=appointment.moved_count + 1,
                    updated_at=timezone.now(),
                )
                if updated:
                    appointment.refresh_from_db()
                    notifications.on_change(appointment, notifications.MOVED, now=now)
        except IntegrityError:
            continue
        if not updated:  # changed by someone else meanwhile (cancelled, moved)
            return Outcome(NOT_CHANGEABLE, appointment=appointment)
        appointment.refresh_from_db()
        return Outcome(OK, appointment=appointment)
    return Outcome(TAKEN, alternatives=_alternatives(sportello, new_start, now, appointment.topic))


def cancel(appointment, *, now, reason="", by=Appointment.CancelledBy.CITIZEN, user=None):
    """Cancel a confirmed appointment; its seat is free again at once. Idempotent."""
    if appointment.status != Appointment.Status.CONFIRMED:
        return Outcome(NOT_CHANGEABLE, appointment=appointment)
    with transaction.atomic():
        updated = Appointment.objects.filter(pk=appointment.pk, status=Appointment.Status.CONFIRMED).update(
            status=Appointment.Status.CANCELLED,
            cancelled_at=now,
            cancelled_by=by,
            cancelled_by_user=user,
            cancellation_reason=(reason or "").strip()[:300],
            updated_at=timezone.now(),
        )
        if updated:
            appointment.refresh_from_db()
            notifications.on_change(appointment, notifications.CANCELLED, now=now)
    appointment.refresh_from_db()
    if not updated:
        return Outcome(NOT_CHANGEABLE, appointment=appointment)
    return Outcome(OK, appointment=appointment)


def current_language():
    """The reader's language (one of settings.LANGUAGES), stored on the appointment."""
    try:
        return translation.get_supported_language_variant(translation.get_language() or "")
    except LookupError:
        return settings.LANGUAGE_CODE
