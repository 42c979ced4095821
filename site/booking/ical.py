""" "Aggiungi al calendario": an .ics file (``icalendar``) and Google / Outlook web links.

No citizen name or contact goes into the event: only the reference, the topic and the place.
"""

import datetime
from urllib.parse import urlencode

from django.utils.translation import gettext

from icalendar import Calendar, Event

UTC = datetime.UTC


def _title(appointment, service_name):
    return gettext("Appuntamento {service_name}").format(service_name=service_name)


def _location(appointment):
    sportello = appointment.sportello
    if sportello.is_in_person:
        return (
            f"{sportello.address}, {sportello.municipality}" if sportello.municipality else sportello.address
        )
    return sportello.get_kind_display()


def _details(appointment):
    lines = [
        gettext("Codice: {reference}").format(reference=appointment.reference),
        gettext("Argomento: {topic}").format(topic=appointment.topic_label),
    ]
    if not appointment.sportello.is_in_person:
        lines.append(
            f"{appointment.sportello.get_kind_display()}: {appointment.sportello.directions}".strip()
        )
    return "\n".join(lines)


def ics_bytes(appointment, service_name, domain="sportello-abitare.example.org"):
    calendar = Calendar()
    calendar.add("prodid", f"-//{service_name}//Prenotazioni//IT")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{appointment.reference}@{domain}")
    event.add("dtstamp", datetime.datetime.now(UTC))
    event.add("dtstart", appointment.start.astimezone(UTC))
    event.add("dtend", appointment.end.astimezone(UTC))
    event.add("summary", _title(appointment, service_name))
    event.add("location", _location(appointment))
    event.add("description", _details(appointment))
    if appointment.status == appointment.Status.CANCELLED:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    calendar.add_component(event)
    return calendar.to_ical()


def _utc(value, fmt):
    return value.astimezone(UTC).strftime(fmt)


def google_url(appointment, service_name):
    query = urlencode(
        {
            "action": "TEMPLATE",
            "text": _title(appointment, service_name),
            "dates": f"{_utc(appointment.start, '%Y%m%dT%H%M%SZ')}/{_utc(appointment.end, '%Y%m%dT%H%M%SZ')}",
            "details": _details(appointment),
            "location": _location(appointment),
        }
    )
    return f"https://calendar.google.com/calendar/render?{query}"


def outlook_url(appointment, service_name):
    query = urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": _title(appointment, service_name),
            "startdt": _utc(appointment.start, "%Y-%m-%dT%H:%M:%SZ"),
            "enddt": _utc(appointment.end, "%Y-%m-%dT%H:%M:%SZ"),
            "body": _details(appointment),
            "location": _location(appointment),
        }
    )
    return f"https://outlook.live.com/calendar/0/deeplink/compose?{query}"
