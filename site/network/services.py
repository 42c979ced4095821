"""The hub's domain logic: the only code that writes teams, invitations, rounds, referrals and beds.

Every function takes ``now`` (the clock is faked in tests) and writes its e-mails in its own
transaction through ``network.emails`` (booking's outbox), with a dedupe key per cause: a status
change e-mails the sender once, an overdue urgent referral e-mails the coordinator once.
"""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import WorkflowState

from booking import services as booking_services
from booking import slots
from partners.models import Partner, hsds_id

from . import emails
from .models import (
    BedCount,
    Invitation,
    PartnerTeam,
    Referral,
    ReferralEvent,
    VerificationRound,
    hash_token,
    new_token,
)

logger = logging.getLogger("sportello.network")

VERIFY_SALT = "network.verify"
BEDS_SALT = "network.beds"
REMINDER_AFTER = (datetime.timedelta(weeks=2), datetime.timedelta(weeks=4))


def setting(name, default):
    return getattr(settings, name, default)


# --- Teams and invitations -------------------------------------------------------------------


def ensure_team(partner, *, offers_beds=None):
    """The partner's team and its Wagtail group (created the first time), with admin access."""
    team = PartnerTeam.objects.filter(partner=partner).select_related("group").first()
    if team is None:
        group, _ = Group.objects.get_or_create(name=f"Partner – {partner.name}"[:150])
        group.permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
        # Network partners may read the verified list of vacant buildings (territory), when installed.
        verified_buildings = Permission.objects.filter(
            content_type__app_label="territory", codename="view_verified_buildings"
        ).first()
        if verified_buildings is not None:
            group.permissions.add(verified_buildings)
        team = PartnerTeam.objects.create(partner=partner, group=group, offers_beds=bool(offers_beds))
    elif offers_beds is not None and team.offers_beds != offers_beds:
        team.offers_beds = offers_beds
        team.save(update_fields=["offers_beds"])
    return team


def invitation_days():
    return setting("NETWORK_INVITATION_DAYS", 7)


@transaction.atomic
def invite(team, email, *, by, now):
    """Write an invitation and its e-mail. Returns (invitation, raw token); the token is never stored."""
    token = new_token()
    invitation = Invitation.objects.create(
        team=team,
        email=email.strip().lower(),
        token_hash=hash_token(token),
        expires_at=now + datetime.timedelta(days=invitation_days()),
        created_by=by,
        created_at=now,
    )
    emails.queue(
        "invitation",
        to=invitation.email,
        dedupe_key=f"network:invitation:{invitation.pk}",
        subject=f"Ti invitiamo nell'Hub di rete per {team.partner.name}",
        context={
            "partner": team.partner,
            "url": emails.absolute(reverse("network:invitation", args=[token])),
            "expires_at": timezone.localtime(invitation.expires_at),
        },
        now=now,
    )
    log(invitation, "network.invite", user=by, title=str(invitation))
    return invitation, token


def find_invitation(token, now):
    """The usable invitation for ``token``, or None (unknown, used, or expired)."""
    invitation = Invitation.objects.filter(token_hash=hash_token(token)).select_related("team__group").first()
    if invitation is None or not invitation.is_usable(now):
        return None
    return invitation


def accept_invitation(token, *, username, password, now):
    """Create the staff account and put it in the team's group, once. Returns the user or None."""
    User = get_user_model()
    with transaction.atomic():
        invitation = find_invitation(token, now)
        if invitation is None:
            return None
        used = Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).update(accepted_at=now)
        if not used:
            return None  # used by a concurrent request
        user = User.objects.create_user(username, invitation.email, password, is_staff=True)
        user.groups.add(invitation.team.group)
        Invitation.objects.filter(pk=invitation.pk).update(user=user)
        log(invitation, "network.invite_accepted", user=user, title=str(invitation))
    return user


# --- Listings: drafts by partner staff, approved through the Wagtail workflow ----------------------


class ListingLocked(ValueError):
    """The listing is locked by one of the service's staff: the partner cannot save now."""


def submit_listing(partner, *, user):
    """Save the partner's edited (unsaved) instance as a draft revision and submit it to moderation.

    Nothing public changes: the workflow "Approvazione schede partner" (assigned to the model)
    publishes the latest revision when "Staff Servizio Abitare" approve it. A listing sent back with
    "Richiedi modifiche" resumes its workflow; one already in moderation restarts it, so the
    approvers always review what the partner sent last.
    """
    if partner.locked and partner.locked_by_id != user.pk:
        raise ListingLocked("La scheda è bloccata dal Servizio Abitare. Riprova più tardi.")
    workflow = partner.get_workflow()
    with transaction.atomic():
        revision = partner.save_revision(user=user, log_action=True)
        state = partner.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
        elif workflow is not None:
            if state is not None:
                state.cancel(user=user)
            workflow.start(partner, user)
        log(partner, "network.listing_submitted", user=user, title=partner.name)
    return revision


def pending_listings():
    """Partners with a listing in moderation (a workflow in progress)."""
    in_progress = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Partner), status=WorkflowState.STATUS_IN_PROGRESS
    ).values("object_id")
    return Partner.objects.filter(pk__in=[int(row["object_id"]) for row in in_progress]).order_by("name")


# --- The verification loop ---------------------------------------------------------------------


def verify_after():
    months = setting("NETWORK_VERIFY_AFTER_MONTHS", 6)
    return datetime.timedelta(days=round(months * 365 / 12))


def verify_link_max_age():
    return datetime.timedelta(days=setting("NETWORK_VERIFY_LINK_DAYS", 42))


def verify_token(verification_round):
    return signing.dumps({"r": verification_round.pk}, salt=VERIFY_SALT)


def _recipients(partner):
    addresses = []
    if partner.email:
        addresses.append(partner.email)
    team = PartnerTeam.objects.filter(partner=partner).first()
    if team is not None:
        for email in team.members.exclude(email="").order_by("pk").values_list("email", flat=True):
            if email not in addresses:
                addresses.append(email)
    return addresses


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


# --- Beds tonight --------------------------------------------------------------------------------


@dataclass
class ShelterTonight:
    partner: Partner
    free_beds: int | None  # None: unknown (never updated or older than 24 hours)
    note: str
    updated_at: datetime.datetime | None

    @property
    def has_free_beds(self):
        return bool(self.free_beds)

    @property
    def is_unknown(self):
        return self.free_beds is None


def update_beds(partner, free_beds, *, by=None, note=None, now):
    with transaction.atomic():
        count, _ = BedCount.objects.select_for_update().get_or_create(partner=partner)
        count.free_beds = free_beds
        if note is not None:
            count.note = note[:160]
        count.updated_at = now
        count.updated_by = by
        count.save()
        log(count, "network.beds", user=by, title=str(count), data={"free_beds": free_beds})
    return count


def beds_token(partner, now):
    return signing.dumps({"p": partner.pk, "d": timezone.localdate(now).isoformat()}, salt=BEDS_SALT)


def partner_for_beds_token(token):
    """The shelter of a beds link, valid for 36 hours (the daily e-mail's link), or None."""
    try:
        data = signing.loads(token, salt=BEDS_SALT, max_age=datetime.timedelta(hours=36))
    except signing.BadSignature:
        return None
    return Partner.objects.filter(pk=data.get("p"), network_team__offers_beds=True).first()


def send_daily_beds_emails(now):
    """The daily e-mail to each shelter: one tap per number, through a signed link (no login)."""
    sent = 0
    day = timezone.localdate(now)
    for team in PartnerTeam.objects.filter(offers_beds=True).select_related("partner"):
        url = emails.absolute(reverse("network:beds", args=[beds_token(team.partner, now)]))
        with transaction.atomic():
            for number, address in enumerate(_recipients(team.partner)):
                if emails.queue(
                    "beds_daily",
                    to=address,
                    dedupe_key=f"network:beds:{team.partner_id}:{day:%Y%m%d}:{number}",
                    subject=f"Quanti posti liberi stanotte? – {team.partner.name}",
                    context={"partner": team.partner, "url": url},
                    now=now,
                ):
                    sent += 1
    return sent


def shelters_tonight(now):
    """Every shelter with what is known about tonight: free places first, then unknown, then full."""
    teams = PartnerTeam.objects.filter(offers_beds=True, partner__live=True).select_related("partner")
    counts = {
        count.partner_id: count for count in BedCount.objects.filter(partner__in=teams.values("partner"))
    }
    result = []
    for team in teams:
        count = counts.get(team.partner_id)
        result.append(
            ShelterTonight(
                partner=team.partner,
                free_beds=count.known_free_beds(now) if count else None,
                note=count.note if count else "",
                updated_at=count.updated_at if count else None,
            )
        )
    result.sort(
        key=lambda item: (0 if item.has_free_beds else 1 if item.is_unknown else 2, item.partner.name)
    )
    return result


def hsds_capacity(partner, now, *, public=False):
    """HSDS 3.1 ``service_capacity``-shaped data of a shelter, with the time of the update.

    ``public=True`` (the open-data export) follows the public page: whether there are free places
    (``has_free_places``: true, false, or null when unknown or older than 24 hours), not the number.
    """
    count = BedCount.objects.filter(partner=partner).first()
    if count is None:
        return None
    known = count.known_free_beds(now)
    data = {
        "unit": {"name": "posti letto", "scheme": "sportello-abitare"},
        "description": "Posti liberi per stanotte",
        "updated": timezone.localtime(count.updated_at).isoformat(timespec="seconds")
        if count.updated_at
        else None,
    }
    if public:
        data["has_free_places"] = None if known is None else known > 0
    else:
        data["available"] = known
    return data


def hsds_service_capacities(partner_ids, now):
    """The directory export's HSDS 3.1 ``service_capacity`` of each shelter, keyed by partner id.

    Public data, as the public page: whether there are free places tonight, not the number. HSDS
    wants a number in ``available``: the unit is "1 = there are free places, 0 = full", and it is
    null (unknown, never free) when the count was never given or is older than 24 hours.
    """
    teams = PartnerTeam.objects.filter(offers_beds=True, partner_id__in=partner_ids)
    counts = {count.partner_id: count for count in BedCount.objects.filter(partner_id__in=partner_ids)}
    result = {}
    for partner_id in teams.values_list("partner_id", flat=True):
        count = counts.get(partner_id)
        known = count.known_free_beds(now) if count else None
        updated = count.updated_at if count else None
        result[partner_id] = {
            "id": hsds_id("service_capacity", partner_id),
            "unit": {
                "id": hsds_id("unit", "posti-liberi-stanotte"),
                "name": "Posti liberi stanotte (1 = ci sono posti liberi, 0 = nessun posto libero)",
                "scheme": "sportello-abitare",
                "identifier": "posti-liberi-stanotte",
            },
            "available": None if known is None else int(known > 0),
            "has_free_places": None if known is None else known > 0,
            "description": "Posti per dormire stanotte. Vuoto se non si sa: dato mai dato o più vecchio di 24 ore.",
            "updated": timezone.localtime(updated).isoformat(timespec="seconds") if updated else None,
        }
    return result
