"""A provider that hangs or is down never blocks the sender nor loses a message.

Real SMTP servers on 127.0.0.1 (tests/booking/smtp_servers.py): one that accepts the connection and
never answers, a port where nothing listens, and one that works. The clock of the outbox is passed
as ``now``; elapsed time is measured with the real monotonic clock.
"""

import datetime
import time

import pytest

from booking import emails
from booking.models import OutgoingMessage
from tests.booking.operators_fixtures import *  # noqa: F403 - fixtures
from tests.booking.operators_fixtures import LAST_WEEK
from tests.booking.smtp_servers import SilentSMTPServer, SMTPServer, closed_port
from tests.factories.booking_operators import book, rome

pytestmark = pytest.mark.django_db

TIMEOUT = 1.0


@pytest.fixture
def smtp(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_TIMEOUT = TIMEOUT
    settings.EMAIL_USE_TLS = False
    return settings


def two_bookings(sportello):
    book(sportello, rome(2026, 3, 3, 9, 0), now=LAST_WEEK, email="maria@example.com", phone="0331 555 0101")
    book(sportello, rome(2026, 3, 3, 9, 30), now=LAST_WEEK, email="luca@example.com", phone="0331 555 0202")
    return OutgoingMessage.objects.filter(kind="confirmation")


def sent_to(server):
    return sorted(message["to"][0] for message in server.messages)


def test_a_provider_that_never_answers_fails_the_attempt_within_the_timeout(sportello_a, smtp):
    rows = two_bookings(sportello_a)
    assert rows.count() == 2
    with SilentSMTPServer() as silent:
        smtp.EMAIL_PORT = silent.port
        started = time.perf_counter()
        sent = emails.send_due(now=LAST_WEEK)
        elapsed = time.perf_counter() - started
    assert sent == 0
    # One timeout per message, not "for ever" (without a timeout this blocked for minutes).
    assert elapsed < 2 * TIMEOUT + 3, elapsed
    for row in rows:
        assert row.status == "pending" and row.attempts == 1 and row.claimed_at is None
        # smtplib reports the timed-out read as a dropped connection.
        assert row.last_error in {"SMTPServerDisconnected", "TimeoutError"}
        assert row.body_text  # kept for the retry

    with SMTPServer() as server:
        smtp.EMAIL_PORT = server.port
        # Not due yet: the retry waits for its backoff (1 minute after the first attempt).
        assert emails.send_due(now=LAST_WEEK + datetime.timedelta(seconds=30)) == 0
        assert emails.send_due(now=LAST_WEEK + datetime.timedelta(minutes=2)) == 2
        assert emails.send_due(now=LAST_WEEK + datetime.timedelta(hours=7)) == 0
    assert sent_to(server) == ["<luca@example.com>", "<maria@example.com>"]  # each exactly once
    assert "Appuntamento confermato" in server.messages[0]["data"]
    assert set(rows.values_list("status", flat=True)) == {"sent"}


def test_a_provider_that_is_down_leaves_messages_pending_then_delivers_once(sportello_a, smtp):
    rows = two_bookings(sportello_a)
    smtp.EMAIL_PORT = closed_port()
    started = time.perf_counter()
    assert emails.send_due(now=LAST_WEEK) == 0
    assert time.perf_counter() - started < TIMEOUT + 2
    assert set(rows.values_list("status", "last_error")) == {("pending", "ConnectionRefusedError")}
    with SMTPServer() as server:
        smtp.EMAIL_PORT = server.port
        assert emails.send_due(now=LAST_WEEK + datetime.timedelta(minutes=2)) == 2
        assert emails.send_due(now=LAST_WEEK + datetime.timedelta(minutes=20)) == 0
    assert sent_to(server) == ["<luca@example.com>", "<maria@example.com>"]


def test_a_claim_left_by_a_dead_or_hung_worker_is_given_back_after_the_lease(sportello_a, smtp):
    smtp.BOOKING_EMAIL_CLAIM_LEASE = 600
    rows = two_bookings(sportello_a)
    stuck = rows.first()
    # A worker claimed this row and died (or hangs) before sending.
    OutgoingMessage.objects.filter(pk=stuck.pk).update(status="sending", claimed_at=LAST_WEEK, attempts=1)
    with SMTPServer() as server:
        smtp.EMAIL_PORT = server.port
        # Inside the lease the claim holds: the other message goes, this one waits.
        assert emails.send_due(now=LAST_WEEK + datetime.timedelta(minutes=5)) == 1
        stuck.refresh_from_db()
        assert stuck.status == "sending"
        # Past the lease it is given back and sent, once.
        assert emails.send_due(now=LAST_WEEK + datetime.timedelta(minutes=11)) == 1
        assert emails.send_due(now=LAST_WEEK + datetime.timedelta(hours=1)) == 0
    stuck.refresh_from_db()
    assert stuck.status == "sent" and stuck.attempts == 2
    assert len(server.messages) == 2 and len(set(sent_to(server))) == 2


def test_the_lease_is_never_shorter_than_four_timeouts(settings):
    settings.EMAIL_TIMEOUT = 300
    settings.BOOKING_EMAIL_CLAIM_LEASE = 60
    assert emails.claim_lease() == datetime.timedelta(seconds=1200)


def test_production_settings_give_every_provider_a_timeout():
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": "sqlite:////tmp/unused.sqlite3",
        "DEFAULT_FROM_EMAIL": "a@example.org",
        "WAGTAILADMIN_BASE_URL": "https://example.org",
    }
    code = (
        "from django.conf import settings as s; "
        "print(s.EMAIL_TIMEOUT, s.ANYMAIL['REQUESTS_TIMEOUT'], s.BOOKING_EMAIL_CLAIM_LEASE)"
    )
    out = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        cwd="site",
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out == ["15.0", "15.0", "900.0"]
