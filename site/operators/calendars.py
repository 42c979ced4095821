"""Appointments in django-scheduler calendars: the assigned operator's and the sportello's.

``sync(appointment)`` makes the calendars match the appointment's current state and can run any
number of times: a confirmed (or attended / no-show) appointment has one ``Event`` in its sportello's
calendar and, when it has an operator, one in that operator's calendar (created lazily); a cancelled
appointment has none. Events carry the reference, topic and channel, never the citizen's name or
contact.
"""

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from schedule.models import Calendar, Event

from booking.models import Appointment

from .models import CalendarEntry, OperatorCalendar

SHOWN = (Appointment.Status.CONFIRMED, Appointment.Status.ATTENDED, Appointment.Status.NO_SHOW)


def operator_calendar(user):
    """The operator's calendar, created the first time."""
    existing = OperatorCalendar.objects.filter(user=user).select_related("calendar").first()
    if existing:
        return existing.calendar
    with transaction.atomic():
        calendar, _ = Calendar.objects.get_or_create(
            slug=f"operatore-{user.pk}", defaults={"name": f"Appuntamenti di {user.get_username()}"[:200]}
        )
        OperatorCalendar.objects.get_or_create(user=user, defaults={"calendar": calendar})
    return calendar


def admin_url(appointment):
    """The appointment's page in the agenda, absolute (for e-mails and calendar events)."""
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    return base + reverse("booking_operators:appointment", args=[appointment.pk])


def on_appointment_changed(sender, appointment, event, **kwargs):
    """Receiver of ``booking.signals.appointment_changed`` (connected in ``OperatorsConfig.ready``)."""
    sync(appointment)


def event_title(appointment):
    parts = [appointment.reference, appointment.topic_label, appointment.get_channel_display()]
    if appointment.urgent:
        parts.insert(0, "URGENTE")
    return " · ".join(parts)


def event_description(appointment):
    lines = [
        f"Codice: {appointment.reference}",
        f"Sportello: {appointment.sportello.name}",
        f"Argomento: {appointment.topic_label}",
        f"Canale: {appointment.get_channel_display()}",
    ]
    if appointment.urgent:
        lines.append("Segnalato come urgente.")
    lines.append(f"Apri nell'area riservata: {admin_url(appointment)}")
    return "\n".join(lines)


def _put(appointment, role, calendar, entries):
    entry = entries.get(role)
    values = {
        "calendar": calendar,
        "start": appointment.start,
        "end": appointment.end,
        "title": event_title(appointment)[:255],
        "description": event_description(appointment),
    }
    if entry is None:
        event = Event.objects.create(**values)
        entry = CalendarEntry.objects.create(appointment=appointment, event=event, role=role)
    else:
        event = entry.event
        changed = [name for name, value in values.items() if getattr(event, name) != value]
        if changed:
            for name in changed:
                setattr(event, name, values[name])
            event.save()
    return entry.event


def _drop(role, entries):
    entry = entries.get(role)
    if entry is not None:
        entry.event.delete()  # cascades to the entry


@transaction.atomic
def sync(appointment):
    appointment = Appointment.objects.select_related("sportello", "assigned_operator").get(pk=appointment.pk)
    entries = {
        entry.role: entry
        for entry in CalendarEntry.objects.filter(appointment=appointment).select_related("event")
    }
    operator_event = None
    if appointment.status in SHOWN:
        if appointment.sportello.calendar_id:
            _put(appointment, CalendarEntry.Role.SPORTELLO, appointment.sportello.calendar, entries)
        if appointment.assigned_operator_id:
            calendar = operator_calendar(appointment.assigned_operator)
            operator_event = _put(appointment, CalendarEntry.Role.OPERATOR, calendar, entries)
        else:
            _drop(CalendarEntry.Role.OPERATOR, entries)
    else:
        _drop(CalendarEntry.Role.SPORTELLO, entries)
        _drop(CalendarEntry.Role.OPERATOR, entries)
    new_id = operator_event.pk if operator_event else None
    if appointment.operator_event_id != new_id:
        Appointment.objects.filter(pk=appointment.pk).update(operator_event=new_id)
    return operator_event
