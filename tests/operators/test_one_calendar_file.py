"""One appointment is one calendar event everywhere: the .ics the citizen downloads from the done
page, the .ics attached to the e-mails and the operators' private feeds carry the same UID; a move
raises SEQUENCE, so calendars update the event instead of adding a second one; a cancel says
STATUS:CANCELLED."""

from django.core import mail
from django.core.cache import cache

import icalendar
import pytest
import time_machine

from booking import services
from booking.models import Appointment
from operators import feeds
from tests.booking.conftest import rome
from tests.booking.test_flow import FIRST, NOW, soup, walk_to_summary
from tests.factories.booking import MunicipalityFactory
from tests.factories.booking_operators import operator

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.operators.operators_urls")]


@pytest.fixture(autouse=True)
def clock():
    cache.clear()
    with time_machine.travel(NOW, tick=False):
        yield


def feed_events(client, url):
    return {
        str(item["UID"]): item
        for item in icalendar.Calendar.from_ical(client.get(url).content).walk("VEVENT")
    }


def vevent(ics):
    events = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_done_page_email_and_feed_carry_one_uid_and_a_move_raises_sequence(
    client, site_settings, sportello, tuesday_opening, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    anna = operator(sportello, username="anna", email="anna@ats.example.org")
    municipality = MunicipalityFactory(name="Sesto Calende", slug="sesto-calende")
    walk_to_summary(client, sportello, municipality, email="anna.bianchi@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/prenota/riepilogo/")
    done = client.get("/prenota/fatto/")
    download = client.get(soup(done).select_one("a[download]")["href"])
    appointment = Appointment.objects.get()
    assert appointment.start == FIRST

    from_done_page = vevent(download.content)
    confirmation = next(m for m in mail.outbox if m.to == ["anna.bianchi@example.com"])
    from_email = vevent(confirmation.attachments[0][1])
    feed_url = f"/calendario/{feeds.create_feed(user=anna)}.ics"
    from_feed = feed_events(client, feed_url)

    uid = str(from_done_page["UID"])
    assert str(from_email["UID"]) == uid
    assert uid in from_feed
    assert int(from_done_page["SEQUENCE"]) == int(from_email["SEQUENCE"]) == 0

    # Moved: the "moved" e-mail updates the same event, with a higher SEQUENCE.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.move(appointment, rome(2026, 1, 13, 9, 30), now=NOW).ok
    moved = vevent(mail.outbox[0].attachments[0][1])
    assert str(moved["UID"]) == uid
    assert int(moved["SEQUENCE"]) > int(from_done_page["SEQUENCE"])
    assert moved.decoded("DTSTART") == rome(2026, 1, 13, 9, 30)
    assert int(feed_events(client, feed_url)[uid]["SEQUENCE"]) == int(moved["SEQUENCE"])

    # Cancelled: the e-mail's .ics cancels the same event (higher SEQUENCE again).
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.cancel(appointment, now=NOW, reason="Non serve più").ok
    cancelled = vevent(mail.outbox[0].attachments[0][1])
    assert str(cancelled["UID"]) == uid
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert int(cancelled["SEQUENCE"]) > int(moved["SEQUENCE"])
