"""Demo sportelli, openings for the next 3 months, a holiday closure and a few appointments.

Idempotent: what exists is left as it is (running it twice changes nothing). All data is
fictitious: example.org e-mails, 0331 000 xxxx numbers.
"""

import datetime

from django.utils import timezone

from core.models import Municipality

from . import services, slots
from .models import Appointment, Closure, Opening, Sportello

MONTHS_AHEAD_DAYS = 92

SPORTELLI = [
    {
        "slug": "sesto-calende",
        "name": "Sportello Abitare di Sesto Calende",
        "kind": "presenza",
        "municipality": "sesto-calende",
        "address": "Piazza Municipio 1",
        "directions": "In centro, a 5 minuti a piedi dalla stazione. Primo piano, stanza 12.",
        "accessibility": "Ingresso senza gradini, ascensore, bagno accessibile.",
        "sort_order": 1,
        # (weekday, start, end, every_weeks, slot minutes, desks)
        "openings": [(1, "09:00", "12:30", 1, 30, 2), (3, "09:00", "12:30", 1, 30, 2)],
    },
    {
        "slug": "angera",
        "name": "Sportello itinerante di Angera",
        "kind": "presenza",
        "municipality": "angera",
        "address": "Municipio, Piazza Garibaldi 10",
        "directions": "Sala al piano terra del Municipio.",
        "accessibility": "Ingresso senza gradini.",
        "sort_order": 2,
        "openings": [(2, "09:00", "12:00", 2, 30, 1)],
    },
    {
        "slug": "vergiate",
        "name": "Sportello itinerante di Vergiate",
        "kind": "presenza",
        "municipality": "vergiate",
        "address": "Biblioteca comunale, Via Cavour 20",
        "directions": "Dentro la biblioteca, chiedi al banco.",
        "accessibility": "Rampa all'ingresso laterale.",
        "sort_order": 3,
        "openings": [(4, "09:00", "12:00", 2, 30, 1)],
    },
    {
        "slug": "telefono",
        "name": "Colloquio al telefono",
        "kind": "telefono",
        "municipality": None,
        "address": "",
        "directions": "Ti chiamiamo noi al numero che ci dai, all'ora dell'appuntamento.",
        "accessibility": "",
        "sort_order": 4,
        "openings": [(0, "14:00", "17:00", 1, 30, 1)],
    },
]

# Fixed public holidays in Italy (month, day).
HOLIDAYS = [(1, 1), (1, 6), (4, 25), (5, 1), (6, 2), (8, 15), (11, 1), (12, 8), (12, 25), (12, 26)]

APPOINTMENTS = [
    ("sesto-calende", "sfratto-e-morosita", "Giulia Esempio", "0331 000 1001", "giulia@example.org", True),
    ("sesto-calende", "bonus-e-contributi", "Marco Prova", "0331 000 1002", "", False),
    ("angera", "cercare-casa", "Fatima Demo", "", "fatima@example.org", False),
    ("telefono", "contratti-e-affitto", "Luca Fittizio", "0331 000 1004", "", False),
]


def next_weekday(day, weekday):
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def next_holiday(today):
    for year in (today.year, today.year + 1):
        for month, day in HOLIDAYS:
            date = datetime.date(year, month, day)
            if date > today:
                return date
    return today


def load(command):
    today = timezone.localdate()
    last_day = today + datetime.timedelta(days=MONTHS_AHEAD_DAYS)
    for spec in SPORTELLI:
        municipality = (
            Municipality.objects.filter(slug=spec["municipality"]).first() if spec["municipality"] else None
        )
        sportello = Sportello.objects.filter(slug=spec["slug"]).first()
        if sportello is None:
            sportello = Sportello.objects.create(
                slug=spec["slug"],
                name=spec["name"],
                kind=spec["kind"],
                municipality=municipality,
                address=spec["address"],
                directions=spec["directions"],
                accessibility=spec["accessibility"],
                sort_order=spec["sort_order"],
            )
        if not Opening.objects.filter(sportello=sportello).exists():
            for weekday, start, end, every_weeks, minutes, desks in spec["openings"]:
                services.create_weekly_opening(
                    sportello,
                    first_day=next_weekday(today, weekday),
                    last_day=last_day,
                    start_time=datetime.time.fromisoformat(start),
                    end_time=datetime.time.fromisoformat(end),
                    every_weeks=every_weeks,
                    slot_minutes=minutes,
                    capacity=desks,
                )
    _demo_operator()
    if not Closure.objects.exists():
        holiday = next_holiday(today)
        Closure.objects.create(sportello=None, start_date=holiday, end_date=holiday, reason="Festività")
    if not Appointment.objects.exists():
        now = timezone.now()
        for slug, topic, name, phone, email, urgent in APPOINTMENTS:
            sportello = Sportello.objects.get(slug=slug)
            slot = slots.first_free_slot(sportello, now, topic=topic)
            if slot is None:
                continue
            services.book(
                sportello=sportello,
                start=slot.start,
                topic=topic,
                name=name,
                phone=phone,
                email=email,
                municipality=sportello.municipality or Municipality.objects.filter(slug="ispra").first(),
                urgent=urgent,
                urgency_answers={"eviction_date": urgent, "homeless_tonight": False, "children": urgent},
                now=now,
            )
    command.stdout.write(
        f"- prenotazioni: {Sportello.objects.count()} sportelli, {Appointment.objects.count()} appuntamenti"
    )
    command.stdout.write(
        f"- operatrice dimostrativa dello sportello di Sesto Calende: utente {DEMO_OPERATOR}, "
        f"password {DEMO_OPERATOR_PASSWORD}"
    )


DEMO_OPERATOR = "operatrice"
DEMO_OPERATOR_PASSWORD = "sportello-demo"  # noqa: S105 - a published demo login, for local use only


def _demo_operator():
    """An operator who serves only the main sportello: the agenda shows her only its appointments."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name="Operatori sportello")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user = get_user_model().objects.filter(username=DEMO_OPERATOR).first()
    if user is None:
        user = get_user_model().objects.create_user(
            DEMO_OPERATOR,
            "operatrice@example.org",
            DEMO_OPERATOR_PASSWORD,
            first_name="Operatrice",
            is_staff=True,
        )
    user.groups.add(group)
    main = Sportello.objects.filter(slug=SPORTELLI[0]["slug"]).first()
    if main is not None:
        main.operators.add(user)
