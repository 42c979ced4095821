import datetime

import factory

from booking.models import Appointment, Sportello
from core.models import Municipality
from operators import services as opening_services


class MunicipalityFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Comune {n}")
    slug = factory.Sequence(lambda n: f"comune-{n}")

    class Meta:
        model = Municipality
        django_get_or_create = ("slug",)


class SportelloFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sportello {n}")
    slug = factory.Sequence(lambda n: f"sportello-{n}")
    kind = "presenza"
    municipality = factory.SubFactory(MunicipalityFactory)
    address = "Piazza Municipio 1"
    directions = "In centro, vicino alla stazione."
    accessibility = "Ingresso senza gradini."
    min_notice_hours = 24
    horizon_days = 60

    class Meta:
        model = Sportello


def weekly_opening(sportello, first_day, start="09:00", end="12:00", **kwargs):
    """An opening every week (or ``every_weeks``) from ``first_day`` for a year."""
    kwargs.setdefault("last_day", first_day + datetime.timedelta(days=365))
    return opening_services.create_weekly_opening(
        sportello,
        first_day=first_day,
        start_time=datetime.time.fromisoformat(start),
        end_time=datetime.time.fromisoformat(end),
        **kwargs,
    )


def appointment(sportello, slot, **kwargs):
    """A confirmed appointment in ``slot`` (a ``booking.slots.Slot``), bypassing the service."""
    values = {
        "sportello": sportello,
        "opening_id": slot.opening_id,
        "start": slot.start,
        "end": slot.end,
        "seat": 0,
        "topic": "sfratto-e-morosita",
        "channel": sportello.kind,
        "name": "Mario Rossi",
        "phone": "03310001234",
    }
    values.update(kwargs)
    item = Appointment(**values)
    item.set_manage_token()
    item.save()
    return item
