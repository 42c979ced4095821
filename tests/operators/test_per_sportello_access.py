"""An operator of sportello A never reaches B's appointments, on any admin URL: the agenda, the
appointment page and its actions, the appointments viewset (index, inspect, history, usage, edit,
delete, CSV/XLSX export), the coordinators' export, the openings and the calendar links. Refused
means 404 (it does not exist for them) or 403 (Wagtail shows it as a redirect to the dashboard)."""

from django.urls import reverse

import pytest

from booking.models import Appointment, Opening
from tests.booking.operators_fixtures import *  # noqa: F403 - fixtures

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.operators.operators_urls")]


def refused(response):
    if response.status_code == 302:
        return response.url == "/admin/"
    return response.status_code in (403, 404)


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def b_urls(b1, opening_b):
    pk = b1.pk
    return {
        "appointment page": reverse("booking_operators:appointment", args=[pk]),
        "viewset inspect": reverse("appuntamenti:inspect", args=[pk]),
        "viewset history": reverse("appuntamenti:history", args=[pk]),
        "viewset history results": reverse("appuntamenti:history_results", args=[pk]),
        "viewset usage": reverse("appuntamenti:usage", args=[pk]),
        "viewset edit": reverse("appuntamenti:edit", args=[pk]),
        "viewset delete": reverse("appuntamenti:delete", args=[pk]),
        "opening edit": reverse("booking_operators:opening_edit", args=[opening_b.pk]),
        "opening create": reverse("booking_operators:opening_create") + f"?sportello={b1.sportello_id}",
        "opening snippet edit": reverse("wagtailsnippets_booking_opening:edit", args=[opening_b.pk]),
        "export": reverse("booking_operators:export"),
        "export csv": reverse("booking_operators:export") + f"?export=csv&sportello={b1.sportello_id}",
    }


def test_operator_of_a_is_refused_b_on_every_admin_url(client, clock, agenda, operator_a, operator_b):
    b1 = agenda["b1"]
    opening_b = Opening.objects.filter(sportello=b1.sportello).first()
    client.force_login(operator_a)

    for name, url in b_urls(b1, opening_b).items():
        assert refused(client.get(url)), name
        assert refused(client.post(url, {"action": "cancel", "reason": "x"})), name
    assert Appointment.objects.get(pk=b1.pk).status == "confirmed"
    assert refused(client.post(reverse("booking_operators:feeds"), {"for": str(b1.sportello_id)}))

    # Listings and exports show A's appointments, never B's, whatever the filters say.
    listings = {
        "agenda": (reverse("booking_operators:agenda"), {"sportello": b1.sportello_id, "vista": "settimana"}),
        "viewset index": (reverse("appuntamenti:index"), {"sportello": b1.sportello_id}),
        "viewset results": (reverse("appuntamenti:index_results"), {}),
        "viewset csv": (reverse("appuntamenti:index"), {"export": "csv"}),
        "viewset xlsx": (reverse("appuntamenti:index"), {"export": "xlsx"}),
        "numbers": (reverse("booking_operators:numbers"), {"sportello": b1.sportello_id}),
    }
    for name, (url, params) in listings.items():
        response = client.get(url, params)
        assert response.status_code == 200, name
        if name != "viewset xlsx":
            assert b1.reference not in body(response), name
    assert agenda["a1"].reference in body(client.get(reverse("appuntamenti:index")))
    assert agenda["a1"].reference in body(client.get(reverse("appuntamenti:index"), {"export": "csv"}))

    # Operator B reaches their own appointment on the same URLs.
    client.force_login(operator_b)
    assert client.get(reverse("booking_operators:appointment", args=[b1.pk])).status_code == 200
    assert client.get(reverse("appuntamenti:inspect", args=[b1.pk])).status_code == 200
    assert client.get(reverse("appuntamenti:history", args=[b1.pk])).status_code == 200
    assert b1.reference in body(client.get(reverse("appuntamenti:index")))


def test_the_viewset_index_filters_by_sportello_operator_status_and_day(
    client, clock, agenda, coordinator_user, operator_a
):
    client.force_login(coordinator_user)
    index = reverse("appuntamenti:index")
    everything = body(client.get(index))
    assert all(item.reference in everything for item in agenda.values())
    only_b = body(client.get(index, {"sportello": agenda["b1"].sportello_id}))
    assert agenda["b1"].reference in only_b and agenda["a1"].reference not in only_b
    friday = body(client.get(index, {"day_from": "2026-03-06", "day_to": "2026-03-06"}))
    assert agenda["f1"].reference in friday and agenda["a1"].reference not in friday
    by_operator = body(client.get(index, {"assigned_operator": operator_a.pk}))
    assert agenda["a1"].reference in by_operator and agenda["b1"].reference not in by_operator
    cancelled = body(client.get(index, {"status": "cancelled"}))
    assert agenda["a1"].reference not in cancelled
