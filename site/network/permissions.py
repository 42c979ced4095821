"""Who sees what in the hub.

- Partner staff (members of a ``PartnerTeam`` group) see only their own organisation: its listing,
  its beds, the referrals it sent or received. Anything else answers 404, as if it did not exist.
- Operators of a sportello see the referrals sent to their sportelli and the ones they sent.
- Coordinators (superusers or ``booking.coordinate_sportelli``) and directory editors
  (``partners.publish_partner``) approve listing changes and invite partner staff.
"""

from django.db.models import Q
from django.http import Http404

from booking.models import Sportello
from partners.models import Partner

from .models import PartnerTeam, Referral

COORDINATE = "booking.coordinate_sportelli"
PUBLISH_PARTNER = "partners.publish_partner"


def is_coordinator(user):
    return bool(user.is_active and (user.is_superuser or user.has_perm(COORDINATE)))


def can_moderate(user):
    return bool(user.is_active and (user.is_superuser or user.has_perm(PUBLISH_PARTNER)))


def partners_for(user):
    """The organisations whose staff ``user`` is."""
    if not (user.is_authenticated and user.is_active):
        return Partner.objects.none()
    return Partner.objects.filter(network_team__group__user=user)


def teams_for(user):
    return PartnerTeam.objects.filter(group__user=user).select_related("partner")


def sportelli_for(user):
    if not (user.is_authenticated and user.is_active):
        return Sportello.objects.none()
    return Sportello.objects.filter(operators=user)


def can_use_hub(user):
    if not (user.is_authenticated and user.is_active):
        return False
    return (
        is_coordinator(user)
        or can_moderate(user)
        or partners_for(user).exists()
        or sportelli_for(user).exists()
    )


def get_own_partner(user, pk):
    partner = partners_for(user).filter(pk=pk).first()
    if partner is None:
        raise Http404
    return partner


def referrals_for(user):
    """Only sender and receiver see a referral (and the coordinators, who follow urgent ones)."""
    if is_coordinator(user):
        return Referral.objects.all()
    partner_ids = list(partners_for(user).values_list("pk", flat=True))
    sportello_ids = list(sportelli_for(user).values_list("pk", flat=True))
    return Referral.objects.filter(
        Q(sender=user)
        | Q(sender_partner_id__in=partner_ids)
        | Q(to_partner_id__in=partner_ids)
        | Q(to_sportello_id__in=sportello_ids)
    )


def is_receiver(user, referral):
    if referral.to_partner_id:
        return partners_for(user).filter(pk=referral.to_partner_id).exists()
    return sportelli_for(user).filter(pk=referral.to_sportello_id).exists()


def get_referral(user, pk):
    referral = (
        referrals_for(user)
        .select_related("to_sportello", "to_partner", "sender_partner", "sender", "appointment")
        .filter(pk=pk)
        .first()
    )
    if referral is None:
        raise Http404
    return referral
