""" "Segnala un errore": stored for staff, e-mailed to the service, protected from robots."""

from django.core.cache import cache
from django.test import Client

import pytest

from partners.models import ErrorReport
from partners.services import ERROR_REPORTS_PER_HOUR
from tests.factories.partners import create_partner

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clear_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def partner(site_settings, ispra):
    return create_partner("Sportello casa di Ispra", places=[ispra])


def report_url(partner):
    return f"/partner/{partner.slug}/segnala/"


def test_valid_report_is_stored_and_mailed_to_the_service(
    client, partner, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            report_url(partner),
            {
                "message": "Il telefono non risponde da una settimana.",
                "email": "anna@example.org",
                "sito": "",
            },
        )
    assert response.status_code == 302
    assert response["Location"] == f"/partner/{partner.slug}/?segnalazione=inviata#segnala"

    report = ErrorReport.objects.get()
    assert report.partner == partner
    assert report.message == "Il telefono non risponde da una settimana."
    assert report.email == "anna@example.org" and not report.handled

    assert len(mailoutbox) == 1
    notice = mailoutbox[0]
    assert notice.to == ["sportello@example.org"]
    assert "Sportello casa di Ispra" in notice.subject
    assert "Il telefono non risponde" in notice.body
    assert "anna@example.org" not in notice.body  # the reporter's address stays in the admin

    thanks = client.get(response["Location"]).content.decode()
    assert "Grazie! Abbiamo ricevuto la tua segnalazione." in thanks


def test_invalid_report_shows_italian_errors_and_keeps_the_text(client, partner, mailoutbox):
    response = client.post(report_url(partner), {"message": "", "email": "anna@", "sito": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Scrivi cosa non è giusto in questa scheda." in html
    assert "Questo indirizzo e-mail non sembra giusto." in html
    assert 'value="anna@"' in html
    # Errors are linked to their fields and listed at the top.
    assert 'aria-describedby="id_message-help id_message-error"' in html
    assert 'aria-invalid="true"' in html
    assert 'href="#id_message"' in html
    assert ErrorReport.objects.count() == 0 and mailoutbox == []

    long = client.post(report_url(partner), {"message": "x" * 1001, "sito": ""})
    assert "Scrivi al massimo 1000 caratteri (ora sono 1001)." in long.content.decode()
    assert "x" * 1001 in long.content.decode()


def test_honeypot_looks_like_success_but_stores_and_sends_nothing(
    client, partner, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            report_url(partner), {"message": "Compra ora!", "email": "", "sito": "https://spam.example"}
        )
    assert response.status_code == 302
    assert ErrorReport.objects.count() == 0
    assert mailoutbox == []


def test_rate_limit_stops_a_flood(client, partner):
    for _ in range(ERROR_REPORTS_PER_HOUR):
        assert client.post(report_url(partner), {"message": "Errore", "sito": ""}).status_code == 302
    response = client.post(report_url(partner), {"message": "Ancora", "sito": ""})
    assert response.status_code == 429
    assert "Hai mandato molte segnalazioni in poco tempo." in response.content.decode()
    assert 'value="Ancora"' not in response.content.decode()  # textarea content, not a value attribute
    assert "Ancora</textarea>" in response.content.decode()
    assert ErrorReport.objects.count() == ERROR_REPORTS_PER_HOUR
    # Another person (another address) is not affected.
    other = client.post(report_url(partner), {"message": "Errore"}, REMOTE_ADDR="10.0.0.2")
    assert other.status_code == 302


def test_the_form_needs_the_csrf_token(partner):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(report_url(partner), {"message": "Errore", "sito": ""})
    assert response.status_code == 403
    assert ErrorReport.objects.count() == 0


def test_no_reports_on_drafts(client, site_settings, ispra):
    draft = create_partner("Bozza", places=[ispra], live=False)
    assert client.post(report_url(draft), {"message": "Errore"}).status_code == 404
    assert ErrorReport.objects.count() == 0


def test_report_is_kept_when_the_mail_provider_fails(
    client, partner, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(*args, **kwargs):
        raise ConnectionError("provider down")

    monkeypatch.setattr("partners.services.send_mail", broken)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(report_url(partner), {"message": "Orari sbagliati", "sito": ""})
    assert response.status_code == 302
    assert ErrorReport.objects.filter(message="Orari sbagliati").exists()
