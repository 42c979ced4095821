import datetime

import pytest

from booking import services
from booking.models import Appointment, Closure
from booking.slots import compute_slots, days_with_free_slots, find_slot, first_free_slot, free_slots
from tests.booking.conftest import rome
from tests.factories.booking import SportelloFactory, appointment, weekly_opening

pytestmark = pytest.mark.django_db


def local_times(slots):
    return [(slot.start.date().isoformat(), slot.start.strftime("%H:%M")) for slot in slots]


def test_an_opening_is_cut_into_slots_of_its_length(sportello, tuesday_opening):
    now = rome(2026, 1, 1, 10, 0)
    slots = free_slots(sportello, now, end=rome(2026, 1, 7))
    assert local_times(slots) == [
        ("2026-01-06", t) for t in ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30"]
    ]
    assert all(slot.capacity == 2 and slot.free == 2 for slot in slots)
    assert slots[0].end - slots[0].start == datetime.timedelta(minutes=30)


def test_slot_that_does_not_fit_the_opening_is_not_offered(sportello):
    weekly_opening(sportello, datetime.date(2026, 1, 6), start="09:00", end="10:45", slot_minutes=30)
    slots = free_slots(sportello, rome(2026, 1, 1), end=rome(2026, 1, 7))
    assert [slot.start.strftime("%H:%M") for slot in slots] == ["09:00", "09:30", "10:00"]


@pytest.mark.parametrize(
    ("first_day", "change_day"),
    [
        # Spring forward: Sunday 29 March 2026, 2:00 -> 3:00.
        (datetime.date(2026, 3, 22), datetime.date(2026, 3, 29)),
        # Fall back: Sunday 25 October 2026, 3:00 -> 2:00.
        (datetime.date(2026, 10, 18), datetime.date(2026, 10, 25)),
    ],
)
def test_local_times_stay_the_same_across_daylight_saving_changes(sportello, first_day, change_day):
    # A Sunday opening (on the change day itself) and a Monday one (the day after).
    weekly_opening(sportello, first_day, start="09:00", end="10:00", slot_minutes=30)
    weekly_opening(
        sportello, first_day + datetime.timedelta(days=1), start="09:00", end="10:00", slot_minutes=30
    )
    now = rome(first_day.year, first_day.month, first_day.day - 3, 12, 0)
    slots = free_slots(sportello, now, end=rome(change_day.year, change_day.month, change_day.day + 2))
    assert local_times(slots) == [
        (day.isoformat(), time)
        for day in [
            first_day,
            first_day + datetime.timedelta(days=1),
            change_day,
            change_day + datetime.timedelta(days=1),
        ]
        for time in ["09:00", "09:30"]
    ]
    # The UTC offset changes, the wall-clock time does not.
    before, after = slots[0], slots[-1]
    assert before.start.utcoffset() != after.start.utcoffset()
    assert all((slot.end - slot.start) == datetime.timedelta(minutes=30) for slot in slots)


def test_an_opening_across_the_night_of_the_change_keeps_real_durations(sportello):
    # 1:00-4:00 on the night of 29 March 2026 lasts two real hours: 1:00, 1:30, 3:00, 3:30.
    weekly_opening(sportello, datetime.date(2026, 3, 29), start="01:00", end="04:00", slot_minutes=30)
    slots = free_slots(sportello, rome(2026, 3, 20), end=rome(2026, 3, 30))
    assert [slot.start.strftime("%H:%M") for slot in slots] == ["01:00", "01:30", "03:00", "03:30"]


def test_minimum_notice_and_horizon(sportello, tuesday_opening):
    sportello.min_notice_hours = 24
    sportello.horizon_days = 14
    sportello.save()
    now = rome(2026, 1, 5, 10, 15)  # Monday: Tuesday 9:00-10:00 is less than 24 hours away
    slots = free_slots(sportello, now)
    assert local_times(slots)[:2] == [("2026-01-06", "10:30"), ("2026-01-06", "11:00")]
    # 14 days ahead (until Monday 19 January 10:15): two Tuesdays.
    assert sorted({slot.day.isoformat() for slot in slots}) == ["2026-01-06", "2026-01-13"]


def test_horizon_end_cuts_within_a_day(sportello, tuesday_opening):
    sportello.min_notice_hours = 0
    sportello.horizon_days = 7
    sportello.save()
    now = rome(2026, 1, 6, 10, 0)  # Tuesday 10:00: next Tuesday until 10:00 is bookable
    slots = free_slots(sportello, now)
    assert local_times(slots) == [
        ("2026-01-06", "10:00"),
        ("2026-01-06", "10:30"),
        ("2026-01-06", "11:00"),
        ("2026-01-06", "11:30"),
        ("2026-01-13", "09:00"),
        ("2026-01-13", "09:30"),
    ]


def test_closure_of_a_day_and_of_a_period(sportello, tuesday_opening):
    now = rome(2026, 1, 1)
    Closure.objects.create(
        sportello=sportello, start_date=datetime.date(2026, 1, 13), end_date=datetime.date(2026, 1, 13)
    )
    Closure.objects.create(
        sportello=None,
        start_date=datetime.date(2026, 1, 25),
        end_date=datetime.date(2026, 2, 8),
        reason="Ferie",
    )
    other = SportelloFactory()
    Closure.objects.create(
        sportello=other, start_date=datetime.date(2026, 1, 20), end_date=datetime.date(2026, 1, 20)
    )
    days = days_with_free_slots(free_slots(sportello, now, end=rome(2026, 2, 15)))
    assert [day.isoformat() for day in days] == ["2026-01-06", "2026-01-20", "2026-02-10"]


def test_cancelled_occurrence_is_a_closure(sportello, tuesday_opening):
    now = rome(2026, 1, 1)
    occurrence = tuesday_opening.event.get_occurrence(rome(2026, 1, 13, 9, 0))
    occurrence.cancel()
    days = days_with_free_slots(free_slots(sportello, now, end=rome(2026, 1, 21)))
    assert [day.isoformat() for day in days] == ["2026-01-06", "2026-01-20"]


def test_capacity_and_cancelled_appointments_free_seats(sportello, tuesday_opening):
    now = rome(2026, 1, 1)
    first = free_slots(sportello, now)[0]
    appointment(sportello, first, seat=0)
    assert free_slots(sportello, now)[0].free == 1
    second = appointment(sportello, first, seat=1, phone="03310009999")
    assert free_slots(sportello, now)[0].start == rome(2026, 1, 6, 9, 30)
    assert find_slot(sportello, first.start, now).free == 0
    services.cancel(second, now=now)
    assert Appointment.objects.get(pk=second.pk).status == "cancelled"
    slot = free_slots(sportello, now)[0]
    assert slot.start == first.start and slot.free == 1


def test_topics_served_and_every_two_weeks(sportello):
    weekly_opening(sportello, datetime.date(2026, 1, 7), every_weeks=2, topics=["cercare-casa"])
    now = rome(2026, 1, 1)
    assert free_slots(sportello, now, topic="sfratto-e-morosita") == []
    days = days_with_free_slots(free_slots(sportello, now, topic="cercare-casa", end=rome(2026, 2, 10)))
    assert [day.isoformat() for day in days] == ["2026-01-07", "2026-01-21", "2026-02-04"]
    # "Altro" is served by every opening.
    assert first_free_slot(sportello, now, topic="altro").start == rome(2026, 1, 7, 9, 0)


def test_opening_validity_period_ends(sportello):
    weekly_opening(sportello, datetime.date(2026, 1, 6), last_day=datetime.date(2026, 1, 13))
    days = days_with_free_slots(free_slots(sportello, rome(2026, 1, 1)))
    assert [day.isoformat() for day in days] == ["2026-01-06", "2026-01-13"]


def test_many_sportelli_in_a_constant_number_of_queries(django_assert_max_num_queries):
    sportelli = [SportelloFactory() for _ in range(5)]
    for sportello in sportelli:
        weekly_opening(sportello, datetime.date(2026, 1, 6))
        weekly_opening(sportello, datetime.date(2026, 1, 8), every_weeks=2)
    now = rome(2026, 1, 1)
    first = free_slots(sportelli[0], now)[0]
    appointment(sportelli[0], first)
    with django_assert_max_num_queries(4):
        result = compute_slots(sportelli, now)
    assert all(len(slots) > 40 for slots in result.values())
    # The taken 9:00 slot is gone for the first sportello only.
    assert result[sportelli[0].pk][0].start == rome(2026, 1, 6, 9, 30)
    assert result[sportelli[1].pk][0].start == rome(2026, 1, 6, 9, 0)
