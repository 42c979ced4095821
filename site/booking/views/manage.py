"""The manage link: see, cancel or move one's appointment, download it for the calendar.

The token from the e-mail goes into the session at once and never appears in later URLs.
"""

from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from .. import services, slots
from ..forms import CancelForm, SlotForm
from ..models import Appointment, hash_token
from .common import (
    MANAGE_LINKS_PER_IP_PER_HOUR,
    appointment_context,
    ics_response,
    not_found,
    over_limit,
    slot_context,
    too_many_requests,
)

MANAGE = "booking_manage"


class NotFound(Exception):
    """Raised inside manage views; ``manage_view`` answers with the site's plain 404 page."""


def manage_view(view):
    """Never cached; a missing or wrong appointment is the same plain 404 (with no-store too)."""

    @never_cache
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except NotFound:
            # crisis: a dead or old manage link offers to send a new one (booking/recovery.py).
            return not_found(request, "booking/manage_not_found.html")

    wrapper.__name__ = view.__name__
    return wrapper


@manage_view
def manage_entry(request, token):
    """The link from the confirmation and the e-mails. The token goes into the session and the
    browser is sent to a URL without it, so the token is not in later URLs, logs or Referer."""
    if over_limit(request, "manage", MANAGE_LINKS_PER_IP_PER_HOUR):
        return too_many_requests(request)
    appointment = Appointment.objects.filter(token_hash=hash_token(token)).only("pk").first()
    if appointment is None:
        raise NotFound
    request.session[MANAGE] = appointment.pk
    return redirect("booking:manage")


def managed_appointment(request):
    pk = request.session.get(MANAGE)
    appointment = (
        Appointment.objects.select_related("sportello__municipality")
        .filter(pk=pk, token_hash__isnull=False)
        .first()
        if pk
        else None
    )
    if appointment is None:
        raise NotFound
    return appointment


@manage_view
def manage(request):
    appointment = managed_appointment(request)
    context = appointment_context(request, appointment)
    context["can_change"] = (
        appointment.status == Appointment.Status.CONFIRMED and appointment.start > slots.now()
    )
    context["message"] = request.session.pop("booking_message", None)
    return render(request, "booking/manage.html", context)


@manage_view
def manage_ics(request):
    return ics_response(request, managed_appointment(request))


@manage_view
def manage_cancel(request):
    appointment = managed_appointment(request)
    now = slots.now()
    if not (appointment.status == Appointment.Status.CONFIRMED and appointment.start > now):
        return redirect("booking:manage")
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.cancel(appointment, now=now, reason=form.cleaned_data["reason"])
        request.session["booking_message"] = "cancelled"
        return redirect("booking:manage")
    context = appointment_context(request, appointment)
    context["form"] = form
    return render(request, "booking/manage_cancel.html", context)


@manage_view
def manage_move(request):
    appointment = managed_appointment(request)
    now = slots.now()
    if not (appointment.status == Appointment.Status.CONFIRMED and appointment.start > now):
        return redirect("booking:manage")
    sportello = appointment.sportello
    free = [
        s for s in slots.free_slots(sportello, now, topic=appointment.topic) if s.start != appointment.start
    ]
    context = appointment_context(request, appointment)
    if request.method == "POST":
        chosen = slots.parse_key(request.POST.get("slot"))
        form = SlotForm(request.POST, slots=free)
        if form.is_valid() and request.POST.get("conferma") != "1":
            # crisis: nothing moves before the person confirms "old -> new"; the old slot stays hers.
            context["new_slot"] = next(s for s in free if s.key == form.cleaned_data["slot"])
            return render(request, "booking/manage_move_confirm.html", context)
        if form.is_valid():
            outcome = services.move(appointment, chosen, now=now)
            if outcome.ok:
                request.session["booking_message"] = "moved"
                return redirect("booking:manage")
            free = [
                s
                for s in slots.free_slots(sportello, now, topic=appointment.topic)
                if s.start != appointment.start
            ]
        day = slots.parse_day(request.POST.get("giorno"))
        if day is None and chosen:
            day = chosen.astimezone(slots.local_zone()).date()
        context.update(slot_context(sportello, free, day))
        day_form = SlotForm(request.POST, slots=context["day_slots"])
        day_form.is_valid()
        context["slot_form"] = day_form
        if chosen and not any(s.key == request.POST.get("slot") for s in free):
            context["taken_meanwhile"] = True
            context["alternatives"] = slots.nearest_free_slots(
                sportello, chosen, now, topic=appointment.topic
            )
        return render(
            request,
            "booking/manage_move.html",
            context,
            status=409 if context.get("taken_meanwhile") else 200,
        )
    context.update(slot_context(sportello, free, slots.parse_day(request.GET.get("giorno"))))
    return render(request, "booking/manage_move.html", context)
