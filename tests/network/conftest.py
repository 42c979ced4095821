"""Fixtures of the hub tests: two partners with their staff, a shelter, a sportello, a fixed clock.

Today is Tuesday 3 March 2026, 8:00 in Rome. The sportello opens Tuesdays and Fridays 9:00-12:00
(30-minute slots, 2 desks).
"""

import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

import pytest
import time_machine

from network import services
from tests.factories.booking import SportelloFactory, weekly_opening
from tests.factories.booking_operators import coordinator, operator
from tests.factories.partners import create_partner

ROME = ZoneInfo("Europe/Rome")
NOW = datetime.datetime(2026, 3, 3, 8, 0, tzinfo=ROME)


def rome(*args):
    return datetime.datetime(*args, tzinfo=ROME)


def staff_of(partner, username, *, offers_beds=None):
    team = services.ensure_team(partner, offers_beds=offers_beds)
    user = get_user_model().objects.create_user(
        username, f"{username}@partner.example.org", "x", first_name=username.title(), is_staff=True
    )
    user.groups.add(team.group)
    return user


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


class Outbox:
    """``mail.outbox`` after the outbox rows were sent by booking's real sender (``send_due``).

    Test transactions never commit, so the after-commit sending does not run: every read first
    sends what is pending, as ``send_pending_messages`` would.
    """

    def _sent(self):
        from booking.emails import send_due

        send_due(now=timezone.now() + datetime.timedelta(days=365))
        return mail.outbox

    def __iter__(self):
        return iter(list(self._sent()))

    def __len__(self):
        return len(self._sent())

    def __getitem__(self, index):
        return self._sent()[index]

    def __eq__(self, other):
        return list(self._sent()) == other

    def clear(self):
        self._sent()
        mail.outbox.clear()


@pytest.fixture
def outbox(settings):
    mail.outbox = []
    return Outbox()


@pytest.fixture
def union(site_settings):
    return create_partner("Sindacato Inquilini del Lago", kind="sindacato", email="sindacato@example.org")


@pytest.fixture
def social_service(site_settings):
    return create_partner("Servizi sociali di Angera", kind="comune", email="sociale@angera.example.org")


@pytest.fixture
def shelter(site_settings):
    return create_partner(
        "Casa di accoglienza La Soglia",
        services=("accoglienza-temporanea",),
        email="soglia@example.org",
        phone="0331 000 777",
    )


@pytest.fixture
def union_staff(union):
    return staff_of(union, "ugo")


@pytest.fixture
def social_staff(social_service):
    return staff_of(social_service, "sara")


@pytest.fixture
def shelter_staff(shelter):
    return staff_of(shelter, "silvia", offers_beds=True)


@pytest.fixture
def approver(site_settings):
    """A member of "Staff Servizio Abitare", the group approving partner listings in the workflow."""
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        "paola", "paola@ats.example.org", "x", first_name="Paola", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Staff Servizio Abitare"))
    return user


@pytest.fixture
def sportello(db):
    sportello = SportelloFactory(name="Sportello di Sesto Calende", slug="sesto-calende")
    weekly_opening(sportello, datetime.date(2026, 1, 6), slot_minutes=30, capacity=2)
    weekly_opening(sportello, datetime.date(2026, 1, 9), slot_minutes=30, capacity=2)
    return sportello


@pytest.fixture
def operator_user(sportello):
    return operator(sportello, username="anna", first_name="Anna", email="anna@ats.example.org")


@pytest.fixture
def coordinator_user(db):
    return coordinator(username="carla", first_name="Carla", email="carla@ats.example.org")


def referral_fields(**overrides):
    values = {
        "topic": "sfratto-e-morosita",
        "urgency": "normal",
        "note": "Ha ricevuto lo sfratto, udienza tra un mese.",
        "person_name": "Maria Bianchi",
        "person_phone": "0331 555 0101",
        "person_email": "maria.bianchi@example.com",
        "contact_by": "phone",
        "consent_given": True,
        "consent_obtained_by": "Ugo del sindacato",
        "consent_at": NOW,
        "consent_method": "in-person",
    }
    values.update(overrides)
    return values
