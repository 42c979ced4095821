"""Lost the manage link: /prenota/link-perso/ sends it again, and tells nobody who booked."""

import re

from django.core import mail
from django.core.cache import cache

import pytest
import time_machine
from bs4 import BeautifulSoup

from booking import services
from booking.models import Appointment
from tests.booking.conftest import rome

NOW = rome(2026, 1, 1, 10, 0)
FIRST = rome(2026, 1, 6, 9, 0)
URL = "/prenota/link-perso/"


@pytest.fixture(autouse=True)
def clock():
    cache.clear()
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def booked(site_settings, sportello, tuesday_opening):
    outcome = services.book(
        sportello=sportello,
        start=FIRST,
        topic="cercare-casa",
        name="Anna",
        phone="+39 333 123 4567",
        email="anna@example.org",
        now=NOW,
    )
    mail.outbox.clear()  # the confirmation
    return outcome


def ask(client, contact):
    response = client.post(URL, {"contact": contact}, follow=True)
    assert response.status_code == 200
    return response


def answer_text(response):
    return BeautifulSoup(response.content, "html.parser").select_one("main").get_text(" ", strip=True)


def test_a_match_gets_one_email_with_a_new_working_link(client, booked):
    response = ask(client, "Anna@Example.org")
    assert response.redirect_chain == [("/prenota/link-perso/inviato/", 302)]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anna@example.org"]
    assert booked.appointment.reference in message.body
    link = re.search(r"http\S+/prenota/gestisci/(\S+)/", message.body).group(1)
    # The new link opens the appointment; the old one no longer does.
    assert client.get(f"/prenota/gestisci/{link}/").url == "/prenota/gestisci/"
    assert client.get(f"/prenota/gestisci/{booked.token}/").status_code == 404


def test_the_phone_used_to_book_works_too_written_any_way(client, booked):
    ask(client, "333 1234567")
    assert [m.to for m in mail.outbox] == [["anna@example.org"]]


def test_a_miss_gets_the_same_page_and_no_email(client, booked):
    hit = answer_text(ask(client, "anna@example.org"))
    miss = answer_text(ask(client, "nobody@example.org"))
    also_miss = answer_text(ask(client, "0331 999 999"))
    assert hit == miss == also_miss
    assert len(mail.outbox) == 1
    # Nothing personal in any address the browser saw.
    assert "example" not in "".join(url for url, _ in ask(client, "x@example.org").redirect_chain)


def test_cancelled_or_past_appointments_get_nothing(client, booked):
    Appointment.objects.update(status="cancelled", cancelled_at=NOW)
    ask(client, "anna@example.org")
    assert mail.outbox == []


def test_phone_only_bookings_are_told_to_call(client, site_settings):
    page = answer_text(client.get(URL))
    assert "Hai prenotato solo con il telefono?" in page
    assert site_settings.phone in page


def test_one_contact_cannot_flood_a_mailbox(client, booked):
    for _ in range(6):
        ask(client, "anna@example.org")
    assert len(mail.outbox) == 3


def test_too_many_requests_from_one_client_are_refused(client, booked):
    for _ in range(10):
        client.post(URL, {"contact": "someone@example.org"})
    assert client.post(URL, {"contact": "anna@example.org"}).status_code == 429
    assert mail.outbox == []


def test_a_wrong_contact_is_explained_next_to_the_field(client, booked):
    response = client.post(URL, {"contact": "anna"})
    assert response.status_code == 200
    assert "Scrivi un'e-mail (con la @) o un numero di telefono" in answer_text(response)


def test_linked_from_the_booking_start_and_from_a_dead_manage_link(client, site_settings):
    start = BeautifulSoup(client.get("/prenota/").content, "html.parser")
    assert start.find("a", href=URL)
    dead = client.get("/prenota/gestisci/" + "x" * 43 + "/")
    assert dead.status_code == 404
    assert BeautifulSoup(dead.content, "html.parser").find("a", href=URL)
