"""Partner teams, invitations, and listings submitted to the approval workflow."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import WorkflowState

from partners.models import Partner

from .. import emails
from ..models import (
    Invitation,
    PartnerTeam,
    hash_token,
    new_token,
)
from .common import setting

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
