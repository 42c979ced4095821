"""Places for tonight: counts, the daily signed link, what the public and operators see."""

import datetime
from dataclasses import dataclass

from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from wagtail.log_actions import log

from partners.models import Partner, hsds_id

from .. import emails
from ..models import (
    BedCount,
    PartnerTeam,
)
from .common import BEDS_SALT, _recipients

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
    # One query, however many partners: the shelters' teams with their counts.
    teams = PartnerTeam.objects.filter(offers_beds=True, partner_id__in=partner_ids).select_related(
        "partner__bed_count"
    )
    result = {}
    for team in teams:
        partner_id = team.partner_id
        count = getattr(team.partner, "bed_count", None)
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
            "description": (
                "Posti per dormire stanotte. Vuoto se non si sa: numero mai dato o più vecchio di 24 ore."
            ),
            "updated": timezone.localtime(updated).isoformat(timespec="seconds") if updated else None,
        }
    return result
