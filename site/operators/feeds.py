"""Private iCalendar feeds of operators' and sportelli's calendars, at secret, revocable URLs.

The URL holds a random token (256 bits); only its SHA-256 is stored (``CalendarFeed.token_hash``), so
the full URL is shown once, when it is created; a new one revokes the old. The feed is built from the
calendar ``Event``s that ``operators.calendars`` keeps in step with the appointments, through
``booking.ical``: an appointment has the same UID as in the citizen's .ics, a moved one keeps it with
a higher SEQUENCE, a cancelled one disappears. No citizen name or
contact is ever in a feed.
"""

import datetime
import secrets

from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from booking import ical

from . import calendars
from .models import CalendarEntry, CalendarFeed

PAST = datetime.timedelta(days=31)
FUTURE = datetime.timedelta(days=366)


def new_token():
    return secrets.token_urlsafe(32)


def create_feed(*, user=None, sportello=None, by=None):
    """A new secret URL for the operator's or the sportello's calendar; the previous one stops working.
    Returns the raw token (shown once)."""
    token = new_token()
    owner = {"user": user} if user is not None else {"sportello": sportello}
    CalendarFeed.objects.update_or_create(
        **owner, defaults={"token_hash": CalendarFeed.hash(token), "created_by": by, "last_used_at": None}
    )
    return token


def revoke_feed(*, user=None, sportello=None):
    owner = {"user": user} if user is not None else {"sportello": sportello}
    CalendarFeed.objects.filter(**owner).delete()


def feed_url(token):
    base = getattr(settings, "BOOKING_PUBLIC_BASE_URL", "") or getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    try:
        path = reverse("booking_feeds:feed", args=[token])
    except NoReverseMatch:  # not mounted (yet): the documented prefix
        path = f"/calendario/{token}.ics"
    return base.rstrip("/") + path


def _entries(feed, now):
    entries = CalendarEntry.objects.select_related("event", "appointment").filter(
        event__start__gte=now - PAST, event__start__lt=now + FUTURE
    )
    if feed.user_id:
        entries = entries.filter(
            role=CalendarEntry.Role.OPERATOR, appointment__assigned_operator_id=feed.user_id
        )
    else:
        entries = entries.filter(
            role=CalendarEntry.Role.SPORTELLO, appointment__sportello_id=feed.sportello_id
        )
    return entries.order_by("event__start")


def build(feed, *, now=None):
    now = now or timezone.now()
    name = f"Sportello {feed.sportello.name}" if feed.sportello_id else "I miei appuntamenti allo sportello"
    calendar = ical.new_calendar(
        "-//Servizio Abitare//Agenda sportelli//IT", x_wr_calname=name, x_wr_timezone=settings.TIME_ZONE
    )
    calendar.add("refresh-interval", datetime.timedelta(minutes=30), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT30M")
    for entry in _entries(feed, now):
        event, appointment = entry.event, entry.appointment
        item = ical.event(
            appointment,
            summary=event.title,
            description=event.description,
            now=now,
            last_modified=event.updated_on or now,
            transp="OPAQUE",
            url=calendars.admin_url(appointment),
        )
        calendar.add_component(item)
    return calendar.to_ical()


@never_cache
@require_GET
def feed(request, token):
    feed = (
        CalendarFeed.objects.select_related("sportello").filter(token_hash=CalendarFeed.hash(token)).first()
    )
    if feed is None:
        raise Http404
    CalendarFeed.objects.filter(pk=feed.pk).update(last_used_at=timezone.now())
    response = HttpResponse(build(feed), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="appuntamenti.ics"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response
