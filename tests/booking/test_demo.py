from django.core.management import call_command
from django.utils import timezone

import pytest

from booking import slots
from booking.models import Appointment, Closure, Opening, Sportello

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        list(Sportello.objects.values_list("slug", "kind", "municipality__slug")),
        list(Opening.objects.values_list("sportello__slug", "event__start", "capacity", "slot_minutes")),
        list(Closure.objects.values_list("start_date", "end_date")),
        list(Appointment.objects.values_list("reference", "start", "seat")),
    )


def test_demo_booking_data_is_idempotent_and_bookable(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = snapshot()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert snapshot() == first
    main = Sportello.objects.get(slug="sesto-calende")
    assert main.openings.count() == 2 and {o.capacity for o in main.openings.all()} == {2}
    assert Sportello.objects.filter(kind="telefono").exists()
    assert Appointment.objects.count() >= 3
    assert all(
        a.email.endswith("@example.org") or a.phone.startswith("0331000") for a in Appointment.objects.all()
    )
    assert slots.first_free_slot(main, timezone.now()) is not None
    assert client.get("/prenota/?argomento=sfratto-e-morosita").status_code == 200
