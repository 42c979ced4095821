"""What a new booking asks of the operators, inside its transaction (``appointment_recorded``):
an operator is assigned, and the sportello's operators get a notice linking to it in the agenda."""

from django.db.models import Count, Q
from django.utils import timezone

from booking import emails
from booking.events import BOOKED
from booking.models import Appointment, OutgoingMessage

from .calendars import admin_url


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
        confirmed = Q(assigned_appointments__status=Appointment.Status.CONFIRMED)
        busy_now = confirmed & Q(assigned_appointments__start=appointment.start)
        same_day = confirmed & Q(assigned_appointments__start__date=timezone.localdate(appointment.start))
        chosen = (
            appointment.sportello.operators.filter(is_active=True)
            .annotate(
                busy=Count("assigned_appointments", filter=busy_now),
                load=Count("assigned_appointments", filter=same_day),
            )
            .order_by("busy", "load", "pk")
            .first()
        )
        chosen_id = chosen.pk if chosen else None
    if chosen_id is None:
        return None
    Appointment.objects.filter(pk=appointment.pk, assigned_operator__isnull=True).update(
        assigned_operator_id=chosen_id
    )
    appointment.refresh_from_db(fields=["assigned_operator"])
    return appointment.assigned_operator


def operators_to_notify(appointment):
    users = appointment.sportello.operators.filter(is_active=True).exclude(email="")
    if appointment.booked_by_id:
        users = users.exclude(pk=appointment.booked_by_id)
    return list(users.order_by("pk"))


def queue_notices(appointment, *, now=None):
    """Operators hear of online bookings and of every urgent one (once each: dedupe keys)."""
    if appointment.booked_by_id is not None and not appointment.urgent:
        return []
    written = [
        emails.queue(
            appointment,
            OutgoingMessage.Kind.OPERATOR_NOTICE,
            to=user.email,
            dedupe_key=f"appointment:{appointment.pk}:notice:{user.pk}",
            context={"admin_url": admin_url(appointment)},
            now=now,
        )
        for user in operators_to_notify(appointment)
    ]
    return [message for message in written if message is not None]


def on_appointment_recorded(sender, appointment, event, now=None, **kwargs):
    """Receiver of ``booking.signals.appointment_recorded`` (connected in ``OperatorsConfig.ready``)."""
    if event != BOOKED:
        return []
    assign_operator(appointment)
    return queue_notices(appointment, now=now)
