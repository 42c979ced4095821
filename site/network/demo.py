"""Demo content of the hub: three partner accounts (municipality social service, tenant union,
shelter), two shelters with places for tonight, a few referrals in each status.

Runs after ``booking.demo`` (it uses its sportello and operator). Idempotent.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from booking.models import Sportello
from partners.models import Partner

from . import services
from .models import BedCount, Referral

DEMO_PASSWORD = "sportello-demo"  # noqa: S105 - a published demo login, for local use only

# (username, partner slug, first name, offers beds)
ACCOUNTS = [
    ("partner-comune", "servizi-sociali-sesto-calende", "Sara", False),
    ("partner-sindacato", "sindacato-inquilini-sesto", "Ugo", False),
    ("partner-accoglienza", "casa-accoglienza-la-soglia", "Silvia", True),
]
SECOND_SHELTER = "dormitorio-invernale-ambito"
# Approves the partners' listings in the workflow "Approvazione schede partner".
APPROVER = ("staff-abitare", "Paola")
APPROVER_GROUP = "Staff Servizio Abitare"


def _account(username, partner, first_name, offers_beds):
    team = services.ensure_team(partner, offers_beds=offers_beds)
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create_user(
            username, f"{username}@example.org", DEMO_PASSWORD, first_name=first_name, is_staff=True
        )
    user.groups.add(team.group)
    return user


def load(command):
    partners = {
        p.slug: p for p in Partner.objects.filter(slug__in=[a[1] for a in ACCOUNTS] + [SECOND_SHELTER])
    }
    users = {}
    for username, slug, first_name, offers_beds in ACCOUNTS:
        if slug in partners:
            users[username] = _account(username, partners[slug], first_name, offers_beds)
    if SECOND_SHELTER in partners:
        services.ensure_team(partners[SECOND_SHELTER], offers_beds=True)

    approver = _approver()
    pending = _listing_in_moderation(
        partners.get("sindacato-inquilini-sesto"), users.get("partner-sindacato")
    )

    now = timezone.now()
    beds = {
        "casa-accoglienza-la-soglia": (2, "Solo donne con bambini", now - datetime.timedelta(hours=2)),
        SECOND_SHELTER: (5, "Uomini soli, ingresso dalle 19", now - datetime.timedelta(hours=30)),
    }
    for slug, (count, note, when) in beds.items():
        if slug in partners and not BedCount.objects.filter(partner=partners[slug]).exists():
            services.update_beds(partners[slug], count, note=note, now=when)

    sportello = (
        Sportello.objects.filter(operators__isnull=False).distinct().order_by("sort_order", "pk").first()
    )
    operator = sportello.operators.order_by("pk").first() if sportello else None
    if not Referral.objects.exists() and sportello and operator and len(users) == 3:
        _referrals(sportello, operator, users, partners, now)
    command.stdout.write(
        f"- hub di rete: {len(users)} account dei partner, {Referral.objects.count()} invii, "
        f"{BedCount.objects.count()} accoglienze con i posti"
    )
    for username, slug, _, _ in ACCOUNTS:
        if username in users:
            command.stdout.write(
                f"- account del partner «{partners[slug].name}»: utente {username}, password {DEMO_PASSWORD}"
            )
    if approver is not None:
        command.stdout.write(
            f"- account dello staff che approva le schede dei partner ({APPROVER_GROUP}): "
            f"utente {approver.username}, password {DEMO_PASSWORD}"
            + (f"; scheda in attesa di approvazione: «{pending.name}»" if pending else "")
        )


def _approver():
    """A member of the group approving partner listings (created by the partners migration)."""
    group = Group.objects.filter(name=APPROVER_GROUP).first()
    if group is None:
        return None
    username, first_name = APPROVER
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create_user(
            username, f"{username}@example.org", DEMO_PASSWORD, first_name=first_name, is_staff=True
        )
    user.groups.add(group)
    return user


def _listing_in_moderation(partner, user):
    """The tenant union proposed a change (a mobile number): a draft waiting in the workflow."""
    if partner is None or user is None:
        return None
    if partner.workflow_states.exists():
        return partner if partner.workflow_in_progress else None
    draft = partner.get_latest_revision_as_object()
    draft.other_phone = "333 000 1234"
    draft.other_phone_label = "Cellulare, anche WhatsApp"
    services.submit_listing(draft, user=user)
    return partner


def _consent(who, when):
    return {
        "consent_given": True,
        "consent_obtained_by": who,
        "consent_at": when,
        "consent_method": Referral.ConsentMethod.IN_PERSON,
    }


def _referrals(sportello, operator, users, partners, now):
    union, council, shelter = (
        users["partner-sindacato"],
        users["partner-comune"],
        users["partner-accoglienza"],
    )
    union_partner = partners["sindacato-inquilini-sesto"]
    council_partner = partners["servizi-sociali-sesto-calende"]
    shelter_partner = partners["casa-accoglienza-la-soglia"]
    earlier = now - datetime.timedelta(days=2)
    services.create_referral(
        sender=union,
        sender_partner=union_partner,
        to_sportello=sportello,
        topic="sfratto-e-morosita",
        urgency=Referral.Urgency.URGENT,
        note="Sfratto con data fissata, due figli piccoli.",
        person_name="Giulia Esempio",
        person_phone="0331 555 0001",
        **_consent("Ugo, sindacato", now),
        now=now,
    )
    accepted = services.create_referral(
        sender=council,
        sender_partner=council_partner,
        to_partner=union_partner,
        topic="contratti-e-affitto",
        note="Contratto non registrato, chiede aiuto per capire cosa fare.",
        person_name="Ahmed Esempio",
        person_phone="0331 555 0002",
        **_consent("Sara, servizi sociali", earlier),
        now=earlier,
    )
    services.change_status(
        accepted, Referral.Status.ACCEPTED, by=union, now=earlier + datetime.timedelta(hours=3)
    )
    declined = services.create_referral(
        sender=operator,
        to_partner=shelter_partner,
        topic="altro",
        urgency=Referral.Urgency.URGENT,
        note="Uomo solo, senza casa da ieri.",
        person_name="Marco Esempio",
        person_phone="0331 555 0003",
        **_consent(operator.get_full_name() or operator.get_username(), earlier),
        now=earlier,
    )
    services.change_status(
        declined,
        Referral.Status.DECLINED,
        by=shelter,
        now=earlier + datetime.timedelta(hours=1),
        reason=Referral.DeclineReason.NOT_OUR_SERVICE,
        note="Accogliamo solo donne con bambini: provate il dormitorio.",
    )
    closed = services.create_referral(
        sender=shelter,
        sender_partner=shelter_partner,
        to_sportello=sportello,
        topic="cercare-casa",
        note="Ospite da noi, cerca una casa popolare.",
        person_name="Elena Esempio",
        person_email="elena.esempio@example.org",
        contact_by=Referral.ContactBy.EMAIL,
        **_consent("Silvia, accoglienza", earlier),
        now=earlier,
    )
    services.change_status(
        closed, Referral.Status.ACCEPTED, by=operator, now=earlier + datetime.timedelta(hours=2)
    )
    services.change_status(
        closed,
        Referral.Status.CLOSED,
        by=operator,
        now=earlier + datetime.timedelta(days=1),
        outcome=Referral.Outcome.APPOINTMENT,
    )
