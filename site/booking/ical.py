"""The one iCalendar module: the done page's download, the e-mails' attachment and the private feeds.

One appointment has one UID everywhere (``uid``), so a calendar that saved it from the done page
updates the same event when a "moved" e-mail or a feed brings it again; SEQUENCE rises on every
move and once more on cancel, and a cancelled appointment carries ``STATUS:CANCELLED``.

No citizen name or contact goes into an event: only the reference, the topic and the place.
"""

import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext

from icalendar import Calendar, Event

UTC = datetime.UTC
DEFAULT_DOMAIN = "sportello-abitare"


def uid_domain():
    return getattr(settings, "BOOKING_ICAL_DOMAIN", "") or DEFAULT_DOMAIN


def uid(appointment):
    """The appointment's UID, the same in every calendar file (the reference never changes)."""
    return f"appuntamento-{appointment.reference}@{uid_domain()}"


def sequence(appointment):
    """RFC 5545 SEQUENCE: 0 when booked, +1 on every move, +1 more when cancelled."""
    cancelled = appointment.status == appointment.Status.CANCELLED
    return appointment.moved_count + (1 if cancelled else 0)


def title(appointment, service_name):
    return gettext("Appuntamento {service_name}").format(service_name=service_name)


def location(appointment):
    sportello = appointment.sportello
    if sportello.is_in_person:
        town = f", {sportello.municipality.name}" if sportello.municipality_id else ""
        return f"{sportello.address}{town}"
    return sportello.get_kind_display()


def details(appointment):
    lines = [
        gettext("Codice: {reference}").format(reference=appointment.reference),
        gettext("Argomento: {topic}").format(topic=appointment.topic_label),
    ]
    if not appointment.sportello.is_in_person:
        lines.append(
            f"{appointment.sportello.get_kind_display()}: {appointment.sportello.directions}".strip()
        )
    return "\n".join(lines)


def new_calendar(prodid, **properties):
    calendar = Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for name, value in properties.items():
        calendar.add(name.replace("_", "-"), value)
    return calendar


def event(appointment, *, summary, description, location_text=None, now=None, **extra):
    """One VEVENT for the appointment, with its one UID, SEQUENCE and STATUS."""
    item = Event()
    item.add("uid", uid(appointment))
    item.add("dtstamp", (now or timezone.now()).astimezone(UTC))
    item.add("sequence", sequence(appointment))
    item.add("dtstart", appointment.start.astimezone(UTC))
    item.add("dtend", appointment.end.astimezone(UTC))
    item.add("summary", summary)
    if location_text:
        item.add("location", location_text)
    item.add("description", description)
    item.add("status", "CANCELLED" if appointment.status == appointment.Status.CANCELLED else "CONFIRMED")
    for name, value in extra.items():
        item.add(name.replace("_", "-"), value)
    return item


def citizen_event(appointment, service_name, *, now=None):
    return event(
        appointment,
        summary=title(appointment, service_name),
        description=details(appointment),
        location_text=location(appointment),
        now=now,
    )


def ics_bytes(appointment, service_name, *, now=None):
    """The citizen's .ics (done page, manage page, e-mail attachment)."""
    calendar = new_calendar(f"-//{service_name}//Prenotazioni//IT")
    calendar.add_component(citizen_event(appointment, service_name, now=now))
    return calendar.to_ical()


def _utc(value, fmt):
    return value.astimezone(UTC).strftime(fmt)


def google_url(appointment, service_name):
    query = urlencode(
        {
            "action": "TEMPLATE",
            "text": title(appointment, service_name),
            "dates": f"{_utc(appointment.start, '%Y%m%dT%H%M%SZ')}/{_utc(appointment.end, '%Y%m%dT%H%M%SZ')}",
            "details": details(appointment),
            "location": location(appointment),
        }
    )
    return f"https://calendar.google.com/calendar/render?{query}"


def outlook_url(appointment, service_name):
    query = urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": title(appointment, service_name),
            "startdt": _utc(appointment.start, "%Y-%m-%dT%H:%M:%SZ"),
            "enddt": _utc(appointment.end, "%Y-%m-%dT%H:%M:%SZ"),
            "body": details(appointment),
            "location": location(appointment),
        }
    )
    return f"https://outlook.live.com/calendar/0/deeplink/compose?{query}"
