"""Every change an operator makes, one function each: views parse a form, call one of these, render.

Each function runs in one transaction, writes its own audit-log entry (labelled with the reference
code or a description, never a name or a contact) and leaves e-mails and calendars to
``booking.services`` / ``booking.notifications``. No HTTP here: everything is testable without a
request.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from schedule.models import Event, Rule

from booking import services, slots
from booking.models import Appointment, Closure, Opening

from . import calendars

MOVE = "sposta"
CANCEL = "annulla"


def audit(instance, action, user, **data):
    """An audit-log entry labelled with the reference (appointments) or a description: no personal data."""
    title = getattr(instance, "reference", None) or str(instance)
    data.setdefault("reference", getattr(instance, "reference", ""))
    log(instance, action, user=user, title=title[:255], data=data)


def audit_user(user):
    """``request.user`` may be a lazy proxy (django-otp wraps it); the audit log needs the instance."""
    return get_user_model().objects.get(pk=user.pk)


def day_bounds(first_day, last_day):
    zone = slots.local_zone()
    start = datetime.datetime.combine(first_day, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone)
    return start, end


# One appointment ---------------------------------------------------------------------------------


def set_status(appointment, status, *, user, action):
    """Mark an active appointment attended or no-show. Returns False if it was cancelled meanwhile."""
    with transaction.atomic():
        updated = Appointment.objects.filter(
            pk=appointment.pk, status__in=Appointment.ACTIVE_STATUSES
        ).update(status=status, updated_at=timezone.now())
        if updated:
            audit(appointment, action, user)
    if updated:
        calendars.sync(appointment)
    return bool(updated)


def add_note(appointment, text, *, user):
    """Replace the internal notes. The notes themselves stay out of the audit log."""
    with transaction.atomic():
        Appointment.objects.filter(pk=appointment.pk).update(internal_notes=text, updated_at=timezone.now())
        audit(appointment, "booking.notes", user)


def assign(appointment, operator, *, user):
    """Give the appointment to ``operator`` (or to nobody) and update the operators' calendars."""
    with transaction.atomic():
        Appointment.objects.filter(pk=appointment.pk).update(
            assigned_operator=operator, updated_at=timezone.now()
        )
        audit(appointment, "booking.assign", user, operator=operator.pk if operator else None)
    calendars.sync(appointment)


def cancel(appointment, *, user, now, reason, by=Appointment.CancelledBy.OPERATOR, **log_data):
    """Cancel through ``booking.services.cancel`` (which writes the e-mail) and audit it."""
    with transaction.atomic():
        outcome = services.cancel(appointment, now=now, reason=reason, by=by, user=user)
        if outcome.ok:
            audit(outcome.appointment, "booking.cancel", user, **log_data)
    return outcome


def move(appointment, new_start, *, user, now, **log_data):
    """Move through ``booking.services.move`` (which writes the e-mail) and audit it."""
    old_start = appointment.start
    with transaction.atomic():
        outcome = services.move(appointment, new_start, now=now)
        if outcome.ok:
            audit(
                outcome.appointment,
                "booking.move",
                user,
                **log_data,
                old_start=old_start.isoformat(),
                new_start=outcome.appointment.start.isoformat(),
            )
    return outcome


# Openings ----------------------------------------------------------------------------------------


def weekly_rule(every_weeks=1):
    """The shared django-scheduler rule "every week" or "every N weeks" (created once)."""
    params = "" if every_weeks == 1 else f"interval:{every_weeks}"
    name = "Ogni settimana" if every_weeks == 1 else f"Ogni {every_weeks} settimane"
    rule, _ = Rule.objects.get_or_create(
        frequency="WEEKLY", params=params, defaults={"name": name, "description": name}
    )
    return rule


def event_times(first_day, start_time, end_time, last_day):
    """An opening's event in local time: its first start and end, and the end of its recurrence."""
    zone = slots.local_zone()
    return (
        datetime.datetime.combine(first_day, start_time, tzinfo=zone),
        datetime.datetime.combine(first_day, end_time, tzinfo=zone),
        datetime.datetime.combine(last_day, datetime.time(23, 59), tzinfo=zone),
    )


def create_weekly_opening(
    sportello,
    *,
    first_day,
    last_day,
    start_time,
    end_time,
    every_weeks=1,
    slot_minutes=30,
    capacity=1,
    topics=(),
):
    """An opening on ``first_day``'s weekday from ``start_time`` to ``end_time`` (local time), every
    ``every_weeks`` weeks until ``last_day`` included: an ``Event`` with a ``Rule`` in the sportello's
    calendar plus our ``Opening``."""
    start, end, until = event_times(first_day, start_time, end_time, last_day)
    event = Event.objects.create(
        calendar=sportello.calendar,
        title=f"Apertura {sportello.name}"[:255],
        start=start,
        end=end,
        rule=weekly_rule(every_weeks),
        end_recurring_period=until,
    )
    return Opening.objects.create(
        sportello=sportello, event=event, slot_minutes=slot_minutes, capacity=capacity, topics=list(topics)
    )


def first_weekday_on_or_after(day, weekday):
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


@transaction.atomic
def create_openings(
    sportello,
    *,
    user,
    weekdays,
    first_day,
    last_day,
    start_time,
    end_time,
    every_weeks=1,
    slot_minutes=30,
    capacity=1,
    topics=(),
):
    """One weekly opening per chosen weekday between ``first_day`` and ``last_day``. Returns them
    (an empty list when none of the weekdays falls in the period)."""
    created = []
    for weekday in sorted(int(value) for value in weekdays):
        first = first_weekday_on_or_after(first_day, weekday)
        if first > last_day:
            continue
        opening = create_weekly_opening(
            sportello,
            first_day=first,
            last_day=last_day,
            start_time=start_time,
            end_time=end_time,
            every_weeks=int(every_weeks),
            slot_minutes=slot_minutes,
            capacity=capacity,
            topics=topics,
        )
        audit(opening, "booking.opening_create", user)
        created.append(opening)
    return created


@transaction.atomic
def update_opening(
    opening, *, user, start_time, end_time, every_weeks, last_day, slot_minutes, capacity, topics
):
    """Change an opening's times, rhythm, end, length, seats and topics; booked appointments stay."""
    event = opening.event
    first_day = timezone.localtime(event.start).date()
    times = event_times(first_day, start_time, end_time, last_day)
    event.start, event.end, event.end_recurring_period = times
    event.rule = weekly_rule(int(every_weeks))
    event.save()
    opening.slot_minutes = slot_minutes
    opening.capacity = capacity
    opening.topics = list(topics)
    opening.save()
    audit(opening, "booking.opening_edit", user)
    return opening


# Closures ----------------------------------------------------------------------------------------


@dataclass
class ClosureOutcome:
    closure: Closure
    moved: list = field(default_factory=list)
    cancelled: list = field(default_factory=list)


def affected_by(sportello, start_date, end_date):
    """The confirmed appointments a closure of ``sportello`` from ``start_date`` to ``end_date`` touches."""
    start, end = day_bounds(start_date, end_date)
    return list(
        Appointment.objects.filter(
            sportello=sportello, status=Appointment.Status.CONFIRMED, start__gte=start, start__lt=end
        ).order_by("start")
    )


def close_period(sportello, start_date, end_date, *, reason, then=MOVE, user, now):
    """Close ``sportello`` from ``start_date`` to ``end_date`` (included) and deal with its bookings.

    ``then=MOVE``: each affected appointment moves to the first free slot after the closure (for its
    topic); if none is free among the first five, it is cancelled. ``then=CANCEL``: all are cancelled.
    Each person gets the e-mail of their change (written by ``booking.services``).
    """
    affected = affected_by(sportello, start_date, end_date)
    with transaction.atomic():
        closure = Closure.objects.create(
            sportello=sportello, start_date=start_date, end_date=end_date, reason=reason
        )
        audit(closure, "booking.closure", user, affected=len(affected))
    outcome = ClosureOutcome(closure)
    for appointment in affected:
        if then == MOVE and _move_after(appointment, end_date, user=user, now=now):
            outcome.moved.append(appointment)
            continue
        cancelled = cancel(
            appointment, user=user, now=now, reason=reason, by=Appointment.CancelledBy.SYSTEM, closure=True
        )
        if cancelled.ok:
            outcome.cancelled.append(appointment)
    return outcome


def _move_after(appointment, end_date, *, user, now):
    after, _ = day_bounds(end_date + datetime.timedelta(days=1), end_date)
    candidates = slots.free_slots(appointment.sportello, now, topic=appointment.topic, start=after)
    return any(move(appointment, slot.start, user=user, now=now, closure=True).ok for slot in candidates[:5])
