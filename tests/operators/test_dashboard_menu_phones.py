"""Issue 14 for operators: after login she sees today's appointments of her sportelli on the dashboard,
one booking menu in Italian, phone numbers written for reading, and the new-booking notice links to the
appointment in the agenda."""

import re

from django.core import mail
from django.urls import reverse

import pytest

from operators import phones
from tests.booking.operators_fixtures import *  # noqa: F403 - fixtures

pytestmark = pytest.mark.django_db


def menu_links(html):
    return re.findall(r'"url": "([^"]+)"', html) + re.findall(r'href="(/admin/[^"]*)"', html)


def test_operator_lands_on_todays_appointments_of_her_sportello(client, clock, agenda, operator_a):
    client.force_login(operator_a)
    html = client.get("/admin/").content.decode()
    panel = html[html.index("data-today-panel") :]
    panel = panel[: panel.index("</section>")]
    assert "Appuntamenti di oggi" in panel
    assert "Martedì 3 marzo 2026: 2 appuntamenti" in panel
    assert agenda["a1"].reference in panel and agenda["a2"].reference in panel
    assert agenda["b1"].reference not in panel  # another sportello
    assert agenda["f1"].reference not in panel  # Friday
    assert reverse("booking_operators:appointment", args=[agenda["a2"].pk]) in panel
    assert f'href="{reverse("booking_operators:agenda")}"' in panel and "Apri l'agenda" in panel
    assert '<a href="tel:03315550202">0331 555 0202</a>' in panel  # Luca Verdi, grouped for reading
    assert panel.index("09:00") < panel.index("09:30")


def test_people_who_are_not_operators_see_no_panel(client, clock, agenda):
    from tests.factories.booking_operators import UserFactory

    client.force_login(UserFactory(username="redattore"))
    assert "Appuntamenti di oggi" not in client.get("/admin/").content.decode()


def test_one_booking_menu_in_italian(client, admin_client, clock, agenda, operator_a, coordinator_user):
    client.force_login(operator_a)
    html = client.get("/admin/").content.decode()
    links = menu_links(html)
    assert "/admin/snippets/" not in links  # no English "Snippets" entry
    assert "Prenotazioni" not in html  # the old second booking menu
    assert html.count("Aperture e chiusure") == 1
    assert "/admin/sportelli/aperture/" in links
    # The sportelli's cards (a snippet without a menu of its own) are linked for whoever may edit them.
    client.force_login(coordinator_user)  # coordinates, but has no permission on the cards
    cards = reverse("wagtailsnippets_booking_sportello:list")
    assert cards not in client.get("/admin/").content.decode()
    html = admin_client.get("/admin/").content.decode()
    assert cards in html  # "Schede degli sportelli"
    assert admin_client.get(cards).status_code == 200


def test_agenda_and_appointment_show_readable_phone_numbers(client, clock, agenda, operator_a):
    client.force_login(operator_a)
    agenda_html = client.get(reverse("booking_operators:agenda")).content.decode()
    assert '<a href="tel:03315550202">0331 555 0202</a>' in agenda_html
    page = client.get(reverse("booking_operators:appointment", args=[agenda["a2"].pk])).content.decode()
    assert '<a href="tel:03315550202">0331 555 0202</a>' in page


@pytest.mark.parametrize(
    ("written", "readable", "dial"),
    [
        ("03315550202", "0331 555 0202", "03315550202"),
        ("0331123456", "0331 123 456", "0331123456"),
        ("333 1234567", "333 123 4567", "3331234567"),
        ("+39 3331234567", "+39 333 123 4567", "+393331234567"),
        ("0212345678", "02 1234 5678", "0212345678"),
        ("0332-28.11.22", "0332 281 122", "0332281122"),
        ("+44 20 7946 0958", "+44 20 7946 0958", "+442079460958"),
        ("112", "112", "112"),
    ],
)
def test_phone_numbers_for_reading_and_dialling(written, readable, dial):
    assert phones.readable(written) == readable
    assert phones.dial(written) == dial


def test_the_new_booking_notice_links_to_the_appointment_in_the_agenda(anymail_backend, clock, agenda):
    notices = [m for m in mail.outbox if m.to == ["anna@ats.example.org"]]
    assert notices
    link = "http://testserver" + reverse("booking_operators:appointment", args=[agenda["a1"].pk])
    a1_notice = next(m for m in notices if agenda["a1"].reference in m.subject)
    assert link in a1_notice.body  # absolute: it opens from a mail program
    assert f'href="{link}"' in a1_notice.alternatives[0][0]
