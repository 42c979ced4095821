"""The public form "Segnala un immobile vuoto": refuses bad input in Italian, stores only good reports."""

import pytest

from territory.models import Status, VacantBuilding

URL = "/immobili-sfitti/"


def valid_data(**changes):
    data = {
        "reporter_role": "cittadino",
        "municipality": "ispra",
        "address": "Via del Lago 27",
        "kind": "appartamento",
        "ownership": "privata",
        "condition": "piccoli-lavori",
        "size_sqm": "70",
        "rooms": "3",
        "rent_concordato": "non-so",
        "lend_temporary": "si",
        "description": "Vuoto da due anni.",
        "contact_name": "",
        "contact": "",
        "sito_web": "",
    }
    data.update(changes)
    return data


pytestmark = pytest.mark.django_db


def test_the_form_works_without_javascript_and_has_csrf(client, site_settings, towns):
    client = type(client)(enforce_csrf_checks=True)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert "<script" not in html.split("<main", 1)[-1].split("</main>", 1)[0]
    assert "Segnala un immobile vuoto" in html
    # Without the CSRF token the post is refused and nothing is stored.
    assert client.post(URL, valid_data()).status_code == 403
    assert VacantBuilding.objects.count() == 0


def test_bad_input_is_refused_in_italian_nothing_stored_nothing_lost(client, site_settings, towns):
    data = valid_data(municipality="", kind="", size_sqm="tanti", contact="ciao", address="Via Verdi 5")
    response = client.post(URL, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Controlla il modulo" in html
    assert "Scegli il Comune dell&#x27;immobile." in html
    assert "Scegli una risposta." in html
    assert "Scrivi solo un numero, es. 70." in html
    assert "Scrivi un numero di telefono o un indirizzo e-mail." in html
    # What the person wrote is still there.
    assert 'value="Via Verdi 5"' in html
    assert "Vuoto da due anni." in html
    assert VacantBuilding.objects.count() == 0


def test_a_contact_needs_consent(client, site_settings, towns):
    response = client.post(URL, valid_data(contact="0331 123456"))
    assert response.status_code == 400
    assert "spunta la casella del consenso" in response.content.decode()
    assert VacantBuilding.objects.count() == 0

    response = client.post(URL, valid_data(contact="0331 123456", contact_consent="on", contact_name="Anna"))
    assert response.status_code == 302
    building = VacantBuilding.objects.get()
    assert (building.contact, building.contact_consent, building.contact_name) == (
        "0331 123456",
        True,
        "Anna",
    )


def test_a_valid_report_is_stored_and_thanked_without_echoing_the_address(client, site_settings, towns):
    response = client.post(URL, valid_data(), follow=True)
    assert response.redirect_chain[-1][0] == "/immobili-sfitti/grazie/"
    html = response.content.decode()
    assert "Grazie: abbiamo ricevuto la segnalazione" in html
    assert "Via del Lago" not in html
    building = VacantBuilding.objects.get()
    assert building.status == Status.REPORTED
    assert building.municipality == towns["ispra"]
    assert (building.kind, building.condition, building.rooms, building.size_sqm) == (
        "appartamento",
        "piccoli-lavori",
        3,
        70,
    )
    assert building.lend_temporary == "si"
    assert building.contact == "" and not building.contact_consent


def test_the_honeypot_looks_like_success_and_stores_nothing(client, site_settings, towns):
    response = client.post(URL, valid_data(sito_web="http://spam.example"))
    assert response.status_code == 302
    assert VacantBuilding.objects.count() == 0


def test_rate_limit_keeps_what_was_written(client, site_settings, towns):
    for number in range(5):
        assert client.post(URL, valid_data(address=f"Via Roma {number}")).status_code == 302
    response = client.post(URL, valid_data(address="Via Roma 99"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "Riprova tra un'ora" in html
    assert 'value="Via Roma 99"' in html
    assert VacantBuilding.objects.count() == 5


def test_the_same_address_written_another_way_is_marked_as_duplicate(client, site_settings, towns):
    client.post(URL, valid_data(address="Piazza Garibaldi, 3"))
    client.post(URL, valid_data(address="P.za  garibaldi n. 3"))
    client.post(URL, valid_data(address="Piazza Garibaldi 3", municipality="taino"))  # another town
    first, second, other = VacantBuilding.objects.order_by("pk")
    assert second.duplicate_of == first
    assert first.duplicate_of is None and other.duplicate_of is None


def test_the_address_and_contact_never_reach_a_public_page(client, site_settings, towns):
    client.post(
        URL, valid_data(address="Vicolo Segreto 7", contact="segreto@example.org", contact_consent="on")
    )
    assert VacantBuilding.objects.count() == 1
    for url in [
        URL,
        "/immobili-sfitti/grazie/",
        "/osservatorio/",
        "/osservatorio/dati.json",
        "/osservatorio/dati.csv",
    ]:
        body = client.get(url).content.decode()
        assert "Vicolo Segreto" not in body, url
        assert "segreto@example.org" not in body, url
