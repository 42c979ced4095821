"""The yearly verification loop: "Ancora tutto giusto" links and reminders."""

import datetime

from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from wagtail.log_actions import log

from partners.models import Partner

from .. import emails
from ..models import (
    VerificationRound,
)
from .common import REMINDER_AFTER, VERIFY_SALT, _recipients, setting

# --- The verification loop ---------------------------------------------------------------------


def verify_after():
    months = setting("NETWORK_VERIFY_AFTER_MONTHS", 6)
    return datetime.timedelta(days=round(months * 365 / 12))


def verify_link_max_age():
    return datetime.timedelta(days=setting("NETWORK_VERIFY_LINK_DAYS", 42))


def verify_token(verification_round):
    return signing.dumps({"r": verification_round.pk}, salt=VERIFY_SALT)


def _send_round(verification_round, step, now):
    partner = verification_round.partner
    token = verify_token(verification_round)
    subject = (
        f"{partner.name}: i tuoi dati sono ancora giusti?"
        if step == 0
        else f"Promemoria: controlla i dati di {partner.name}"
    )
    for number, address in enumerate(_recipients(partner)):
        emails.queue(
            "verification",
            to=address,
            dedupe_key=f"network:verify:{verification_round.pk}:{step}:{number}",
            subject=subject,
            context={
                "partner": partner,
                "reminder": step,
                "confirm_url": emails.absolute(reverse("network:verify", args=[token])),
                "edit_url": emails.absolute(reverse("network_admin:listing_edit", args=[partner.pk])),
            },
            now=now,
        )


def run_verification(now):
    """Start rounds for listings not confirmed for N months; send the reminders after 2 and 4 weeks.

    Returns (started, reminded). Safe to run any number of times a day.
    """
    started = reminded = 0
    cutoff = timezone.localdate(now) - verify_after()
    open_rounds = VerificationRound.objects.filter(confirmed_at__isnull=True)
    due = (
        Partner.objects.public()
        .filter(Q(verified_on__lt=cutoff) | Q(verified_on__isnull=True))
        .exclude(pk__in=open_rounds.values("partner_id"))
    )
    for partner in due:
        with transaction.atomic():
            verification_round = VerificationRound.objects.create(
                partner=partner, started_at=now, last_sent_at=now
            )
            _send_round(verification_round, 0, now)
        started += 1
    for verification_round in open_rounds.select_related("partner"):
        step = verification_round.reminders_sent
        if step >= len(REMINDER_AFTER) or now - verification_round.started_at < REMINDER_AFTER[step]:
            continue
        with transaction.atomic():
            updated = VerificationRound.objects.filter(pk=verification_round.pk, reminders_sent=step).update(
                reminders_sent=step + 1, last_sent_at=now
            )
            if updated:
                _send_round(verification_round, step + 1, now)
                reminded += 1
    return started, reminded


VERIFY_OK, VERIFY_ALREADY, VERIFY_INVALID = "ok", "already", "invalid"


def verification_round_for(token):
    """The round a verification link is for, or None if the link is forged or expired."""
    try:
        data = signing.loads(token, salt=VERIFY_SALT, max_age=verify_link_max_age())
    except signing.BadSignature:  # SignatureExpired is a BadSignature
        return None
    return VerificationRound.objects.select_related("partner").filter(pk=data.get("r")).first()


def confirm_listing(token, *, now):
    """The one-click "Ancora tutto giusto": confirms once. Returns (result, partner)."""
    verification_round = verification_round_for(token)
    if verification_round is None:
        return VERIFY_INVALID, None
    with transaction.atomic():
        confirmed = VerificationRound.objects.filter(
            pk=verification_round.pk, confirmed_at__isnull=True
        ).update(confirmed_at=now, confirmed_by_link=True)
        if not confirmed:
            return VERIFY_ALREADY, verification_round.partner
        # Only the verification date: the published data (and any draft) stay as they are.
        Partner.objects.filter(pk=verification_round.partner_id).update(verified_on=timezone.localdate(now))
        log(verification_round.partner, "network.listing_confirmed", title=verification_round.partner.name)
    return VERIFY_OK, verification_round.partner


def needs_verification(partner, now):
    """Shown publicly as "da verificare": not confirmed for N months and silent after both reminders."""
    cutoff = timezone.localdate(now) - verify_after()
    if partner.verified_on is not None and partner.verified_on >= cutoff:
        return False
    return VerificationRound.objects.filter(
        partner=partner, confirmed_at__isnull=True, started_at__lte=now - REMINDER_AFTER[-1]
    ).exists()
