from django.urls import reverse

import pytest

from booking import services
from tests.booking.conftest import rome

pytestmark = pytest.mark.django_db


def test_booking_data_is_visible_in_the_admin(admin_client, home_page, sportello, tuesday_opening):
    outcome = services.book(
        sportello=sportello,
        start=rome(2026, 1, 6, 9),
        topic="altro",
        name="Anna Bianchi",
        phone="0331 000 1234",
        now=rome(2026, 1, 1),
    )
    for model in ["sportello", "opening", "closure"]:
        response = admin_client.get(reverse(f"wagtailsnippets_booking_{model}:list"))
        assert response.status_code == 200, model
    # Appointments have one admin path: the operators' viewset (no snippet).
    listing = admin_client.get(reverse("appuntamenti:index")).content.decode()
    assert outcome.appointment.reference in listing
    assert "Anna Bianchi" not in listing  # no personal data in the list
    inspect = admin_client.get(reverse("appuntamenti:inspect", args=[outcome.appointment.pk]))
    assert inspect.status_code == 200 and "Anna Bianchi" in inspect.content.decode()
    assert (
        admin_client.get(
            reverse("wagtailsnippets_booking_opening:edit", args=[tuesday_opening.pk])
        ).status_code
        == 200
    )
    # Appointments and openings are created by the services, not by a bare form.
    assert admin_client.get(reverse("appuntamenti:add")).status_code in (302, 403)
    assert admin_client.get(reverse("wagtailsnippets_booking_opening:add")).status_code in (302, 403)
    # ... and appointments change only through the action screens.
    edit = admin_client.get(reverse("appuntamenti:edit", args=[outcome.appointment.pk]))
    assert edit.status_code in (302, 403)


def test_opening_topics_are_checkboxes_in_the_admin(admin_client, home_page, tuesday_opening):
    url = reverse("wagtailsnippets_booking_opening:edit", args=[tuesday_opening.pk])
    response = admin_client.post(
        url, {"slot_minutes": "20", "capacity": "3", "topics": ["cercare-casa", "sfratto-e-morosita"]}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    tuesday_opening.refresh_from_db()
    assert (tuesday_opening.slot_minutes, tuesday_opening.capacity) == (20, 3)
    assert tuesday_opening.topics == ["cercare-casa", "sfratto-e-morosita"]
