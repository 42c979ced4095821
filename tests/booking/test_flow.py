import logging
import re

from django.core.cache import cache

import icalendar
import pytest
import time_machine
from bs4 import BeautifulSoup

from booking import services, slots
from booking.models import Appointment, hash_token
from tests.booking.conftest import rome
from tests.factories.booking import MunicipalityFactory, SportelloFactory, appointment, weekly_opening

pytestmark = pytest.mark.django_db

NOW = rome(2026, 1, 1, 10, 0)
FIRST = rome(2026, 1, 6, 9, 0)  # the first free slot of tuesday_opening


@pytest.fixture(autouse=True)
def clock():
    cache.clear()
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def municipality(db):
    return MunicipalityFactory(name="Sesto Calende", slug="sesto-calende")


@pytest.fixture
def ready(site_settings, sportello, tuesday_opening, municipality):
    return sportello


def key(start):
    return slots.Slot(0, 0, start, start, 1).key


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def errors_of(response):
    page = soup(response)
    summary = [a.get_text(" ", strip=True) for a in page.select(".error-summary li")]
    inline = [p.get_text(" ", strip=True).removeprefix("Errore: ") for p in page.select(".error-text")]
    return summary, inline, [a["href"] for a in page.select(".error-summary a")]


def walk_to_summary(client, sportello, municipality, **details):
    client.get("/prenota/?argomento=sfratto-e-morosita")
    client.post("/prenota/", {"topic": "sfratto-e-morosita"})
    client.post("/prenota/dove/", {"sportello": sportello.slug})
    client.post("/prenota/quando/", {"slot": key(FIRST)})
    data = {"name": "Anna Bianchi", "phone": "0331 000 1234", "municipality": municipality.pk}
    data.update(details)
    response = client.post("/prenota/dati/", data)
    assert response.status_code == 302 and response.url == "/prenota/riepilogo/"


def test_booking_from_a_guide_button_end_to_end(client, ready, municipality, home_page):
    response = client.get(
        f"/prenota/?argomento=sfratto-e-morosita&sportello=sesto-calende&guida={home_page.pk}"
    )
    page = soup(response)
    assert page.select_one(".booking-step").get_text(strip=True).startswith("Passo 1 di 5")
    assert page.select_one("#id_topic_3")["value"] == "sfratto-e-morosita"
    assert page.select_one("#id_topic_3").has_attr("checked")
    assert client.post("/prenota/", {"topic": "sfratto-e-morosita"}).url == "/prenota/dove/"

    page = soup(client.get("/prenota/dove/"))
    assert "Passo 2 di 5" in page.select_one(".booking-step").get_text()
    option = page.select_one(".booking-option").get_text(" ", strip=True)
    assert "Piazza Municipio 1" in option and "Ingresso senza gradini" in option
    assert "il martedì, dalle 9:00 alle 12:00" in option.lower()
    assert page.select_one("#id_sportello_0").has_attr("checked")  # preselected by &sportello=
    assert client.post("/prenota/dove/", {"sportello": "sesto-calende"}).url == "/prenota/quando/"

    page = soup(client.get("/prenota/quando/"))
    first = page.select_one(".booking-first")
    assert "Martedì 6 gennaio, ore 09:00" in first.get_text(" ", strip=True)
    assert first.select_one("button[name=slot]")["value"] == key(FIRST)
    assert [a.get_text(strip=True) for a in page.select(".booking-day")][:2] == [
        "Martedì 6 gennaio",
        "Martedì 13 gennaio",
    ]
    page = soup(client.get("/prenota/quando/?giorno=2026-01-13"))
    assert [label.get_text() for label in page.select(".booking-time label")] == [
        "09:00", "09:30", "10:00", "10:30", "11:00", "11:30"
    ]  # fmt: skip
    assert client.post("/prenota/quando/", {"slot": key(FIRST)}).url == "/prenota/dati/"

    page = soup(client.get("/prenota/dati/"))
    assert page.select_one('a[href="/privacy/"]')
    assert page.get_text().lower().count("dati delicati") == 1  # the sensitive-data warning, once
    assert (
        "martedì 6 gennaio, ore 09:00" in page.select_one(".booking-chosen").get_text()
    )  # step 4 repeats it
    response = client.post(
        "/prenota/dati/",
        {
            "name": "Anna Bianchi",
            "phone": "0331 000 1234",
            "email": "",
            "municipality": municipality.pk,
            "note": "Ho una lettera",
        },
    )
    assert response.url == "/prenota/riepilogo/"

    text = soup(client.get("/prenota/riepilogo/")).get_text(" ", strip=True)
    assert "martedì 6 gennaio 2026, dalle 09:00 alle 09:30" in text and "Anna Bianchi" in text
    response = client.post("/prenota/riepilogo/")
    assert response.url == "/prenota/fatto/"

    item = Appointment.objects.get()
    assert (item.start, item.seat, item.topic, item.status) == (FIRST, 0, "sfratto-e-morosita", "confirmed")
    assert (item.phone, item.note, item.municipality, item.source_page_id) == (
        "03310001234",
        "Ho una lettera",
        municipality,
        home_page.pk,
    )
    assert re.fullmatch(r"[A-Z0-9]{2}-[A-Z0-9]{4}", item.reference)

    page = soup(client.get("/prenota/fatto/"))
    assert page.select_one("[data-reference]").get_text() == item.reference
    assert "Gli atti del tribunale" in page.get_text()  # what to bring for this topic
    manage_url = page.select_one("[data-manage-link]")["href"]
    token = manage_url.rstrip("/").rsplit("/", 1)[1]
    assert len(token) >= 43 and item.token_hash == hash_token(token) and token not in item.token_hash
    assert page.select_one('a[href^="https://calendar.google.com/"]')
    assert page.select_one('a[href^="https://outlook.live.com/"]')

    ics = client.get(page.select_one("a[download]")["href"])
    assert ics["Content-Type"].startswith("text/calendar")
    event = icalendar.Calendar.from_ical(ics.content).walk("VEVENT")[0]
    assert event.decoded("dtstart") == FIRST
    assert item.reference in str(event["description"]) and "Anna" not in ics.content.decode()


def test_every_response_is_no_store(client, ready, municipality):
    walk_to_summary(client, ready, municipality)
    urls = ["/prenota/", "/prenota/dove/", "/prenota/quando/", "/prenota/dati/", "/prenota/riepilogo/"]
    for url in urls:
        assert "no-store" in client.get(url)["Cache-Control"], url
    response = client.post("/prenota/riepilogo/")
    assert "no-store" in response["Cache-Control"]
    done = client.get("/prenota/fatto/")
    token = soup(done).select_one("[data-manage-link]")["href"].rstrip("/").rsplit("/", 1)[1]
    for url in [
        "/prenota/fatto/",
        "/prenota/fatto/appuntamento.ics",
        f"/prenota/gestisci/{token}/",
        "/prenota/gestisci/",
    ]:
        assert "no-store" in client.get(url)["Cache-Control"], url
    assert "no-store" in client.get("/prenota/gestisci/sbagliato-sbagliato-sbagliato/")["Cache-Control"]


def test_topic_step_errors(client, ready):
    response = client.post("/prenota/", {})
    summary, inline, links = errors_of(response)
    assert summary == inline == ["Scegli di cosa vuoi parlare. Se non lo sai, scegli «Altro»."]
    assert links == ["#id_topic_0"]
    assert soup(response).title.get_text().startswith("Errore:")
    response = client.post("/prenota/", {"topic": "astronomia"})
    assert errors_of(response)[0] == ["Scegli uno degli argomenti della lista."]


def test_urgent_route_shows_emergency_contacts_then_books_urgent(client, ready, municipality):
    response = client.post("/prenota/", {"homeless_tonight": "on"})
    assert response.url == "/prenota/urgente/"
    page = soup(client.get("/prenota/urgente/"))
    assert page.select_one('a[href="tel:03310000001"]')  # from SiteSettings.emergency_contacts
    assert [li.get_text() for li in page.select(".booking-answers li")] == ["Sei senza casa stanotte."]
    assert page.select_one('a[href="/prenota/dove/"]')
    client.post("/prenota/dove/", {"sportello": ready.slug})
    client.post("/prenota/quando/", {"slot": key(FIRST)})
    client.post(
        "/prenota/dati/", {"name": "Anna", "email": "anna@example.org", "municipality": municipality.pk}
    )
    assert "urgente" in soup(client.get("/prenota/riepilogo/")).select_one(".booking-summary").get_text()
    client.post("/prenota/riepilogo/")
    item = Appointment.objects.get()
    assert item.urgent and item.topic == "altro"
    assert item.urgency_answers == {"eviction_date": False, "homeless_tonight": True, "children": False}


def test_a_tool_link_with_urgente_books_an_urgent_appointment(client, ready, municipality):
    # "A che punto è il mio sfratto?" links with ?urgente=1 when the date is close.
    client.get("/prenota/", {"argomento": "sfratto-e-morosita", "urgente": "1"})
    response = client.post("/prenota/", {"topic": "sfratto-e-morosita"})
    assert response.url == "/prenota/dove/"  # no emergency page: the person already knows what to do
    client.post("/prenota/dove/", {"sportello": ready.slug})
    client.post("/prenota/quando/", {"slot": key(FIRST)})
    client.post(
        "/prenota/dati/", {"name": "Anna", "email": "anna@example.org", "municipality": municipality.pk}
    )
    client.post("/prenota/riepilogo/")
    assert Appointment.objects.get().urgent


def test_urgent_answers_are_a_readable_list(client, ready):
    client.post("/prenota/", {"homeless_tonight": "on", "eviction_date": "on", "children": "on"})
    page = soup(client.get("/prenota/urgente/"))
    assert [li.get_text() for li in page.select(".booking-answers li")] == [
        "Hai già una data di sfratto.",
        "Sei senza casa stanotte.",
        "Ci sono minori con te.",
    ]
    assert "?," not in page.get_text() and "?." not in page.get_text()


def test_children_alone_flag_urgency_but_are_no_emergency_page(client, ready, municipality):
    response = client.post("/prenota/", {"children": "on"})
    assert response.status_code == 200  # still asked what it is about
    assert errors_of(response)[0] == ["Scegli di cosa vuoi parlare. Se non lo sai, scegli «Altro»."]
    response = client.post("/prenota/", {"children": "on", "topic": "cercare-casa"})
    assert response.url == "/prenota/dove/"
    client.post("/prenota/dove/", {"sportello": ready.slug})
    client.post("/prenota/quando/", {"slot": key(FIRST)})
    client.post(
        "/prenota/dati/", {"name": "Anna", "email": "anna@example.org", "municipality": municipality.pk}
    )
    client.post("/prenota/riepilogo/")
    item = Appointment.objects.get()
    assert item.urgent and item.urgency_answers["children"]


def test_where_step_error(client, ready):
    client.post("/prenota/", {"topic": "cercare-casa"})
    response = client.post("/prenota/dove/", {})
    assert errors_of(response)[0] == ["Scegli uno sportello o un modo per parlare con noi."]
    response = client.post("/prenota/dove/", {"sportello": "atlantide"})
    assert errors_of(response)[0] == ["Questo sportello non è disponibile. Scegline un altro."]


def test_when_step_errors(client, ready):
    client.post("/prenota/", {"topic": "cercare-casa"})
    client.post("/prenota/dove/", {"sportello": ready.slug})
    response = client.post("/prenota/quando/", {"giorno": "2026-01-06"})
    summary, inline, links = errors_of(response)
    assert summary == inline == ["Scegli un orario."] and links == ["#id_slot_0"]
    # A time that is not offered (a Monday) is refused.
    response = client.post("/prenota/quando/", {"slot": key(rome(2026, 1, 5, 9, 0))})
    assert "Questo orario è appena stato preso" in response.content.decode()


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"name": ""}, "name", "Scrivi il tuo nome e cognome."),
        ({"name": "x" * 101}, "name", "Il nome è troppo lungo: al massimo 100 caratteri."),
        ({"phone": "", "email": ""}, "phone", "Scrivi un numero di telefono o un'e-mail: ne basta uno."),
        (
            {"phone": "12"},
            "phone",
            "Il numero di telefono non sembra giusto. Scrivi le cifre, per esempio 333 123 4567.",
        ),
        (
            {"phone": "chiamami"},
            "phone",
            "Il numero di telefono non sembra giusto. Scrivi le cifre, per esempio 333 123 4567.",
        ),
        (
            {"email": "anna.example.org"},
            "email",
            "L'indirizzo e-mail non sembra giusto. Controlla la @, per esempio nome@esempio.it.",
        ),
        ({"municipality": ""}, "municipality", "Scegli il Comune dove vivi."),
        ({"municipality": "999999"}, "municipality", "Scegli un Comune della lista."),
        ({"note": "x" * 501}, "note", "La nota è troppo lunga: al massimo 500 caratteri (ora sono 501)."),
    ],
)
def test_details_step_errors_keep_what_was_typed(client, ready, municipality, data, field, message):
    client.post("/prenota/", {"topic": "cercare-casa"})
    client.post("/prenota/dove/", {"sportello": ready.slug})
    client.post("/prenota/quando/", {"slot": key(FIRST)})
    values = {
        "name": "Anna Bianchi",
        "phone": "0331 000 1234",
        "email": "",
        "municipality": municipality.pk,
        "note": "Nota mia",
    }
    values.update(data)
    response = client.post("/prenota/dati/", values)
    assert response.status_code == 200
    summary, inline, links = errors_of(response)
    assert summary == inline == [message]
    assert links == [f"#id_{field}"]
    page = soup(response)
    assert page.select_one(f"#id_{field}")["aria-describedby"].endswith(f"id_{field}_error")
    if field != "name":
        assert page.select_one("#id_name")["value"] == "Anna Bianchi"
    if field != "note":
        assert page.select_one("#id_note").get_text().strip() == "Nota mia"
    assert Appointment.objects.count() == 0


def test_back_links_keep_what_was_entered(client, ready, municipality):
    walk_to_summary(client, ready, municipality, email="anna@example.org")
    page = soup(client.get("/prenota/dati/"))
    assert page.select_one("#id_name")["value"] == "Anna Bianchi"
    assert page.select_one("#id_email")["value"] == "anna@example.org"
    assert page.select_one(".booking-back a")["href"] == "/prenota/quando/"
    page = soup(client.get("/prenota/quando/"))
    assert page.select_one(f'input[value="{key(FIRST)}"]').has_attr("checked")
    page = soup(client.get("/prenota/"))
    assert page.select_one('input[value="sfratto-e-morosita"]').has_attr("checked")


def test_steps_cannot_be_skipped(client, ready):
    assert client.get("/prenota/riepilogo/").url == "/prenota/"
    client.post("/prenota/", {"topic": "cercare-casa"})
    assert client.get("/prenota/dati/").url == "/prenota/dove/"


def test_slot_taken_meanwhile_shows_nearest_free_slots_on_the_same_page(client, ready, municipality):
    ready_slot = slots.find_slot(ready, FIRST, NOW)
    walk_to_summary(client, ready, municipality)
    appointment(ready, ready_slot, seat=0, phone="03310000001")
    appointment(ready, ready_slot, seat=1, phone="03310000002")
    response = client.post("/prenota/riepilogo/")
    assert response.status_code == 409
    page = soup(response)
    assert "Questo orario è appena stato preso" in page.select_one("[role=alert]").get_text()
    choices = [button["value"] for button in page.select(".booking-alternatives button")]
    assert choices == [
        key(rome(2026, 1, 6, 9, 30)),
        key(rome(2026, 1, 6, 10, 0)),
        key(rome(2026, 1, 6, 10, 30)),
    ]
    response = client.post("/prenota/riepilogo/", {"slot": choices[0]})
    assert response.url == "/prenota/fatto/"
    assert Appointment.objects.get(name="Anna Bianchi").start == rome(2026, 1, 6, 9, 30)


def test_honeypot_refuses_bots(client, ready, municipality):
    client.post("/prenota/", {"topic": "cercare-casa"})
    client.post("/prenota/dove/", {"sportello": ready.slug})
    client.post("/prenota/quando/", {"slot": key(FIRST)})
    response = client.post(
        "/prenota/dati/",
        {"name": "Bot", "phone": "0331 000 1234", "municipality": municipality.pk, "website": "http://spam"},
    )
    assert response.status_code == 400
    assert client.get("/prenota/riepilogo/").url == "/prenota/dati/"


def test_csrf_is_required(ready):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    assert client.post("/prenota/", {"topic": "cercare-casa"}).status_code == 403


def test_at_most_three_future_appointments_per_contact(client, ready, municipality):
    for i, start in enumerate(s.start for s in slots.free_slots(ready, NOW)[2:5]):
        slot = slots.find_slot(ready, start, NOW)
        appointment(
            ready, slot, phone="03310001234" if i < 2 else "", email="" if i < 2 else "anna@example.org"
        )
    walk_to_summary(client, ready, municipality, phone="0331-000-1234", email="Anna@Example.org")
    response = client.post("/prenota/riepilogo/")
    assert "Hai già 3 appuntamenti" in response.content.decode()
    assert Appointment.objects.count() == 3
    # A past appointment does not count.
    Appointment.objects.filter(email="anna@example.org").update(status="cancelled", cancelled_at=NOW)
    assert client.post("/prenota/riepilogo/").url == "/prenota/fatto/"


def test_rate_limit_per_ip(client, ready, municipality, settings):
    walk_to_summary(client, ready, municipality)
    from booking.views import common as views

    for _ in range(views.BOOKINGS_PER_IP_PER_HOUR):
        views.over_limit(
            client.get("/prenota/riepilogo/").wsgi_request, "book", views.BOOKINGS_PER_IP_PER_HOUR
        )
    response = client.post("/prenota/riepilogo/")
    assert response.status_code == 429
    assert "Troppi tentativi" in response.content.decode()
    assert Appointment.objects.count() == 0
    # Another address is not affected, and no address is stored in clear in the cache.
    other = client.post("/prenota/riepilogo/", REMOTE_ADDR="10.0.0.2")
    assert other.status_code == 302
    assert all("127.0.0.1" not in k for k in cache._cache)  # locmem


def book_now(sportello, start=FIRST, **kwargs):
    values = {"topic": "cercare-casa", "name": "Anna", "phone": "0331 000 1234", "now": NOW}
    values.update(kwargs)
    return services.book(sportello=sportello, start=start, **values)


def test_tokens_are_hashed_at_rest_and_a_wrong_token_is_a_plain_404(client, ready):
    outcome = book_now(ready)
    item = Appointment.objects.get()
    assert item.token_hash == hash_token(outcome.token)
    assert not Appointment.objects.filter(token_hash=outcome.token).exists()
    for value in [outcome.token[:-1] + ("A" if outcome.token[-1] != "A" else "B"), "x" * 43, item.reference]:
        response = client.get(f"/prenota/gestisci/{value}/")
        assert response.status_code == 404
        assert item.reference not in response.content.decode()
    assert client.get("/prenota/gestisci/").status_code == 404  # no session, no appointment


def test_manage_link_puts_the_token_out_of_the_url(client, ready):
    outcome = book_now(ready)
    response = client.get(f"/prenota/gestisci/{outcome.token}/")
    assert response.status_code == 302 and response.url == "/prenota/gestisci/"
    page = soup(client.get("/prenota/gestisci/"))
    assert page.select_one(".booking-reference").get_text() == outcome.appointment.reference
    assert outcome.token not in str(page)


def test_cancel_from_the_manage_link(client, ready):
    outcome = book_now(ready)
    client.get(f"/prenota/gestisci/{outcome.token}/")
    assert "Vuoi annullare" in client.get("/prenota/gestisci/annulla/").content.decode()
    response = client.post("/prenota/gestisci/annulla/", {"reason": "Ho risolto"})
    assert response.url == "/prenota/gestisci/"
    assert "annullato" in client.get("/prenota/gestisci/").content.decode()
    item = Appointment.objects.get()
    assert (item.status, item.cancelled_by, item.cancellation_reason) == (
        "cancelled",
        "citizen",
        "Ho risolto",
    )
    assert slots.find_slot(ready, FIRST, NOW).free == 2
    response = client.post("/prenota/gestisci/annulla/", {"reason": "x" * 301})
    assert response.url == "/prenota/gestisci/"  # nothing left to cancel


def test_move_from_the_manage_link(client, ready):
    outcome = book_now(ready)
    client.get(f"/prenota/gestisci/{outcome.token}/")
    page = soup(client.get("/prenota/gestisci/sposta/?giorno=2026-01-13"))
    assert len(page.select(".booking-time")) == 6
    new = rome(2026, 1, 13, 10, 0)
    # Choosing a time only asks for confirmation, old -> new; nothing moves yet.
    confirm = client.post("/prenota/gestisci/sposta/", {"slot": key(new)})
    assert confirm.status_code == 200
    page = soup(confirm)
    assert [dd.get_text(strip=True) for dd in page.select(".booking-change dd")] == [
        "martedì 6 gennaio, ore 09:00",
        "martedì 13 gennaio, ore 10:00",
    ]
    assert page.find("button", string="Conferma lo spostamento")
    assert Appointment.objects.get().start == FIRST
    assert (
        client.post("/prenota/gestisci/sposta/", {"slot": key(new), "conferma": "1"}).url
        == "/prenota/gestisci/"
    )
    item = Appointment.objects.get()
    assert (item.start, item.status, item.reference, item.moved_count) == (
        new,
        "confirmed",
        outcome.appointment.reference,
        1,
    )
    assert "spostato" in client.get("/prenota/gestisci/").content.decode()


def test_move_to_a_slot_taken_meanwhile_keeps_the_old_one(client, ready):
    outcome = book_now(ready)
    client.get(f"/prenota/gestisci/{outcome.token}/")
    target = slots.find_slot(ready, rome(2026, 1, 13, 9, 0), NOW)
    appointment(ready, target, seat=0, phone="03310000001")
    appointment(ready, target, seat=1, phone="03310000002")
    response = client.post("/prenota/gestisci/sposta/", {"slot": target.key, "conferma": "1"})
    assert response.status_code == 409
    assert "Questo orario è appena stato preso" in response.content.decode()
    assert Appointment.objects.get(pk=outcome.appointment.pk).start == FIRST


def test_move_service_is_atomic_on_a_full_slot(ready):
    mine = book_now(ready).appointment
    target = slots.find_slot(ready, rome(2026, 1, 13, 9, 0), NOW)
    appointment(ready, target, seat=0, phone="03310000001")
    appointment(ready, target, seat=1, phone="03310000002")
    assert services.move(mine, target.start, now=NOW).status == services.TAKEN
    mine.refresh_from_db()
    assert mine.start == FIRST and mine.status == "confirmed"


def test_booking_is_refused_outside_the_window_or_on_a_closed_day(ready):
    assert book_now(ready, start=rome(2026, 1, 1, 11, 0)).status == services.UNAVAILABLE
    assert book_now(ready, start=rome(2026, 1, 6, 9, 10)).status == services.UNAVAILABLE
    assert book_now(ready, start=rome(2026, 6, 2, 9, 0)).status == services.UNAVAILABLE  # beyond 60 days


def test_manage_tokens_are_not_logged_on_404(client, ready, caplog):
    token = "QmFkVG9rZW5CYWRUb2tlbkJhZFRva2VuQmFkVG9rZW4"
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get(f"/prenota/gestisci/{token}/")
    assert response.status_code == 404
    assert any("/prenota/gestisci/[token]/" in record.getMessage() for record in caplog.records)
    assert token not in caplog.text


def test_notifications_hook_runs_after_commit_without_personal_data(
    ready, caplog, django_capture_on_commit_callbacks
):
    with (
        caplog.at_level(logging.INFO, logger="sportello.booking"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        outcome = book_now(ready, name="Anna Bianchi", email="anna@example.org")
    assert [record.getMessage() for record in caplog.records] == [
        f"appointment {outcome.appointment.pk} booked"
    ]


def test_other_sportelli_and_inactive_ones(client, ready):
    SportelloFactory(name="Spento", slug="spento", active=False)
    client.post("/prenota/", {"topic": "cercare-casa"})
    assert "Spento" not in client.get("/prenota/dove/").content.decode()
    assert client.post("/prenota/dove/", {"sportello": "spento"}).status_code == 200


def test_step_pages_make_a_bounded_number_of_queries(
    client, ready, municipality, django_assert_max_num_queries
):
    for i in range(4):
        other = SportelloFactory(name=f"Altro {i}", slug=f"altro-{i}")
        weekly_opening(other, FIRST.date())
    client.post("/prenota/", {"topic": "cercare-casa"})
    with django_assert_max_num_queries(14):  # 3 of them: footer pages (base.html)
        assert client.get("/prenota/dove/").status_code == 200
    client.post("/prenota/dove/", {"sportello": ready.slug})
    with django_assert_max_num_queries(12):
        assert client.get("/prenota/quando/?giorno=2026-01-06").status_code == 200


def test_manage_link_attempts_are_rate_limited(client, ready):
    from booking.views import common as views

    outcome = book_now(ready)
    for _ in range(views.MANAGE_LINKS_PER_IP_PER_HOUR):
        client.get("/prenota/gestisci/" + "x" * 43 + "/")
    assert client.get(f"/prenota/gestisci/{outcome.token}/").status_code == 429


def test_a_past_or_cancelled_appointment_cannot_be_changed(client, ready):
    outcome = book_now(ready)
    client.get(f"/prenota/gestisci/{outcome.token}/")
    with time_machine.travel(rome(2026, 1, 7, 10, 0), tick=False):
        page = soup(client.get("/prenota/gestisci/"))
        assert not page.select('a[href="/prenota/gestisci/sposta/"]')
        assert client.get("/prenota/gestisci/sposta/").url == "/prenota/gestisci/"
        assert client.post("/prenota/gestisci/annulla/").url == "/prenota/gestisci/"
        assert (
            client.post("/prenota/gestisci/sposta/", {"slot": key(rome(2026, 1, 13, 9))}).url
            == "/prenota/gestisci/"
        )
    item = Appointment.objects.get()
    assert (item.status, item.start) == ("confirmed", FIRST)
    # A cancelled one shows no actions either.
    services.cancel(item, now=NOW)
    page = soup(client.get("/prenota/gestisci/"))
    assert "annullato" in page.select_one(".booking-status--cancelled").get_text() and not page.select(
        ".booking-actions"
    )
