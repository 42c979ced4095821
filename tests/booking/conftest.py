import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.factories.booking import SportelloFactory, weekly_opening

ROME = ZoneInfo("Europe/Rome")


def rome(*args):
    return datetime.datetime(*args, tzinfo=ROME)


@pytest.fixture
def sportello(db):
    return SportelloFactory(name="Sportello di Sesto Calende", slug="sesto-calende")


@pytest.fixture
def tuesday_opening(sportello):
    # Tuesday 6 January 2026, 9:00-12:00, 30-minute slots, 2 desks.
    return weekly_opening(sportello, datetime.date(2026, 1, 6), slot_minutes=30, capacity=2)
