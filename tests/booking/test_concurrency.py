"""Never double-booked: many people at once on one slot, each thread with its own connection.

Runs on whatever database the suite uses (SQLite by default, PostgreSQL with DATABASE_URL).
"""

import datetime
import threading
import time

from django.db import connections

import pytest

from booking import services, slots
from booking.models import Appointment
from tests.booking.conftest import rome
from tests.factories.booking import SportelloFactory, weekly_opening

pytestmark = pytest.mark.django_db(transaction=True)

NOW = rome(2026, 1, 1, 10, 0)
THREADS = 20
ROUNDS = 5


def race(attempt, n=THREADS):
    """Run ``attempt(i)`` in ``n`` threads released together; returns (statuses, errors)."""
    barrier = threading.Barrier(n)
    statuses, errors = [], []
    lock = threading.Lock()

    def worker(i):
        try:
            barrier.wait()
            status = attempt(i)
            with lock:
                statuses.append(status)
        except Exception as error:  # every exception is a failure the harness must report
            with lock:
                errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return statuses, errors


def booking_attempt(sportello, start, round_number):
    def attempt(i):
        outcome = services.book(
            sportello=sportello,
            start=start,
            topic="sfratto-e-morosita",
            name=f"Persona {i}",
            phone=f"0331 {round_number:03d} {i:04d}",
            now=NOW,
        )
        if outcome.status == services.TAKEN:
            # The loser is told and offered other free slots, never the one just taken.
            assert outcome.alternatives and all(slot.start != start for slot in outcome.alternatives)
        return outcome.status

    return attempt


def slot_starts(sportello, count):
    return [slot.start for slot in slots.free_slots(sportello, NOW)[:count]]


@pytest.mark.parametrize("capacity", [1, 2])
def test_parallel_bookings_fill_exactly_the_capacity(capacity):
    sportello = SportelloFactory()
    weekly_opening(sportello, datetime.date(2026, 1, 6), capacity=capacity)
    for round_number, start in enumerate(slot_starts(sportello, ROUNDS)):
        statuses, errors = race(booking_attempt(sportello, start, round_number))
        assert errors == []
        assert statuses.count(services.OK) == capacity
        assert statuses.count(services.TAKEN) == THREADS - capacity
        confirmed = Appointment.objects.filter(sportello=sportello, start=start, status="confirmed")
        assert sorted(confirmed.values_list("seat", flat=True)) == list(range(capacity))


def naive_attempt(sportello, start, capacity, seat_of):
    """Check-then-insert without a retry: what the service would be without its guard."""

    def attempt(i):
        taken = Appointment.objects.filter(sportello=sportello, start=start, status="confirmed").count()
        if taken >= capacity:
            return services.TAKEN
        time.sleep(0.05)  # a request doing some work between the check and the insert
        item = Appointment(
            sportello=sportello,
            start=start,
            end=start + datetime.timedelta(minutes=30),
            seat=seat_of(i, taken),
            topic="altro",
            channel="presenza",
            name=f"Persona {i}",
            phone=f"0331 999 {i:04d}",
        )
        item.set_manage_token()
        item.save()
        return services.OK

    return attempt


@pytest.mark.parametrize(
    ("seat_of", "expected"),
    [
        # Seats chosen from the count: the constraint refuses the duplicates -> server errors.
        (lambda i, taken: taken, "errors"),
        # Each request thinks it has its own seat: nothing refuses them -> overbooking.
        (lambda i, taken: i, "overbooking"),
    ],
    ids=["errors", "overbooking"],
)
def test_the_harness_catches_a_naive_check_then_insert(seat_of, expected):
    sportello = SportelloFactory()
    weekly_opening(sportello, datetime.date(2026, 1, 6), capacity=1)
    start = slot_starts(sportello, 1)[0]
    statuses, errors = race(naive_attempt(sportello, start, 1, seat_of))
    healthy = errors == [] and statuses.count(services.OK) == 1
    assert not healthy
    if expected == "errors":
        assert errors and all("IntegrityError" in error for error in errors)
    else:
        assert statuses.count(services.OK) > 1
        assert Appointment.objects.filter(start=start, status="confirmed").count() > 1


def test_parallel_moves_into_one_free_seat():
    sportello = SportelloFactory()
    weekly_opening(sportello, datetime.date(2026, 1, 6), capacity=1)
    target, *others = slot_starts(sportello, 6)
    movers = []
    for i, start in enumerate(others):
        outcome = services.book(
            sportello=sportello, start=start, topic="altro", name=f"P{i}", phone=f"0331 555 {i:04d}", now=NOW
        )
        movers.append(outcome.appointment)

    def attempt(i):
        return services.move(Appointment.objects.get(pk=movers[i].pk), target, now=NOW).status

    statuses, errors = race(attempt, n=len(movers))
    assert errors == []
    assert statuses.count(services.OK) == 1
    assert Appointment.objects.filter(start=target, status="confirmed").count() == 1
    # The losers kept their old slot: nobody lost a seat.
    assert Appointment.objects.filter(status="confirmed").count() == len(movers)
