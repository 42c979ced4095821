"""Fixtures shared by the operator tests: two sportelli, their operators, a coordinator, a fixed clock.

Today is Tuesday 3 March 2026, 8:00 in Rome. Sportello A opens Tuesdays and Fridays 9:00-12:00
(30-minute slots, 2 desks); sportello B opens Tuesdays 9:00-12:00 (1 desk).
"""

import datetime

from django.core import mail

import pytest
import time_machine

from tests.factories.booking import SportelloFactory, weekly_opening
from tests.factories.booking_operators import book, coordinator, operator, rome

TODAY = datetime.date(2026, 3, 3)
NOW = rome(2026, 3, 3, 8, 0)
LAST_WEEK = rome(2026, 2, 24, 10, 0)

__all__ = [
    "clock",
    "anymail_backend",
    "sportello_a",
    "sportello_b",
    "operator_a",
    "operator_b",
    "coordinator_user",
    "agenda",
]


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def anymail_backend(settings):
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    settings.ANYMAIL = {"WEBHOOK_SECRET": "hook:s3cret"}
    mail.outbox = []
    return mail.outbox


@pytest.fixture
def sportello_a(db):
    sportello = SportelloFactory(name="Sportello di Sesto Calende", slug="sesto-calende")
    weekly_opening(sportello, datetime.date(2026, 1, 6), slot_minutes=30, capacity=2)  # Tuesdays
    weekly_opening(sportello, datetime.date(2026, 1, 9), slot_minutes=30, capacity=2)  # Fridays
    return sportello


@pytest.fixture
def sportello_b(db):
    sportello = SportelloFactory(name="Sportello di Vergiate", slug="vergiate")
    weekly_opening(sportello, datetime.date(2026, 1, 6), slot_minutes=30, capacity=1)
    return sportello


@pytest.fixture
def operator_a(sportello_a):
    return operator(sportello_a, username="anna", first_name="Anna", email="anna@ats.example.org")


@pytest.fixture
def operator_b(sportello_b):
    return operator(sportello_b, username="bruno", first_name="Bruno", email="bruno@ats.example.org")


@pytest.fixture
def coordinator_user(db):
    return coordinator(username="carla", first_name="Carla", email="carla@ats.example.org")


@pytest.fixture
def agenda(sportello_a, sportello_b, operator_a, operator_b, django_capture_on_commit_callbacks):
    """Appointments booked last week: two today at A, one today at B, two on Friday at A."""
    with django_capture_on_commit_callbacks(execute=True):
        items = {
            "a1": book(sportello_a, rome(2026, 3, 3, 9, 0), now=LAST_WEEK).appointment,
            "a2": book(
                sportello_a,
                rome(2026, 3, 3, 9, 30),
                now=LAST_WEEK,
                name="Luca Verdi",
                phone="0331 555 0202",
                email="",
                topic="cercare-casa",
                urgent=True,
            ).appointment,
            "b1": book(
                sportello_b, rome(2026, 3, 3, 9, 0), now=LAST_WEEK, name="Bea Neri", email="bea@example.com"
            ).appointment,
            "f1": book(
                sportello_a,
                rome(2026, 3, 6, 10, 0),
                now=LAST_WEEK,
                name="Franco Gialli",
                email="franco@example.com",
            ).appointment,
            "f2": book(
                sportello_a,
                rome(2026, 3, 6, 10, 30),
                now=LAST_WEEK,
                name="Gina Rosa",
                phone="0331 555 0303",
                email="",
            ).appointment,
        }
    for item in items.values():
        item.refresh_from_db()
    return items
