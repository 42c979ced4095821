"""Absurd dates and slot keys (year 0001 or 9999, overflow, garbage) never cause a server error:
every booking and manage view answers "not available" (with free slots) or redisplays the step.

These four requests answered 500 (OverflowError) before: ``slot=9999-12-31T23:30:00Z`` to
``/prenota/quando/``, to ``/prenota/riepilogo/`` and to ``/prenota/gestisci/sposta/``, and
``slot=0001-01-01T00:00:00Z`` to ``/prenota/riepilogo/``.
"""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup

from booking import services, slots
from booking.models import Appointment
from tests.booking.conftest import rome
from tests.booking.test_flow import FIRST, NOW, key, walk_to_summary
from tests.factories.booking import MunicipalityFactory

pytestmark = pytest.mark.django_db

ABSURD_KEYS = [
    "9999-12-31T23:30:00Z",
    "9999-12-31T23:59:59Z",
    "0001-01-01T00:00:00Z",
    "0001-01-01T00:30:00Z",
    "1899-12-31T23:00:00Z",
    "3000-01-01T00:00:00Z",
    "2026-02-30T09:00:00Z",
    "2026-01-06T09:00:00Z\x00",
    "+2026-01-06T09:00:00Z",
    " 2026-01-06T08:00:00Z",
    "2026-01-06T08:00:00+01:00",
    "99999-01-01T00:00:00Z",
]
ABSURD_DAYS = ["9999-12-31", "0001-01-01", "2026-13-01", "20260106", "9" * 40, "-2026-01-06"]


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def municipality(db):
    return MunicipalityFactory(name="Sesto Calende", slug="sesto-calende")


@pytest.fixture
def ready(site_settings, sportello, tuesday_opening, municipality):
    return sportello


def alert(response):
    title = BeautifulSoup(response.content, "html.parser").select_one(".booking-alert-title")
    return title.get_text(strip=True) if title else ""


@pytest.mark.parametrize("value", ABSURD_KEYS)
def test_the_one_parser_refuses_absurd_keys(value):
    assert slots.parse_key(value) is None


@pytest.mark.parametrize("value", ABSURD_DAYS)
def test_the_one_parser_refuses_absurd_days(value):
    assert slots.parse_day(value) is None


def test_find_slot_and_booking_refuse_times_outside_the_window(ready):
    extremes = [
        datetime.datetime.min.replace(tzinfo=datetime.UTC),
        datetime.datetime.max.replace(tzinfo=datetime.UTC),
        datetime.datetime(9999, 12, 31, 23, 30, tzinfo=datetime.UTC),
        None,
        "2026-01-06T08:00:00Z",
        datetime.datetime(2026, 1, 6, 9, 0),  # naive
    ]
    for start in extremes:
        assert slots.find_slot(ready, start, NOW) is None
        outcome = services.book(
            sportello=ready, start=start, topic="altro", name="A", phone="0331000", now=NOW
        )
        assert outcome.status == services.UNAVAILABLE
        assert outcome.alternatives[0].start == FIRST  # the first free slots instead
    assert Appointment.objects.count() == 0


@pytest.mark.parametrize("value", ["9999-12-31T23:30:00Z", "0001-01-01T00:00:00Z", "garbage"])
def test_when_step_with_an_absurd_slot_redisplays_the_times(client, ready, municipality, value):
    walk_to_summary(client, ready, municipality)
    response = client.post("/prenota/quando/", {"slot": value})
    assert response.status_code == 200
    assert "Questo orario non è più libero" in response.content.decode()
    for day in ABSURD_DAYS:
        assert client.post("/prenota/quando/", {"slot": value, "giorno": day}).status_code == 200
        assert client.get("/prenota/quando/", {"giorno": day}).status_code == 200


@pytest.mark.parametrize("value", ["9999-12-31T23:30:00Z", "0001-01-01T00:00:00Z", "9999-99-99T99:99:99Z"])
def test_summary_with_an_absurd_slot_is_not_available_with_alternatives(client, ready, municipality, value):
    walk_to_summary(client, ready, municipality)
    response = client.post("/prenota/riepilogo/", {"slot": value})
    assert response.status_code == 409
    assert alert(response) == "Questo orario non si può prenotare"
    page = BeautifulSoup(response.content, "html.parser")
    offered = [button["value"] for button in page.select(".booking-alternatives button")]
    assert offered and offered[0] == key(FIRST)
    assert Appointment.objects.count() == 0
    # The person picks an offered time and is booked.
    assert client.post("/prenota/riepilogo/", {"slot": offered[0]}).url == "/prenota/fatto/"
    assert Appointment.objects.get().start == FIRST


def test_an_absurd_slot_left_in_an_old_session_asks_to_choose_again(client, ready, municipality):
    walk_to_summary(client, ready, municipality)
    session = client.session
    session["booking_flow"]["slot"] = "9999-12-31T23:30:00Z"
    session.save()
    assert client.get("/prenota/riepilogo/").status_code == 200
    response = client.post("/prenota/riepilogo/")
    assert response.status_code == 409 and alert(response) == "Questo orario non si può prenotare"
    assert client.get("/prenota/riepilogo/").url == "/prenota/quando/"


@pytest.mark.parametrize("value", ["9999-12-31T23:30:00Z", "0001-01-01T00:00:00Z"])
def test_manage_move_with_an_absurd_slot_keeps_the_appointment(client, ready, value):
    outcome = services.book(
        sportello=ready, start=FIRST, topic="altro", name="Anna", phone="0331 000 1234", now=NOW
    )
    client.get(f"/prenota/gestisci/{outcome.token}/")
    response = client.post("/prenota/gestisci/sposta/", {"slot": value})
    assert response.status_code == 200
    assert "Questo orario non è più libero" in response.content.decode()
    for day in ABSURD_DAYS:
        assert client.get("/prenota/gestisci/sposta/", {"giorno": day}).status_code == 200
        assert client.post("/prenota/gestisci/sposta/", {"slot": value, "giorno": day}).status_code == 200
    assert services.move(
        outcome.appointment, datetime.datetime.max.replace(tzinfo=datetime.UTC), now=NOW
    ).status == (services.UNAVAILABLE)
    item = Appointment.objects.get()
    assert (item.start, item.status, item.moved_count) == (FIRST, "confirmed", 0)


def test_a_slot_far_in_the_future_but_well_formed_is_simply_not_available(client, ready, municipality):
    walk_to_summary(client, ready, municipality)
    far = rome(2999, 12, 31, 9, 0)
    response = client.post("/prenota/riepilogo/", {"slot": key(far)})
    assert response.status_code == 409
    assert "Questo orario" in alert(response)
    assert Appointment.objects.count() == 0
