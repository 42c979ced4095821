"""Demo data of the sportelli: sportelli, openings for the next 3 months, a holiday closure, a few
appointments and the demo operator, who serves only one sportello.

The data is in ``content/sportelli/`` (one file per sportello; ``_index.yaml`` holds the holidays,
the appointments and the operator's sportello). Idempotent: what exists is left as it is (running it
twice changes nothing). Setting up sportelli and openings is the coordinators' side, hence here.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from booking import services, slots
from booking.models import Appointment, Closure, Opening, Sportello
from core import content
from core.models import Municipality

from . import services as opening_services

MONTHS_AHEAD_DAYS = 92
FOLDER = "sportelli"
DEMO_OPERATOR = "operatrice"
DEMO_OPERATOR_PASSWORD = "sportello-demo"  # noqa: S105 - a published demo login, for local use only


def next_weekday(day, weekday):
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def next_holiday(today, holidays):
    for year in (today.year, today.year + 1):
        for month, day in holidays:
            date = datetime.date(year, month, day)
            if date > today:
                return date
    return today


def load_sportello(item, today):
    spec = dict(item.data)
    openings = spec.pop("openings", [])
    municipality = spec.pop("municipality", None)
    sportello = Sportello.objects.filter(slug=spec["slug"]).first()
    if sportello is None:
        sportello = Sportello(municipality=Municipality.objects.filter(slug=municipality).first())
        content.set_fields(sportello, spec, source=str(item.path))
        sportello.save()
    if not Opening.objects.filter(sportello=sportello).exists():
        for weekday, start, end, every_weeks, minutes, desks in openings:
            opening_services.create_weekly_opening(
                sportello,
                first_day=next_weekday(today, weekday),
                last_day=today + datetime.timedelta(days=MONTHS_AHEAD_DAYS),
                start_time=datetime.time.fromisoformat(start),
                end_time=datetime.time.fromisoformat(end),
                every_weeks=every_weeks,
                slot_minutes=minutes,
                capacity=desks,
            )


def load(command):
    today = timezone.localdate()
    meta = content.read_meta(FOLDER)
    for item in content.read(FOLDER):
        load_sportello(item, today)
    if not Closure.objects.exists():
        holiday = next_holiday(today, meta.get("holidays", []))
        Closure.objects.create(
            sportello=None, start_date=holiday, end_date=holiday, reason=meta.get("closure_reason", "")
        )
    if not Appointment.objects.exists():
        now = timezone.now()
        for slug, topic, name, phone, email, urgent in meta.get("appointments", []):
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
    demo_operator(command, meta.get("operator_sportello"))


def demo_operator(command, sportello_slug):
    """She serves only one sportello: the agenda shows her only its appointments."""
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
    main = Sportello.objects.filter(slug=sportello_slug).first()
    if main is not None:
        main.operators.add(user)
        command.stdout.write(
            f"- operatrice dimostrativa dello {main.name}: utente {DEMO_OPERATOR}, "
            f"password {DEMO_OPERATOR_PASSWORD}"
        )
