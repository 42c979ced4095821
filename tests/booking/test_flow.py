import re

import pytest
import time_machine

from booking.models import Appointment
from tests.booking.conftest import rome
from tests.factories.booking import MunicipalityFactory

pytestmark = pytest.mark.django_db

NOW = rome(2026, 1, 1, 10, 0)


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def municipality(db):
    return MunicipalityFactory(name="Sesto Calende", slug="sesto-calende")


def test_smoke(client, site_settings, sportello, tuesday_opening, municipality):
    r = client.get("/prenota/?argomento=sfratto-e-morosita")
    assert r.status_code == 200, r.content
    r = client.post("/prenota/", {"topic": "sfratto-e-morosita"})
    assert r.status_code == 302
    r = client.get("/prenota/dove/")
    assert r.status_code == 200
    r = client.post("/prenota/dove/", {"sportello": "sesto-calende"})
    assert r.status_code == 302
    r = client.get("/prenota/quando/")
    assert r.status_code == 200
    key = re.search(rb'name="slot" value="([^"]+)"', r.content).group(1).decode()
    r = client.get("/prenota/quando/?giorno=2026-01-06")
    assert r.status_code == 200
    r = client.post("/prenota/quando/", {"slot": key})
    assert r.status_code == 302
    r = client.post(
        "/prenota/dati/", {"name": "Anna", "phone": "0331 000 1234", "municipality": municipality.pk}
    )
    assert r.status_code == 302, r.content.decode()
    r = client.get("/prenota/riepilogo/")
    assert r.status_code == 200
    r = client.post("/prenota/riepilogo/")
    assert r.status_code == 302
    r = client.get("/prenota/fatto/")
    assert r.status_code == 200
    print(r.content.decode()[-3000:])
    assert Appointment.objects.count() == 1
