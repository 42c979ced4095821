"""Places for tonight: updated with one tap from the daily e-mail; older than 24 hours is unknown."""

import datetime
import re

import pytest

from network import services
from network.models import BedCount

from .conftest import NOW, rome

pytestmark = pytest.mark.django_db


def beds_link(message):
    return re.search(r"http://\S+/rete/posti/\S+/", message.body).group(0).replace("http://localhost", "")


def test_a_partner_updates_tonight_from_the_email_link(client, shelter, shelter_staff, clock, outbox):
    assert services.send_daily_beds_emails(NOW) == 2  # the shelter's address and its staff member
    assert services.send_daily_beds_emails(NOW) == 0  # once a day
    link = beds_link(outbox[0])
    page = client.get(link).content.decode()
    assert "Quanti posti liberi stanotte?" in page
    clock.move_to(rome(2026, 3, 3, 18, 40))
    response = client.post(link, {"free_beds": "3"})
    assert "aggiornato alle 18:40" in response.content.decode()
    count = BedCount.objects.get(partner=shelter)
    assert count.free_beds == 3 and count.updated_at == rome(2026, 3, 3, 18, 40)


def test_beds_link_expires_and_cannot_be_forged(client, shelter, shelter_staff, clock, outbox):
    services.send_daily_beds_emails(NOW)
    link = beds_link(outbox[0])
    assert client.post(link[:-4] + "abc/", {"free_beds": "3"}).status_code == 404
    clock.shift(datetime.timedelta(hours=37))
    assert client.post(link, {"free_beds": "3"}).status_code == 404
    assert not BedCount.objects.exists()


def test_public_page_shows_free_then_unknown_after_24_hours(client, shelter, shelter_staff, clock):
    services.update_beds(shelter, 2, note="solo donne con bambini", now=rome(2026, 3, 3, 18, 40))
    clock.move_to(rome(2026, 3, 3, 20, 0))
    page = client.get("/rete/posti-stanotte/").content.decode()
    assert 'data-beds="free"' in page
    assert "aggiornato alle 18:40" in page
    assert shelter.phone in page
    # The public sees availability, not the numbers or the notes.
    assert "solo donne" not in page
    assert ">2<" not in page

    clock.move_to(rome(2026, 3, 4, 18, 41))
    page = client.get("/rete/posti-stanotte/").content.decode()
    assert 'data-beds="free"' not in page
    assert 'data-beds="unknown"' in page
    assert "Non sappiamo se ci sono posti" in page


def test_operators_see_numbers_and_notes_but_stale_counts_as_unknown(
    client, shelter, shelter_staff, operator_user, clock
):
    services.update_beds(shelter, 4, note="solo donne con bambini", now=rome(2026, 3, 3, 7, 0))
    client.force_login(operator_user)
    page = client.get("/admin/rete/").content.decode()
    assert "<strong>4</strong>" in page and "solo donne con bambini" in page
    clock.move_to(rome(2026, 3, 4, 7, 1))
    page = client.get("/admin/rete/").content.decode()
    assert "<strong>4</strong>" not in page
    assert "non si sa" in page


def test_never_free_when_old(shelter, shelter_staff):
    count = services.update_beds(shelter, 5, now=NOW)
    assert count.known_free_beds(NOW + datetime.timedelta(hours=24)) == 5
    assert count.known_free_beds(NOW + datetime.timedelta(hours=24, seconds=1)) is None
    assert not count.has_free_beds(NOW + datetime.timedelta(days=3))
    (item,) = services.shelters_tonight(NOW + datetime.timedelta(days=3))
    assert item.is_unknown and not item.has_free_beds


def test_partner_staff_update_beds_from_the_admin(client, shelter, shelter_staff, union, union_staff, clock):
    client.force_login(shelter_staff)
    client.post(
        f"/admin/rete/scheda/{shelter.pk}/posti/", {"free_beds": "1", "note": "un letto in camera doppia"}
    )
    count = BedCount.objects.get(partner=shelter)
    assert (count.free_beds, count.updated_by) == (1, shelter_staff)
    # Another organisation, or one without beds, cannot.
    client.force_login(union_staff)
    assert client.post(f"/admin/rete/scheda/{shelter.pk}/posti/", {"free_beds": "9"}).status_code == 404
    assert client.get(f"/admin/rete/scheda/{union.pk}/posti/").status_code == 404


def test_hsds_capacity_with_its_timestamp(shelter, shelter_staff):
    services.update_beds(shelter, 2, now=NOW)
    data = services.hsds_capacity(shelter, NOW)
    assert data["updated"] == "2026-03-03T08:00:00+01:00"
    assert services.hsds_capacity(shelter, NOW + datetime.timedelta(days=2))["available"] is None


def test_open_data_shows_availability_with_its_time_not_the_number(client, shelter, shelter_staff, clock):
    services.update_beds(shelter, 3, note="solo donne", now=NOW)
    (item,) = client.get("/rete/posti-stanotte.json").json()["service_capacity"]
    assert item["organization_id"] == shelter.hsds_id
    assert item["has_free_places"] is True
    assert item["updated"] == "2026-03-03T08:00:00+01:00"
    assert "available" not in item and "solo donne" not in str(item)
    clock.shift(datetime.timedelta(hours=25))
    (item,) = client.get("/rete/posti-stanotte.json").json()["service_capacity"]
    assert item["has_free_places"] is None


def test_template_tags_for_other_screens(rf, shelter, shelter_staff, clock):
    from django.template import Context, Template

    services.update_beds(shelter, 2, note="solo donne con bambini", now=NOW)
    public = Template("{% load network_tags %}{% beds_tonight %}").render(Context({}))
    assert 'data-beds="free"' in public and "solo donne" not in public
    operators = Template("{% load network_tags %}{% beds_tonight_operators %}").render(Context({}))
    assert "<strong>2</strong>" in operators and "solo donne con bambini" in operators


def test_directory_hsds_export_carries_capacity_unknown_after_24_hours(client, shelter, shelter_staff, clock):
    """The directory's HSDS 3.1 export: the shelter service has a ``service_capacity`` with its time;
    older than 24 hours it is null (unknown), never free, and the number and note are not public."""
    services.update_beds(shelter, 3, note="solo donne", now=NOW)
    document = client.get("/partner/dati.json").json()
    (shelter_service,) = [item for item in document["services"] if item["organization_id"] == shelter.hsds_id]
    (capacity,) = shelter_service["capacities"]
    assert capacity["service_id"] == shelter_service["id"]
    assert capacity["updated"] == "2026-03-03T08:00:00+01:00"
    assert capacity["available"] == 1 and capacity["has_free_places"] is True
    assert "solo donne" not in str(document)
    assert "3" not in str(capacity["available"])

    clock.shift(datetime.timedelta(hours=24, minutes=1))
    (shelter_service,) = [
        item
        for item in client.get("/partner/dati.json").json()["services"]
        if item["organization_id"] == shelter.hsds_id
    ]
    (capacity,) = shelter_service["capacities"]
    assert capacity["available"] is None and capacity["has_free_places"] is None
    assert capacity["updated"] == "2026-03-03T08:00:00+01:00"


def test_directory_export_full_shelter_and_other_partners(client, shelter, shelter_staff, union, clock):
    services.update_beds(shelter, 0, now=NOW)
    document = client.get("/partner/dati.json").json()
    by_org = {item["organization_id"]: item for item in document["services"]}
    assert by_org[shelter.hsds_id]["capacities"][0]["available"] == 0
    assert by_org[shelter.hsds_id]["capacities"][0]["has_free_places"] is False
    assert by_org[union.hsds_id]["capacities"] == []


def test_operators_agenda_shows_beds_tonight(client, shelter, shelter_staff, operator_user, clock):
    services.update_beds(shelter, 2, note="solo donne con bambini", now=NOW)
    client.force_login(operator_user)
    page = client.get("/admin/sportelli/").content.decode()
    assert "Posti per stanotte" in page
    assert "<strong>2</strong>" in page and "solo donne con bambini" in page
