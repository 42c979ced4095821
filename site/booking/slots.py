"""Free slots, computed from the openings' occurrences; never stored.

free slots = occurrences of the openings in [now + notice, now + horizon] (django-scheduler expands the
rules), cut into slot-length pieces, minus closures (``Closure`` rows and cancelled ``Occurrence``s),
minus seats taken by confirmed appointments.

Time zones: django-scheduler 0.12 expands a rule in the time zone of the ``start`` it is given and
localizes each occurrence with pytz, so we always pass Europe/Rome datetimes: an opening "Tuesday 9:00"
stays 9:00 local time on both sides of a daylight-saving change. Slot pieces are cut in absolute time
(UTC) and shown in local time.

Queries: one for the openings (with events and rules), one for persisted occurrences, one for
closures, one for taken seats, whatever the number of sportelli and days.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from schedule.models import Occurrence

from .models import Appointment, Closure, Opening

UTC = datetime.UTC


def local_zone():
    return ZoneInfo(settings.TIME_ZONE)


@dataclass(frozen=True)
class Slot:
    sportello_id: int
    opening_id: int
    start: datetime.datetime  # aware, local time
    end: datetime.datetime
    capacity: int
    taken: int = 0

    @property
    def free(self):
        return max(self.capacity - self.taken, 0)

    @property
    def key(self):
        """The slot's identity in forms: its start as an ISO string in UTC."""
        return self.start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    @property
    def day(self):
        return self.start.date()


# Slot keys and days outside these years are never bookable: refusing them here keeps every later
# step (time-zone conversion, +/- a minute, +/- the horizon) far from datetime's limits (years 1..9999),
# whatever a client sends. The booking horizon is at most 65535 days (~179 years) from now.
FIRST_YEAR = 2000
LAST_YEAR = 2999


def _in_range(value):
    return FIRST_YEAR <= value.year <= LAST_YEAR


def parse_key(value):
    """The start datetime of a slot key, or None if the value is not a plausible one.

    The one parser for slot keys from clients (flow, manage link, operator screens): malformed,
    non-string or absurd values (year 0001 or 9999) give None, which callers show as "not
    available" with alternatives; never an exception.
    """
    if not isinstance(value, str) or len(value) != len("2026-01-06T08:00:00Z"):
        return None
    try:
        parsed = datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return None
    if not _in_range(parsed):
        return None
    return parsed.replace(tzinfo=UTC)


def parse_day(value):
    """A day from ``?giorno=YYYY-MM-DD``, or None if it is not a plausible one (same range as keys)."""
    if not isinstance(value, str) or len(value) != len("2026-01-06"):
        return None
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        return None
    return day if _in_range(day) else None


def window(sportello, now):
    """The bookable window of a sportello: [now + notice, now + horizon]."""
    return (
        now + datetime.timedelta(hours=sportello.min_notice_hours),
        now + datetime.timedelta(days=sportello.horizon_days),
    )


def compute_slots(sportelli, now, *, topic=None, start=None, end=None, only_free=True):
    """Slots of the given sportelli, as ``{sportello_id: [Slot, ...]}`` sorted by start.

    ``now`` is a parameter (no hidden clock). ``start``/``end`` narrow each sportello's window
    further (e.g. one day). ``topic`` keeps only openings that serve it. ``only_free=False`` keeps
    full slots too (with ``taken == capacity``).
    """
    sportelli = list(sportelli)
    zone = local_zone()
    windows = {}
    for sportello in sportelli:
        w_start, w_end = window(sportello, now)
        if start is not None:
            w_start = max(w_start, start)
        if end is not None:
            w_end = min(w_end, end)
        if w_start < w_end:
            windows[sportello.pk] = (w_start.astimezone(zone), w_end.astimezone(zone))
    result = {sportello.pk: [] for sportello in sportelli}
    if not windows:
        return result
    overall_start = min(w[0] for w in windows.values())
    overall_end = max(w[1] for w in windows.values())

    openings = (
        Opening.objects.filter(sportello_id__in=windows.keys(), event__start__lt=overall_end)
        .filter(
            Q(event__end_recurring_period__isnull=True) | Q(event__end_recurring_period__gte=overall_start)
        )
        .select_related("event", "event__rule")
        .prefetch_related(
            # Persisted occurrences (moved or cancelled) replace the generated ones.
            Prefetch("event__occurrence_set", queryset=Occurrence.objects.select_related("event"))
        )
    )
    closed = _closed_days(windows.keys(), overall_start.date(), overall_end.date())

    pieces = {}  # (sportello_id, start_utc) -> Slot
    for opening in openings:
        if topic and not opening.serves(topic):
            continue
        w_start, w_end = windows[opening.sportello_id]
        length = datetime.timedelta(minutes=opening.slot_minutes)
        # Occurrences that overlap the window, expanded in local time (see the module docstring).
        for occurrence in opening.event.get_occurrences(w_start, w_end, clear_prefetch=False):
            if occurrence.cancelled:
                continue
            piece_start = occurrence.start.astimezone(UTC)
            occurrence_end = occurrence.end.astimezone(UTC)
            while piece_start + length <= occurrence_end:
                local_start = piece_start.astimezone(zone)
                if (
                    w_start <= local_start < w_end
                    and local_start.date() not in closed.get(opening.sportello_id, ())
                    and local_start.date() not in closed.get(None, ())
                ):
                    key = (opening.sportello_id, piece_start)
                    existing = pieces.get(key)
                    # Overlapping openings at the same start do not add up: the larger one counts.
                    if existing is None or existing.capacity < opening.capacity:
                        pieces[key] = Slot(
                            sportello_id=opening.sportello_id,
                            opening_id=opening.pk,
                            start=local_start,
                            end=(piece_start + length).astimezone(zone),
                            capacity=opening.capacity,
                        )
                piece_start += length

    if pieces:
        taken = _taken_seats(windows.keys(), overall_start, overall_end)
        for key, slot in pieces.items():
            count = taken.get(key, 0)
            if count:
                pieces[key] = replace(slot, taken=count)
    for slot in sorted(pieces.values(), key=lambda s: s.start):
        if only_free and slot.free == 0:
            continue
        result[slot.sportello_id].append(slot)
    return result


def _closed_days(sportello_ids, first_day, last_day):
    """{sportello_id or None (all): set of closed local dates} overlapping [first_day, last_day]."""
    closed = defaultdict(set)
    closures = Closure.objects.filter(
        Q(sportello_id__in=list(sportello_ids)) | Q(sportello__isnull=True),
        start_date__lte=last_day,
        end_date__gte=first_day,
    ).values_list("sportello_id", "start_date", "end_date")
    for sportello_id, start_date, end_date in closures:
        day = max(start_date, first_day)
        while day <= min(end_date, last_day):
            closed[sportello_id].add(day)
            day += datetime.timedelta(days=1)
    return closed


def _taken_seats(sportello_ids, start, end):
    rows = (
        Appointment.objects.filter(
            sportello_id__in=list(sportello_ids),
            status=Appointment.Status.CONFIRMED,
            start__gte=start,
            start__lt=end,
        )
        .values("sportello_id", "start")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {(row["sportello_id"], row["start"].astimezone(UTC)): row["n"] for row in rows}


def free_slots(sportello, now, *, topic=None, start=None, end=None):
    """Free slots of one sportello, sorted by start."""
    return compute_slots([sportello], now, topic=topic, start=start, end=end)[sportello.pk]


def first_free_slot(sportello, now, *, topic=None):
    slots = free_slots(sportello, now, topic=topic)
    return slots[0] if slots else None


def find_slot(sportello, slot_start, now, *, topic=None):
    """The slot starting exactly at ``slot_start`` if the sportello offers it now (full or not).

    None for anything else, including a missing, naive or out-of-window ``slot_start``.
    """
    if not isinstance(slot_start, datetime.datetime) or slot_start.tzinfo is None:
        return None
    w_start, w_end = window(sportello, now)
    if not (w_start <= slot_start < w_end):
        return None  # checked before any arithmetic: no overflow near year 1 or 9999
    slot_start = slot_start.astimezone(UTC)
    around = compute_slots(
        [sportello],
        now,
        topic=topic,
        start=slot_start - datetime.timedelta(minutes=1),
        end=slot_start + datetime.timedelta(minutes=1),
        only_free=False,
    )[sportello.pk]
    for slot in around:
        if slot.start == slot_start:
            return slot
    return None


def nearest_free_slots(sportello, around, now, *, topic=None, count=3):
    """The free slots nearest to ``around`` (a slot that was just taken), for "già preso" pages."""
    w_start, w_end = window(sportello, now)
    if not isinstance(around, datetime.datetime) or around.tzinfo is None or not w_start <= around <= w_end:
        around = now  # no usable time (missing, absurd, out of the window): the first free slots
    slots = free_slots(sportello, now, topic=topic)
    slots.sort(key=lambda slot: (abs((slot.start - around).total_seconds()), slot.start))
    return sorted(slots[:count], key=lambda slot: slot.start)


def days_with_free_slots(slots):
    """The local dates that have at least one free slot, in order, with their slots."""
    days = defaultdict(list)
    for slot in slots:
        days[slot.day].append(slot)
    return dict(sorted(days.items()))


def now():
    """The real clock, for views only; domain functions take ``now`` as a parameter."""
    return timezone.now()
