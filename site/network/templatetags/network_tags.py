"""Pieces of the hub for other apps' templates (the integrator adds them where they belong):

- ``{% beds_tonight %}`` — public: which shelters have free places tonight, with the phone;
  for the urgent booking route and the "senza casa stanotte" guide.
- ``{% beds_tonight_operators %}`` — numbers and notes, for the operators' agenda.
- ``{% verification_badge partner %}`` — "da verificare" on a directory entry whose partner did not
  answer the verification e-mail and both reminders.
"""

from django import template
from django.utils import timezone

from .. import services

register = template.Library()


@register.inclusion_tag("network/includes/beds_tonight.html")
def beds_tonight():
    return {"shelters": services.shelters_tonight(timezone.now())}


@register.inclusion_tag("network/admin/includes/beds_operators.html")
def beds_tonight_operators():
    return {"shelters": services.shelters_tonight(timezone.now())}


@register.inclusion_tag("network/includes/verification_badge.html")
def verification_badge(partner):
    return {"needs_verification": services.needs_verification(partner, timezone.now())}
