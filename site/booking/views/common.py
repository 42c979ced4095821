"""What the flow and the manage pages share: rate limits, the page an appointment came from, the
appointment's page context and its .ics download, the plain 404."""

from django.http import HttpResponse
from django.shortcuts import render

from wagtail.models import Page

from core import ratelimit
from core.models import SiteSettings
from core.topics import what_to_bring

from .. import ical, slots
from ..forms import SlotForm

# Rate limits (per hashed IP address, in the cache).
BOOKINGS_PER_IP_PER_HOUR = 10
MANAGE_LINKS_PER_IP_PER_HOUR = 30


def over_limit(request, scope, limit):
    """Count one attempt; True when the client went over ``limit`` in the last hour."""
    return ratelimit.hit(f"booking-{scope}", ratelimit.client_address(request), limit=limit)


def too_many_requests(request):
    return render(request, "booking/too_many.html", status=429)


def page_or_none(pk):
    try:
        return Page.objects.live().get(pk=int(pk))
    except (TypeError, ValueError, Page.DoesNotExist):
        return None


def appointment_context(request, appointment):
    site_settings = SiteSettings.for_request(request)
    service = site_settings.service_name
    return {
        "appointment": appointment,
        "sportello": appointment.sportello,
        "bring": what_to_bring(appointment.topic, appointment.sportello),
        "google_url": ical.google_url(appointment, service),
        "outlook_url": ical.outlook_url(appointment, service),
        "site_settings": site_settings,
    }


def ics_response(request, appointment):
    service = SiteSettings.for_request(request).service_name
    response = HttpResponse(
        ical.ics_bytes(appointment, service),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="appuntamento-{appointment.reference}.ics"'
    return response


def not_found(request, template="404.html"):
    return render(request, template, status=404)


def slot_context(sportello, free, selected_day, form=None):
    """The "Quando" screen: the first free slot, the days with free slots, the times of one day."""
    days = slots.days_with_free_slots(free)
    day_slots = days.get(selected_day, []) if selected_day else []
    return {
        "sportello": sportello,
        "first_free": free[0] if free else None,
        "days": list(days.keys()),
        "selected_day": selected_day if day_slots else None,
        "day_slots": day_slots,
        "slot_form": form or SlotForm(slots=day_slots),
    }
