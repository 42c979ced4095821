"""What the hub's services share: settings, the logger, a partner's e-mail recipients."""

import datetime
import logging

from django.conf import settings

from ..models import (
    PartnerTeam,
)

logger = logging.getLogger("sportello.network")

VERIFY_SALT = "network.verify"
BEDS_SALT = "network.beds"
REMINDER_AFTER = (datetime.timedelta(weeks=2), datetime.timedelta(weeks=4))


def setting(name, default):
    return getattr(settings, name, default)


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
