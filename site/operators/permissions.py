"""Who sees what in the operator screens.

An operator sees and changes only the sportelli they serve (``Sportello.operators``); a coordinator
(a superuser, or a user with the ``booking.coordinate_sportelli`` permission, e.g. through the
"Coordinamento sportelli" group) sees all of them and may export. Anything outside a user's sportelli
answers 404, as if it did not exist.
"""

from django.http import Http404

from booking.models import Appointment, Sportello

COORDINATE = "booking.coordinate_sportelli"


def is_coordinator(user):
    return bool(user.is_active and (user.is_superuser or user.has_perm(COORDINATE)))


def can_use_agenda(user):
    if not (user.is_authenticated and user.is_active):
        return False
    if is_coordinator(user):
        return True
    # Asked by every menu item and permission check of an admin page: once per request's user.
    serves = getattr(user, "_serves_a_sportello", None)
    if serves is None:
        serves = user._serves_a_sportello = user.sportelli.exists()
    return serves


def sportelli_for(user):
    if is_coordinator(user):
        return Sportello.objects.all()
    return Sportello.objects.filter(operators=user)


def appointments_for(user):
    if is_coordinator(user):
        return Appointment.objects.all()
    return Appointment.objects.filter(sportello__operators=user)


def get_sportello(user, pk):
    sportello = sportelli_for(user).filter(pk=pk).first()
    if sportello is None:
        raise Http404
    return sportello


def get_appointment(user, pk):
    appointment = (
        appointments_for(user)
        .select_related("sportello", "municipality", "assigned_operator", "source_page", "booked_by")
        .filter(pk=pk)
        .first()
    )
    if appointment is None:
        raise Http404
    return appointment
