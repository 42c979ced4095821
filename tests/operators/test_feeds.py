"""Operators' calendars and private iCalendar feeds: valid iCalendar, moves and cancellations show,
no personal data, secret revocable URLs stored hashed."""

import base64

from django.urls import reverse

import pytest
from icalendar import Calendar as ICalendar

from booking import ical, services
from booking.models import Appointment
from operators import calendars, feeds
from operators.models import CalendarEntry, CalendarFeed
from tests.booking.operators_fixtures import *  # noqa: F403 - fixtures
from tests.booking.operators_fixtures import LAST_WEEK
from tests.factories.booking_operators import book, rome

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.operators.operators_urls")]


def events_of(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    parsed = ICalendar.from_ical(response.content)
    return {str(event["UID"]): event for event in parsed.walk("VEVENT")}


def test_confirmed_appointments_are_events_in_operator_and_sportello_calendars(agenda, operator_a):
    a1 = agenda["a1"]
    assert a1.assigned_operator == operator_a  # the only operator of the sportello takes it
    entries = {entry.role: entry.event for entry in CalendarEntry.objects.filter(appointment=a1)}
    assert entries["operator"].calendar == calendars.operator_calendar(operator_a)
    assert entries["sportello"].calendar == a1.sportello.calendar
    assert a1.operator_event == entries["operator"]
    assert entries["operator"].start == a1.start
    assert a1.reference in entries["operator"].title
    assert "Maria" not in entries["operator"].title + entries["operator"].description


def test_operator_feed_follows_bookings_moves_and_cancellations(
    clock, client, agenda, operator_a, sportello_a, django_capture_on_commit_callbacks
):
    token = feeds.create_feed(user=operator_a)
    url = reverse("booking_feeds:feed", args=[token])
    assert url == f"/calendario/{token}.ics"
    events = events_of(client.get(url))
    mine = {ical.uid(agenda[key]) for key in ("a1", "a2", "f1", "f2")}
    assert set(events) == mine  # B's appointment is not in Anna's feed
    body = client.get(url).content.decode()
    for personal in ("Maria", "Bianchi", "maria.bianchi", "0331", "Luca"):
        assert personal not in body
    a1 = agenda["a1"]
    uid = f"appuntamento-{a1.reference}@sportello-abitare"  # the same UID as the citizen's .ics
    assert str(events[uid]["SUMMARY"]).startswith(a1.reference)
    assert f"/admin/sportelli/appuntamenti/{a1.pk}/" in str(events[uid]["URL"])

    # A new booking shows up.
    with django_capture_on_commit_callbacks(execute=True):
        new = book(
            sportello_a, rome(2026, 3, 10, 11, 0), now=LAST_WEEK, email="nuovo@example.com", phone="0331 9"
        ).appointment
    assert ical.uid(new) in events_of(client.get(url))

    # Moved: same UID, new time, higher SEQUENCE.
    with django_capture_on_commit_callbacks(execute=True):
        assert services.move(a1, rome(2026, 3, 10, 9, 30), now=LAST_WEEK).ok
    moved = events_of(client.get(url))[uid]
    assert moved.decoded("DTSTART") == rome(2026, 3, 10, 9, 30)
    assert int(moved["SEQUENCE"]) == 1

    # Cancelled: gone from the feed (and from the calendars).
    with django_capture_on_commit_callbacks(execute=True):
        assert services.cancel(a1, now=LAST_WEEK).ok
    assert uid not in events_of(client.get(url))
    assert not CalendarEntry.objects.filter(appointment=a1).exists()


def test_sportello_feed_and_reassignment(clock, client, agenda, sportello_a, operator_a, operator_b):
    other = operator_a.__class__.objects.create(username="altro", email="altro@example.org")
    sportello_a.operators.add(other)
    token = feeds.create_feed(sportello=sportello_a)
    url = reverse("booking_feeds:feed", args=[token])
    events = events_of(client.get(url))
    assert len(events) == 4
    a2 = agenda["a2"]
    assert "URGENTE" in str(events[ical.uid(a2)]["SUMMARY"])
    # Reassigned: the event moves to the other operator's calendar.
    Appointment.objects.filter(pk=a2.pk).update(assigned_operator=other)
    calendars.sync(a2)
    entry = CalendarEntry.objects.get(appointment=a2, role="operator")
    assert entry.event.calendar == calendars.operator_calendar(other)


def test_feed_tokens_are_hashed_secret_and_revocable(clock, client, agenda, operator_a):
    old = feeds.create_feed(user=operator_a)
    stored = CalendarFeed.objects.get(user=operator_a)
    assert stored.token_hash != old and old not in stored.token_hash
    assert len(old) >= 40
    new = feeds.create_feed(user=operator_a)  # regenerate: the old link stops working
    assert client.get(reverse("booking_feeds:feed", args=[old])).status_code == 404
    assert client.get(reverse("booking_feeds:feed", args=[new])).status_code == 200
    assert client.get(reverse("booking_feeds:feed", args=["x" * 43])).status_code == 404
    response = client.get(reverse("booking_feeds:feed", args=[new]))
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    feeds.revoke_feed(user=operator_a)
    assert client.get(reverse("booking_feeds:feed", args=[new])).status_code == 404


def test_feeds_page_shows_the_url_once_and_regenerates(clock, client, agenda, operator_a, sportello_b):
    client.force_login(operator_a)
    page = reverse("booking_operators:feeds")
    assert client.get(page).status_code == 200
    response = client.post(page, {"for": "me", "action": "create"})
    assert response.status_code == 200
    url = response.context["new_url"]
    assert "/calendario/" in url and url.endswith(".ics")
    assert url in response.content.decode()
    assert url not in client.get(page).content.decode()  # shown once
    token = url.rsplit("/", 1)[1].removesuffix(".ics")
    assert client.get(f"/calendario/{token}.ics").status_code == 200
    # Another sportello's feed cannot be created by an operator who does not serve it.
    assert client.post(page, {"for": str(sportello_b.pk), "action": "create"}).status_code == 404


def _basic(user_pass):
    return "Basic " + base64.b64encode(user_pass.encode()).decode()
