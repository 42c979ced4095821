"""Over real HTTP, with parallel clients, against gunicorn (deploy/gunicorn.conf.py) on the test
database — SQLite by default, PostgreSQL with DATABASE_URL:

- a double click on "Conferma" (two simultaneous POSTs with one session) books once, and both land
  on the same confirmation;
- six people... one person in six sessions with the same phone confirming at once get exactly the
  limit of 3 appointments; the others are told why.

The server runs on the real clock, so the opening starts today.
"""

import datetime
import re

from django.utils import timezone

import pytest

from booking import services, slots
from booking.models import Appointment
from tests.booking.integrity_http import Browser, gunicorn, together
from tests.factories.booking import MunicipalityFactory, SportelloFactory, weekly_opening

pytestmark = pytest.mark.django_db(transaction=True)

TOPIC = "sfratto-e-morosita"
ERROR_LOG = "/tmp/sportello-integrity-gunicorn.log"  # noqa: S108 - read when a test fails
REFERENCE = re.compile(r"\b[A-Z0-9]{2}-[A-Z0-9]{4}\b")


@pytest.fixture
def server(transactional_db):
    with gunicorn(workers=3, error_log=ERROR_LOG, log=ERROR_LOG) as running:
        yield running


@pytest.fixture
def desk(site_settings):
    municipality = MunicipalityFactory(name="Sesto Calende", slug="sesto-calende")
    sportello = SportelloFactory(name="Sportello di Sesto Calende", slug="sesto-calende")
    today = timezone.localdate()
    for offset in range(5):  # every weekday from today on, 9:00-12:00, 2 desks
        weekly_opening(sportello, today + datetime.timedelta(days=offset), capacity=2)
    free = slots.free_slots(sportello, timezone.now(), topic=TOPIC)
    assert len(free) >= 6
    return sportello, municipality, free


def walk_to_summary(browser, sportello, municipality, slot, *, name, phone):
    assert browser.get(f"/prenota/?argomento={TOPIC}&sportello={sportello.slug}")[0] == 200
    steps = [
        ("/prenota/", {"topic": TOPIC}, "/prenota/dove/"),
        ("/prenota/dove/", {"sportello": sportello.slug}, "/prenota/quando/"),
        ("/prenota/quando/", {"slot": slot.key}, "/prenota/dati/"),
        (
            "/prenota/dati/",
            {"name": name, "phone": phone, "municipality": municipality.pk},
            "/prenota/riepilogo/",
        ),
    ]
    for path, data, then in steps:
        status, headers, _ = browser.post(path, data)
        assert (status, headers["Location"]) == (302, then), (path, status)
    assert browser.get("/prenota/riepilogo/")[0] == 200


def alert_of(body):
    return re.findall(r'booking-alert-title">([^<]+)', body)


def confirm(browser):
    return lambda: browser.post("/prenota/riepilogo/", {})


@pytest.mark.parametrize("attempt", [1, 2, 3])
def test_a_double_click_on_confirm_books_once_and_shows_one_confirmation(server, desk, attempt):
    sportello, municipality, free = desk
    slot = free[attempt]  # a 2-seat slot: the second click could take the second seat
    browser = Browser(server.port, f"127.0.1.{attempt}")
    walk_to_summary(
        browser, sportello, municipality, slot, name="Anna Bianchi", phone=f"0331 000 100{attempt}"
    )

    first, second = together([confirm(browser), confirm(browser)])

    for status, headers, body in (first, second):
        assert (status, headers["Location"]) == (302, "/prenota/fatto/"), alert_of(body)
    booked = Appointment.objects.filter(start=slot.start)
    assert booked.count() == 1
    # Both tabs (one session) show the same confirmation: same reference, same manage link.
    pages = [browser.get("/prenota/fatto/") for _ in range(2)]
    for status, _, body in pages:
        assert status == 200
        assert booked.get().reference in body
    links = [re.findall(r"/prenota/gestisci/[A-Za-z0-9_-]{20,}/", body) for _, _, body in pages]
    assert links[0] and links[0] == links[1]
    # Back and "Conferma" again: still the same confirmation, no second appointment.
    status, headers, _ = browser.post("/prenota/riepilogo/", {})
    assert (status, headers["Location"]) == (302, "/prenota/fatto/")
    assert Appointment.objects.count() == 1


def test_six_sessions_with_one_phone_get_exactly_the_limit(server, desk):
    sportello, municipality, free = desk
    browsers = [Browser(server.port, f"127.0.2.{i + 1}") for i in range(6)]
    for browser, slot in zip(browsers, free, strict=False):
        walk_to_summary(browser, sportello, municipality, slot, name="Luca Verdi", phone="333 123 4567")

    results = together([confirm(browser) for browser in browsers])

    assert not [r for r in results if isinstance(r, Exception)], results
    booked = [r for r in results if r[0] == 302 and r[1]["Location"] == "/prenota/fatto/"]
    refused = [r for r in results if r[0] == 200 and "Hai già 3 appuntamenti" in r[2]]
    assert (len(booked), len(refused)) == (3, 3), [(r[0], alert_of(r[2])) for r in results]
    assert Appointment.objects.filter(phone="3331234567", status="confirmed").count() == 3
    assert services.MAX_FUTURE_APPOINTMENTS_PER_CONTACT == 3
