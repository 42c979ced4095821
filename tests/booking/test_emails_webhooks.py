"""Delivery webhooks through anymail: authenticated, idempotent, and a bounce shows in the agenda."""

import base64
import json

from django.core import mail
from django.urls import reverse

import pytest

from booking.models import Appointment, DeliveryEvent, OutgoingMessage
from tests.booking.operators_fixtures import *  # noqa: F403 - fixtures
from tests.booking.operators_fixtures import LAST_WEEK

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.operators.operators_urls")]

URL = "/anymail/brevo/tracking/"


def auth(user_pass="hook:s3cret"):
    return {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(user_pass.encode()).decode()}


def brevo_event(message, event="hard_bounce"):
    return json.dumps(
        {
            "event": event,
            "email": message.to or "someone@example.com",
            "message-id": message.provider_message_id,
            "ts_epoch": 1772524800000,
            "reason": "mailbox does not exist",
            "X-Mailin-custom": json.dumps({"outgoing_message": str(message.pk)}),
        }
    )


@pytest.fixture
def bounced_setup(
    anymail_backend, sportello_a, sportello_b, operator_a, operator_b, django_capture_on_commit_callbacks
):
    from tests.factories.booking_operators import book, rome

    with django_capture_on_commit_callbacks(execute=True):
        appointment = book(sportello_a, rome(2026, 3, 3, 9, 0), now=LAST_WEEK).appointment
    message = OutgoingMessage.objects.get(appointment=appointment, kind="confirmation")
    assert message.status == "sent" and message.provider_message_id != ""
    return appointment, message


def test_unauthenticated_webhook_is_refused(client, bounced_setup):
    appointment, message = bounced_setup
    assert reverse("anymail:brevo_tracking_webhook") == URL
    for headers in ({}, auth("hook:wrong")):
        response = client.post(URL, brevo_event(message), content_type="application/json", **headers)
        assert response.status_code == 400
    appointment.refresh_from_db()
    assert appointment.contact_unreachable is False
    assert DeliveryEvent.objects.count() == 0


def test_bounce_marks_contact_unreachable_once(clock, client, bounced_setup, operator_a):
    from wagtail.models import ModelLogEntry

    appointment, message = bounced_setup
    for _ in range(2):  # the ESP retries: the duplicate changes nothing
        response = client.post(URL, brevo_event(message), content_type="application/json", **auth())
        assert response.status_code == 200
    appointment.refresh_from_db()
    assert appointment.contact_unreachable is True
    assert DeliveryEvent.objects.count() == 1
    logs = ModelLogEntry.objects.filter(action="booking.contact_unreachable")
    assert logs.count() == 1
    assert logs.get().label == appointment.reference
    # The agenda shows it, so the operator phones instead.
    client.force_login(operator_a)
    page = client.get(reverse("booking_operators:agenda") + "?giorno=2026-03-03").content.decode()
    assert "Contatto non raggiungibile" in page


def test_delivered_event_changes_nothing(client, bounced_setup):
    appointment, message = bounced_setup
    response = client.post(URL, brevo_event(message, "delivered"), content_type="application/json", **auth())
    assert response.status_code == 200
    assert Appointment.objects.get(pk=appointment.pk).contact_unreachable is False
    assert len(mail.outbox) >= 1
