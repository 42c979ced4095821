"""The confirmation e-mail lists what to bring for its topic, like the done page does."""

from html import unescape

from django.core import mail

import pytest

from core.topics import ALWAYS_BRING
from tests.booking.operators_fixtures import *  # noqa: F403 - fixtures
from tests.booking.operators_fixtures import LAST_WEEK
from tests.factories.booking_operators import book, rome

pytestmark = pytest.mark.django_db


def confirmation_to(address):
    return next(m for m in mail.outbox if m.to == [address])


def test_confirmation_email_lists_what_to_bring_for_its_topic(
    sportello_a, anymail_backend, django_capture_on_commit_callbacks
):
    sportello_a.what_to_bring = "La tessera dello sportello."
    sportello_a.save()
    with django_capture_on_commit_callbacks(execute=True):
        book(sportello_a, rome(2026, 3, 3, 9, 0), now=LAST_WEEK, topic="sfratto-e-morosita")
    message = confirmation_to("maria.bianchi@example.com")
    html = unescape(message.alternatives[0][0])
    for text in (message.body, html):
        assert "Cosa portare" in text
        assert "Gli atti del tribunale (la citazione, la data dello sfratto)." in text
        assert str(ALWAYS_BRING[0]) in text  # a lazy translation, Italian here
        assert "La tessera dello sportello." in text
        assert "L'ISEE, se lo hai." not in text  # another topic's list


def test_confirmation_for_altro_lists_the_general_papers(
    sportello_a, anymail_backend, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        book(sportello_a, rome(2026, 3, 3, 9, 0), now=LAST_WEEK, topic="altro")
    body = confirmation_to("maria.bianchi@example.com").body
    assert "I fogli che riguardano la tua casa, se ne hai." in body
