import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from booking.models import Appointment
from tests.factories.booking import MunicipalityFactory, SportelloFactory

ROME = ZoneInfo("Europe/Rome")


@pytest.fixture
def towns(db):
    """Three municipalities of the district (slug = name, lower case)."""
    return {
        name: MunicipalityFactory(name=name.title(), slug=name, sort_order=position)
        for position, name in enumerate(["angera", "ispra", "taino"])
    }


@pytest.fixture
def sportello(towns):
    return SportelloFactory(municipality=towns["angera"])


@pytest.fixture
def make_appointments(sportello):
    """``make(n, day, **fields)``: n appointments on that day, one minute apart, no personal data needed."""
    used = set()

    def make(n, day, **fields):
        start = dt.datetime.combine(day, dt.time(9), tzinfo=ROME)
        made = []
        for _ in range(n):
            while start in used:
                start += dt.timedelta(minutes=1)
            used.add(start)
            values = {
                "sportello": sportello,
                "start": start,
                "end": start + dt.timedelta(minutes=30),
                "topic": "sfratto-e-morosita",
                "channel": "presenza",
                "phone": "0331000000",
                **fields,
            }
            made.append(Appointment.objects.create(**values))
        return made

    return make
