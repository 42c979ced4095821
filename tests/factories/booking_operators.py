"""Operators, coordinators and appointments booked the way the site books them."""

import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction

import factory

from booking import notifications, services
from tests.factories.booking import SportelloFactory, weekly_opening  # noqa: F401 - re-exported

ROME = ZoneInfo("Europe/Rome")


def rome(*args):
    return datetime.datetime(*args, tzinfo=ROME)


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"operatore{n}")
    first_name = factory.Sequence(lambda n: f"Operatore{n}")
    last_name = "Sportello"
    email = factory.Sequence(lambda n: f"operatore{n}@ats.example.org")
    is_staff = False

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    @factory.post_generation
    def admin_access(self, create, extracted, **kwargs):
        if create:
            self.user_permissions.add(Permission.objects.get(codename="access_admin"))


def operator(*sportelli, **kwargs):
    user = UserFactory(**kwargs)
    for sportello in sportelli:
        sportello.operators.add(user)
    return user


def coordinator(**kwargs):
    user = UserFactory(**kwargs)
    user.user_permissions.add(Permission.objects.get(codename="coordinate_sportelli"))
    return get_user_model().objects.get(pk=user.pk)  # fresh permission cache


def book(sportello, start, *, now, record=True, **kwargs):
    """Book like the public flow does, with the outbox written in the booking's transaction."""
    values = {
        "topic": "sfratto-e-morosita",
        "name": "Maria Bianchi",
        "phone": "0331 555 0101",
        "email": "maria.bianchi@example.com",
    }
    values.update(kwargs)
    with transaction.atomic():
        outcome = services.book(sportello=sportello, start=start, now=now, **values)
        assert outcome.ok, outcome.status
        if record:
            notifications.record(outcome.appointment, notifications.BOOKED, token=outcome.token, now=now)
    outcome.appointment.refresh_from_db()
    return outcome
