"""Benchmark of the slot computation (booking.slots): run with `.venv/bin/python bench/slots.py`.

Builds a throwaway database (SQLite in a temporary folder unless DATABASE_URL is set, in which case
Django's test database "test_<name>" is created and dropped), then times:
- 20 sportelli x 180 days (2 openings a week each, 30-minute slots, 2 desks, ~20% seats taken);
- 100 sportelli x 365 days;
- one sportello x 60 days (what a booking page computes).
Prints the best of a few runs and the number of queries. No assertion: numbers are for people.
"""

import datetime
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SPORTELLO_VAR_DIR", tempfile.mkdtemp(prefix="bench-slots-"))

import django  # noqa: E402

django.setup()

from zoneinfo import ZoneInfo  # noqa: E402

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402


def build(count, horizon_days, first_day):
    from booking import slots
    from booking.models import Appointment, Closure, Sportello
    from core.models import Municipality
    from operators import services as opening_services

    municipality, _ = Municipality.objects.get_or_create(slug="bench", defaults={"name": "Bench"})
    sportelli = []
    for i in range(count):
        sportello = Sportello.objects.create(
            name=f"Bench {horizon_days} {i}",
            slug=f"bench-{horizon_days}-{i}",
            municipality=municipality,
            address="Via Roma 1",
            min_notice_hours=24,
            horizon_days=horizon_days,
        )
        for weekday, every in ((1, 1), (3, 2)):
            opening_services.create_weekly_opening(
                sportello,
                first_day=first_day + datetime.timedelta(days=weekday),
                last_day=first_day + datetime.timedelta(days=horizon_days + 30),
                start_time=datetime.time(9),
                end_time=datetime.time(12, 30),
                every_weeks=every,
                slot_minutes=30,
                capacity=2,
            )
        Closure.objects.create(
            sportello=sportello,
            start_date=first_day + datetime.timedelta(days=40),
            end_date=first_day + datetime.timedelta(days=47),
        )
        sportelli.append(sportello)
    now = datetime.datetime.combine(first_day, datetime.time(8), tzinfo=ZoneInfo("Europe/Rome"))
    taken = []
    offset = Appointment.objects.count()
    for sportello, free in slots.compute_slots(sportelli, now).items():
        for n, slot in enumerate(free):
            if n % 5 == 0:
                item = Appointment(
                    sportello_id=sportello,
                    start=slot.start,
                    end=slot.end,
                    seat=0,
                    topic="altro",
                    channel="presenza",
                    name="Bench",
                    phone=f"0331000{n:04d}",
                    # Sequential references: random ones collide (birthday paradox) across
                    # tens of thousands of bulk-created rows, which services.book() would retry.
                    reference=f"B{offset + len(taken):06d}",
                )
                item.set_manage_token()
                taken.append(item)
    Appointment.objects.bulk_create(taken, batch_size=1000)
    return sportelli, now, len(taken)


def timed(label, function, runs=3):
    best = None
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            result = function()
            elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    total = sum(len(v) for v in result.values()) if isinstance(result, dict) else len(result)
    print(
        f"{label:<42} {best * 1000:8.1f} ms  {len(queries.captured_queries):3d} queries"
        f"  {total:7d} free slots"
    )


def main():
    from booking import slots

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        first_day = datetime.date(2026, 3, 2)  # a Monday, with the DST change inside every window
        print(f"database: {connection.vendor}")
        s20, now, n20 = build(20, 180, first_day)
        print(f"20 sportelli x 180 days: {n20} appointments")
        timed("20 sportelli x 180 days (all at once)", lambda: slots.compute_slots(s20, now))
        timed("1 sportello x 180 days", lambda: slots.free_slots(s20[0], now))
        timed(
            "1 sportello, one slot (find_slot)",
            lambda: [slots.find_slot(s20[0], now + datetime.timedelta(days=8, hours=1), now)],
        )
        s100, now, n100 = build(100, 365, first_day)
        print(f"100 sportelli x 365 days: {n100} appointments")
        timed("100 sportelli x 365 days (all at once)", lambda: slots.compute_slots(s100, now), runs=2)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
