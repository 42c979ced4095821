"""Referrals between services ("invio"): statuses, e-mails, the warm handover, the purge."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.urls import reverse

from wagtail.log_actions import log

from booking import services as booking_services
from booking import slots

from .. import emails
from ..models import (
    Referral,
    ReferralEvent,
)
from .common import _recipients, setting

# --- Referrals -------------------------------------------------------------------------------


class ReferralError(ValueError):
    pass


TRANSITIONS = {
    Referral.Status.NEW: {Referral.Status.ACCEPTED, Referral.Status.DECLINED},
    Referral.Status.ACCEPTED: {Referral.Status.CLOSED},
    Referral.Status.DECLINED: set(),
    Referral.Status.CLOSED: set(),
}


def working_hours():
    """The working day of the hub (local time): start and end hour, Monday to Friday."""
    return setting("NETWORK_WORKING_HOURS", (9, 18))


def add_working_hours(start, hours):
    """``start`` plus ``hours`` counted only inside working hours, Monday to Friday (local time)."""
    zone = slots.local_zone()
    first, last = working_hours()
    current = start.astimezone(zone)
    remaining = datetime.timedelta(hours=hours)
    while remaining > datetime.timedelta(0):
        day_start = current.replace(hour=first, minute=0, second=0, microsecond=0)
        day_end = current.replace(hour=last, minute=0, second=0, microsecond=0)
        if current.weekday() >= 5 or current >= day_end:
            next_day = (current + datetime.timedelta(days=1)).date()
            current = datetime.datetime.combine(next_day, datetime.time(first), tzinfo=zone)
            continue
        if current < day_start:
            current = day_start
        step = min(remaining, day_end - current)
        current += step
        remaining -= step
    return current


def receiver_addresses(referral):
    if referral.to_sportello_id:
        users = referral.to_sportello.operators.filter(is_active=True).exclude(email="")
        return list(users.order_by("pk").values_list("email", flat=True))
    addresses = _recipients(referral.to_partner)
    return addresses


def coordinator_addresses():
    configured = setting("NETWORK_COORDINATOR_EMAIL", "")
    if configured:
        return [configured]
    User = get_user_model()
    users = User.objects.filter(is_active=True).exclude(email="")
    coordinators = users.filter(
        Q(is_superuser=True)
        | Q(user_permissions__codename="coordinate_sportelli")
        | Q(groups__permissions__codename="coordinate_sportelli")
    ).distinct()
    return list(coordinators.order_by("pk").values_list("email", flat=True))


def referral_url(referral):
    return emails.absolute(reverse("network_admin:referral", args=[referral.pk]))


def create_referral(*, sender, now, **fields):
    """Record a referral. Refused (``ReferralError``) without the person's consent."""
    if not fields.get("consent_given"):
        raise ReferralError("Serve il consenso della persona.")
    if not (fields.get("consent_obtained_by") and fields.get("consent_at") and fields.get("consent_method")):
        raise ReferralError("Scrivi chi ha raccolto il consenso, quando e come.")
    if not (fields.get("person_phone") or fields.get("person_email")):
        raise ReferralError("Serve almeno un telefono o un'e-mail della persona.")
    with transaction.atomic():
        referral = Referral(sender=sender, created_at=now, **fields)
        if referral.is_urgent:
            referral.accept_by = add_working_hours(now, setting("NETWORK_URGENT_ACCEPT_HOURS", 4))
        referral.full_clean(exclude=["sender"])
        referral.save()
        ReferralEvent.objects.create(referral=referral, status=referral.status, at=now, by=sender)
        for number, address in enumerate(receiver_addresses(referral)):
            emails.queue(
                "referral_new",
                to=address,
                dedupe_key=f"network:referral:{referral.pk}:new:{number}",
                subject=f"{'URGENTE – ' if referral.is_urgent else ''}Nuovo invio #{referral.pk}",
                context={"referral": referral, "url": referral_url(referral)},
                now=now,
            )
        log(referral, "network.referral_new", user=sender, title=str(referral))
    return referral


def change_status(referral, status, *, by, now, reason="", note="", outcome=""):
    """Move a referral along its loop. The sender gets one e-mail per change."""
    if status not in TRANSITIONS[referral.status]:
        raise ReferralError("Questo passaggio non è possibile.")
    if status == Referral.Status.DECLINED and not reason:
        raise ReferralError("Scegli il motivo del rifiuto.")
    if status == Referral.Status.CLOSED and not outcome:
        raise ReferralError("Scegli l'esito.")
    with transaction.atomic():
        changes = {"status": status}
        if status == Referral.Status.DECLINED:
            changes.update(decline_reason=reason, decline_note=note[:300])
        if status == Referral.Status.CLOSED:
            changes.update(outcome=outcome, outcome_note=note[:300])
        updated = Referral.objects.filter(pk=referral.pk, status=referral.status).update(
            **changes, updated_at=now
        )
        if not updated:
            raise ReferralError("Qualcun altro ha appena cambiato questo invio. Ricarica la pagina.")
        for field, value in changes.items():
            setattr(referral, field, value)
        ReferralEvent.objects.create(referral=referral, status=status, at=now, by=by)
        emails.queue(
            "referral_status",
            to=referral.sender.email,
            dedupe_key=f"network:referral:{referral.pk}:{status}",
            subject=f"Invio #{referral.pk}: {referral.get_status_display().lower()}",
            context={"referral": referral, "url": referral_url(referral)},
            now=now,
        )
        log(referral, "network.referral_status", user=by, title=str(referral), data={"status": status})
    return referral


def alert_overdue_referrals(now):
    """E-mail the coordinator once about every urgent referral not accepted in time. Returns the count."""
    overdue = Referral.objects.filter(
        status=Referral.Status.NEW,
        urgency=Referral.Urgency.URGENT,
        accept_by__lte=now,
        coordinator_alerted_at__isnull=True,
    )
    count = 0
    addresses = coordinator_addresses()
    for referral in overdue.select_related("to_sportello", "to_partner"):
        with transaction.atomic():
            if not Referral.objects.filter(pk=referral.pk, coordinator_alerted_at__isnull=True).update(
                coordinator_alerted_at=now
            ):
                continue
            for number, address in enumerate(addresses):
                emails.queue(
                    "referral_overdue",
                    to=address,
                    dedupe_key=f"network:referral:{referral.pk}:overdue:{number}",
                    subject=f"URGENTE – Invio #{referral.pk} non ancora accettato",
                    context={"referral": referral, "url": referral_url(referral)},
                    now=now,
                )
        count += 1
    return count


def book_referral(referral, slot_start, *, by, now):
    """Warm handover: book the receiving sportello's slot with the person's data. Returns booking's Outcome.

    The seat rules are booking's own (``booking.services.book``); the person gets the normal confirmation.
    """
    if referral.to_sportello_id is None or referral.appointment_id:
        raise ReferralError("Questo invio non si può prenotare.")
    if referral.status not in (Referral.Status.NEW, Referral.Status.ACCEPTED):
        raise ReferralError("Questo invio è già chiuso.")
    outcome = booking_services.book(
        sportello=referral.to_sportello,
        start=slot_start,
        topic=referral.topic,
        name=referral.person_name or "Persona inviata",
        phone=referral.person_phone,
        email=referral.person_email,
        note=f"Invio #{referral.pk}",
        urgent=referral.is_urgent,
        booked_by=by,
        now=now,
    )
    if outcome.ok:
        Referral.objects.filter(pk=referral.pk).update(appointment=outcome.appointment)
        referral.appointment = outcome.appointment
        if referral.status == Referral.Status.NEW:
            change_status(referral, Referral.Status.ACCEPTED, by=by, now=now)
    return outcome


def purge_referrals(*, now):
    """Empty the person's data of referrals ended longer ago than the appointments' retention."""
    from booking.purge import retention

    cutoff = now - retention()
    return Referral.objects.filter(
        personal_data_purged_at__isnull=True,
        status__in=[Referral.Status.DECLINED, Referral.Status.CLOSED],
        updated_at__lt=cutoff,
    ).update(
        personal_data_purged_at=now,
        person_name="",
        person_phone="",
        person_email="",
        note="",
        decline_note="",
        outcome_note="",
    )
