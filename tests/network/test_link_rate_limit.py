"""The public token link pages answer 429 after 30 requests an hour from one address, with nothing
personal (token, address) in the logs."""

import logging

import pytest

from network import services

from .conftest import NOW

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.77"


def test_the_31st_link_request_in_an_hour_answers_429_in_italian(
    client, shelter, shelter_staff, caplog, clock
):
    token = services.beds_token(shelter, NOW)
    url = f"/rete/posti/{token}/"
    for _ in range(30):
        assert client.get(url, REMOTE_ADDR=ADDRESS).status_code == 200
    # Django's loggers do not propagate to the root (settings): listen on "django" itself.
    django_logger = logging.getLogger("django")
    django_logger.addHandler(caplog.handler)
    try:
        response = client.get(url, REMOTE_ADDR=ADDRESS)
        forged = client.get("/rete/verifica/not-a-real-token-abcdef/", REMOTE_ADDR=ADDRESS)
    finally:
        django_logger.removeHandler(caplog.handler)
    assert response.status_code == 429 and forged.status_code == 429
    page = response.content.decode()
    assert "Troppi tentativi" in page and "Riprova tra un'ora" in page
    # Nothing was saved by the refused request, and the logs hold neither the token nor the address.
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "/rete/posti/[token]/" in logged
    assert token not in logged and "not-a-real-token" not in logged and ADDRESS not in logged

    # Another address is not affected; the same address is again after the hour.
    assert client.get(url, REMOTE_ADDR="198.51.100.5").status_code == 200
    clock.shift(3601)
    assert client.get(url, REMOTE_ADDR=ADDRESS).status_code == 200


def test_the_limit_counts_all_link_pages_together(client, db, site_settings):
    for number in range(30):
        client.get(f"/rete/invito/token{number:04d}abcdef/", REMOTE_ADDR=ADDRESS)
    assert client.get("/rete/verifica/tokenabcdef/", REMOTE_ADDR=ADDRESS).status_code == 429
    assert client.get("/rete/posti/tokenabcdef/", REMOTE_ADDR=ADDRESS).status_code == 429
