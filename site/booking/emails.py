"""E-mails about appointments, through an outbox.

1. ``queue_for_change`` writes ``OutgoingMessage`` rows, already rendered, inside the transaction
   that changed the appointment (call it there) and asks for sending *after commit*.
2. ``send_message`` (a django-tasks task: immediate in development and tests, the database worker in
   production) claims one row with a conditional UPDATE ``pending → sending``: of two workers only one
   gets the row, so a message goes out once. A failure puts the row back to ``pending`` with a later
   ``next_attempt_at`` (exponential backoff) and it is picked up by ``send_pending_messages``.
3. Bodies are blanked once sent: the confirmation carries the manage link, which must not linger.

The provider being down never fails or slows a booking: the booking's transaction only writes rows,
and every error while sending is caught and recorded (its class name only: no address in logs).

The manage link: only the hash of the manage token is stored, so the raw token exists only while the
booking is made. The confirmation is rendered into its outbox row then (``token=``). Later messages
(change, reminder) cannot rebuild the link and do not try: they say to use the link in the
confirmation e-mail or to phone the service. That keeps "stored hashed" strict: nobody, not even with
the database and the secret key, can rebuild a working link.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy

from wagtail.models import Site

from django_tasks import task

from core.topics import what_to_bring

from . import events, ical
from .models import Appointment, OutgoingMessage

logger = logging.getLogger("sportello.email")

MAX_ATTEMPTS = 8
# A row claimed ("sending") longer than this is given back to "pending" by ``send_due``: its worker
# died or hung. It must be well over the provider timeout (settings.EMAIL_TIMEOUT, also used for
# anymail's HTTP calls), so a slow but live send is never reclaimed and sent twice.
STALE_CLAIM = datetime.timedelta(minutes=15)


def claim_lease():
    """How long a claim holds: ``BOOKING_EMAIL_CLAIM_LEASE`` seconds, at least 4 × the timeout."""
    timeout = getattr(settings, "EMAIL_TIMEOUT", None) or 0
    lease = getattr(settings, "BOOKING_EMAIL_CLAIM_LEASE", STALE_CLAIM.total_seconds())
    return datetime.timedelta(seconds=max(float(lease), 4 * float(timeout)))


SUBJECTS = {
    OutgoingMessage.Kind.CONFIRMATION: gettext_lazy("Appuntamento confermato – codice {reference}"),
    OutgoingMessage.Kind.CHANGE: gettext_lazy("Appuntamento spostato – codice {reference}"),
    OutgoingMessage.Kind.CANCELLATION: gettext_lazy("Appuntamento annullato – codice {reference}"),
    OutgoingMessage.Kind.REMINDER: gettext_lazy("Domani hai un appuntamento – codice {reference}"),
    OutgoingMessage.Kind.OPERATOR_NOTICE: "{urgent}Nuova prenotazione {reference} – {sportello}",
}


def max_attempts():
    return getattr(settings, "BOOKING_EMAIL_MAX_ATTEMPTS", MAX_ATTEMPTS)


def backoff(attempts):
    """Wait before the next attempt: 1, 2, 4, 8... minutes, at most 6 hours."""
    return datetime.timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))


def _site():
    return Site.objects.filter(is_default_site=True).first() or Site.objects.first()


def public_base_url():
    configured = getattr(settings, "BOOKING_PUBLIC_BASE_URL", "")
    if configured:
        return configured.rstrip("/")
    site = _site()
    return site.root_url.rstrip("/") if site else getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")


def site_settings():
    from core.models import SiteSettings

    site = _site()
    return SiteSettings.for_site(site) if site else SiteSettings()


def _url(name, *args, default=""):
    try:
        return public_base_url() + reverse(name, args=args)
    except NoReverseMatch:
        return default


def manage_url(token):
    return _url("booking:manage_entry", token, default=f"{public_base_url()}/prenota/gestisci/{token}/")


def appointment_ics(appointment, *, now=None):
    """The appointment as an .ics attachment: the same UID and SEQUENCE as every other calendar file."""
    return ical.ics_bytes(appointment, site_settings().service_name, now=now).decode()


def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


def interpreter_name(code):
    from .forms import INTERPRETER_CHOICES

    return str(dict(INTERPRETER_CHOICES).get(code, code)) if code else ""


def base_context(appointment):
    settings_ = site_settings()
    return {
        "appointment": appointment,
        "sportello": appointment.sportello,
        "when": timezone.localtime(appointment.start),
        "until": timezone.localtime(appointment.end),
        "place": ical.location(appointment),
        "topic_label": appointment.topic_label,
        "what_to_bring": what_to_bring(appointment.topic, appointment.sportello),
        "language_name": language_name(getattr(appointment, "language", "") or settings.LANGUAGE_CODE),
        "interpreter_name": interpreter_name(getattr(appointment, "interpreter", "")),
        "service_name": settings_.service_name,
        "service_phone": settings_.phone,
        "service_email": settings_.email,
        "book_url": _url("booking:start", default=f"{public_base_url()}/prenota/"),
    }


def render(kind, context):
    subject = str(SUBJECTS[kind]).format(
        reference=context["appointment"].reference,
        sportello=context["sportello"].name,
        urgent="URGENTE – " if context["appointment"].urgent else "",
    )
    text = render_to_string(f"booking/email/{kind}.txt", context).strip() + "\n"
    html = render_to_string(f"booking/email/{kind}.html", context)
    return subject, text, html


def queue(appointment, kind, *, to, dedupe_key, context=None, attach_ics=False, now=None):
    """Write one outbox row (once per ``dedupe_key``) and send it after commit. Returns it or None."""
    if not to:
        return None
    if OutgoingMessage.objects.filter(dedupe_key=dedupe_key).exists():
        return None
    now = now or timezone.now()
    # Citizens read their e-mails (and the .ics) in the language they booked in; operators in Italian.
    language = settings.LANGUAGE_CODE
    if kind != OutgoingMessage.Kind.OPERATOR_NOTICE:
        language = getattr(appointment, "language", "") or settings.LANGUAGE_CODE
    with translation.override(language):
        full_context = base_context(appointment)
        full_context.update(context or {})
        subject, text, html = render(kind, full_context)
        ics = appointment_ics(appointment) if attach_ics else ""
    message = OutgoingMessage.objects.create(
        appointment=appointment,
        kind=kind,
        dedupe_key=dedupe_key,
        to=to,
        subject=subject[:200],
        body_text=text,
        body_html=html,
        ics=ics,
        next_attempt_at=now,
    )
    transaction.on_commit(lambda: enqueue_send(message.pk))
    return message


def enqueue_send(message_id):
    """Hand one message to the task backend; if even that fails, ``send_pending_messages`` will."""
    try:
        send_message.enqueue(message_id)
    except Exception as error:  # noqa: BLE001 - never let sending break the request that booked
        logger.warning(
            "message %s not enqueued (%s): left for send_pending_messages", message_id, type(error).__name__
        )


def queue_for_change(appointment, event, *, token=None, now=None):
    """The messages a change causes. Call it inside the transaction that made the change.

    ``event`` is one of ``events.BOOKED``, ``MOVED``, ``CANCELLED``. ``token`` is the raw manage
    token, known only at booking time. Safe to call twice for the same change (dedupe keys).
    """
    Kind = OutgoingMessage.Kind
    kind, cause, context = {
        events.BOOKED: (
            Kind.CONFIRMATION,
            "confirmation",
            {"manage_url": manage_url(token) if token else ""},
        ),
        events.MOVED: (Kind.CHANGE, f"moved:{appointment.moved_count}", {}),
        events.CANCELLED: (
            Kind.CANCELLATION,
            "cancelled",
            {"by_citizen": appointment.cancelled_by == Appointment.CancelledBy.CITIZEN},
        ),
    }[event]
    message = queue(
        appointment,
        kind,
        to=appointment.email,
        dedupe_key=f"appointment:{appointment.pk}:{cause}",
        context=context,
        attach_ics=True,
        now=now,
    )
    return [message] if message is not None else []


def queue_reminder(appointment, *, now=None):
    return queue(
        appointment,
        OutgoingMessage.Kind.REMINDER,
        to=appointment.email,
        dedupe_key=f"appointment:{appointment.pk}:reminder:{appointment.start:%Y%m%d%H%M}",
        attach_ics=True,
        now=now,
    )


def _build(message):
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to],
    )
    if message.body_html:
        email.attach_alternative(message.body_html, "text/html")
    if message.ics:
        email.attach("appuntamento.ics", message.ics, "text/calendar")
    # Tags and metadata let delivery webhooks find the row (anymail passes them to most ESPs).
    email.tags = [f"booking-{message.kind}"]
    email.metadata = {"outgoing_message": str(message.pk)}
    return email


def deliver(message_id, *, now=None):
    """Send one due message, at most once. Returns True if this call sent it."""
    now = now or timezone.now()
    claimed = OutgoingMessage.objects.filter(
        pk=message_id, status=OutgoingMessage.Status.PENDING, next_attempt_at__lte=now
    ).update(status=OutgoingMessage.Status.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    if not claimed:
        return False  # sent, being sent by another worker, or not due yet
    message = OutgoingMessage.objects.get(pk=message_id)
    try:
        email = _build(message)
        # The timeout bounds every socket operation (SMTP) or HTTP call (anymail): a provider that
        # accepts and never answers fails this attempt instead of hanging the worker.
        get_connection(timeout=email_timeout()).send_messages([email])
    except Exception as error:  # noqa: BLE001 - any provider failure is retried later
        give_up = message.attempts >= max_attempts()
        changes = {
            "status": OutgoingMessage.Status.FAILED if give_up else OutgoingMessage.Status.PENDING,
            "next_attempt_at": now + backoff(message.attempts),
            "last_error": type(error).__name__[:200],
            "claimed_at": None,
        }
        if give_up:  # it will never be sent: do not keep the manage link around
            changes.update(body_text="", body_html="", ics="")
        OutgoingMessage.objects.filter(pk=message_id, status=OutgoingMessage.Status.SENDING).update(**changes)
        logger.warning(
            "message %s (%s) attempt %s failed: %s%s",
            message.pk,
            message.kind,
            message.attempts,
            type(error).__name__,
            ", giving up" if give_up else "",
        )
        return False
    status = getattr(email, "anymail_status", None)
    provider_id = getattr(status, "message_id", None)
    provider_id = "" if provider_id is None else str(provider_id)[:200]
    OutgoingMessage.objects.filter(pk=message_id).update(
        status=OutgoingMessage.Status.SENT,
        sent_at=now,
        provider_message_id=provider_id,
        body_text="",
        body_html="",
        ics="",
        last_error="",
    )
    logger.debug("message %s (%s) sent", message.pk, message.kind)
    return True


def email_timeout():
    """Seconds for one provider call (``EMAIL_TIMEOUT``, 15 by default in settings)."""
    return getattr(settings, "EMAIL_TIMEOUT", None) or 15


@task
def send_message(message_id):
    return deliver(message_id)


def send_due(*, now=None, limit=500):
    """Send every due message (retries included). Returns how many went out."""
    now = now or timezone.now()
    reclaim_stale(now=now)
    due = OutgoingMessage.objects.filter(
        Q(status=OutgoingMessage.Status.PENDING), next_attempt_at__lte=now
    ).values_list("pk", flat=True)[:limit]
    return sum(1 for pk in list(due) if deliver(pk, now=now))


def reclaim_stale(*, now):
    """Rows left "sending" past the lease (the worker died or hung) go back to "pending", due now,
    with the reason in ``last_error``; at the attempt limit they fail. Returns how many."""
    stale = OutgoingMessage.objects.filter(
        status=OutgoingMessage.Status.SENDING, claimed_at__lt=now - claim_lease()
    )
    failed = stale.filter(attempts__gte=max_attempts()).update(
        status=OutgoingMessage.Status.FAILED,
        claimed_at=None,
        last_error="ClaimExpired",
        body_text="",
        body_html="",
        ics="",
    )
    pending = stale.update(
        status=OutgoingMessage.Status.PENDING, claimed_at=None, next_attempt_at=now, last_error="ClaimExpired"
    )
    if failed or pending:
        logger.warning("%s stale message claims given back, %s given up", pending, failed)
    return failed + pending


@task
def send_pending_messages():
    return send_due()
