"""Network e-mails through booking's outbox (``booking.OutgoingMessage``, sent by ``send_message`` and
retried by ``send_pending_messages``).

The outbox carries non-appointment messages: ``appointment`` stays empty and ``kind`` is ``network``.
One row per ``dedupe_key``, written in the caller's transaction and sent after commit, so a status
change and its e-mail commit or roll back together and a change is never announced twice.
"""

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from booking.emails import enqueue_send, public_base_url, site_settings
from booking.models import OutgoingMessage

KIND = OutgoingMessage.Kind.NETWORK


def absolute(path):
    return public_base_url() + path


def queue(template, *, to, dedupe_key, subject, context=None, now=None):
    """Write one outbox row (once per ``dedupe_key``); returns it, or None if already written or no ``to``."""
    if not to:
        return None
    if OutgoingMessage.objects.filter(dedupe_key=dedupe_key).exists():
        return None
    settings_ = site_settings()
    full_context = {
        "service_name": settings_.service_name,
        "service_phone": settings_.phone,
        "service_email": settings_.email,
    }
    full_context.update(context or {})
    text = render_to_string(f"network/email/{template}.txt", full_context).strip() + "\n"
    message = OutgoingMessage.objects.create(
        kind=KIND,
        dedupe_key=dedupe_key[:120],
        to=to,
        subject=subject[:200],
        body_text=text,
        next_attempt_at=now or timezone.now(),
    )
    transaction.on_commit(lambda: enqueue_send(message.pk))
    return message
