"""Lost the manage link? ``/prenota/link-perso/`` e-mails it again.

The person writes the e-mail or the phone number she used to book. Every confirmed, future
appointment booked with it that has an e-mail address gets a new manage link, sent to that
address (never to an address typed here). The answer on screen is always the same, whether or
not anything matched, so the page cannot tell anyone who booked. Limits: per client address
(``ratelimit``: salted hash, no address stored) and per contact (same hashing), so nobody can
flood a mailbox. Nothing personal goes into a URL (POST, then a redirect to a fixed URL) or a log.

Only the hash of a manage token is stored, so "sending the link again" means a new token: the
old link stops working, which the e-mail says. The new hash is saved only after the e-mail went
out, so a provider failure leaves the old link working.
"""

import logging
import re

from django import forms
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from core import ratelimit

from .. import emails, ical, slots
from ..models import Appointment, hash_token, new_manage_token

logger = logging.getLogger("sportello.booking")

REQUESTS_PER_IP_PER_HOUR = 10
REQUESTS_PER_CONTACT_PER_HOUR = 3
SENT_FLAG = "booking_lost_link_sent"


class LostLinkForm(forms.Form):
    contact = forms.CharField(
        label=_("La tua e-mail o il tuo numero di telefono"),
        max_length=254,
        help_text=_("Scrivi quello che hai usato per prenotare."),
        error_messages={"required": _("Scrivi la tua e-mail o il tuo numero di telefono.")},
        widget=forms.TextInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    # A field people do not see: bots fill it in.
    website = forms.CharField(
        label=_("Lascia vuoto questo campo"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_contact(self):
        value = self.cleaned_data["contact"].strip()
        if "@" in value:
            try:
                forms.EmailField().clean(value)
            except forms.ValidationError:
                raise forms.ValidationError(
                    _("L'e-mail non sembra giusta. Controlla, per esempio: nome@esempio.it")
                ) from None
            return value.lower()
        digits = phone_digits(value)
        if not re.fullmatch(r"[\d\s+()./-]+", value) or not 6 <= len(digits) <= 15:
            raise forms.ValidationError(
                _("Scrivi un'e-mail (con la @) o un numero di telefono, per esempio 333 123 4567.")
            )
        return digits


def phone_digits(value):
    """The digits of a phone number, without the Italian prefix: "+39 333 12" -> "33312"."""
    digits = re.sub(r"\D", "", value or "")
    if digits.startswith("0039"):
        digits = digits[4:]
    elif digits.startswith("39") and len(digits) > 10:
        digits = digits[2:]
    return digits


def matching_appointments(contact, *, now):
    """Confirmed future appointments booked with this e-mail or phone that can receive an e-mail."""
    found = Appointment.objects.filter(status=Appointment.Status.CONFIRMED, start__gt=now).exclude(email="")
    if "@" in contact:
        return list(found.filter(email__iexact=contact).select_related("sportello").order_by("start"))
    # Phones are stored as people typed them; narrow in the database, compare digits here.
    candidates = found.filter(phone__contains=contact[-3:]).select_related("sportello").order_by("start")
    return [appointment for appointment in candidates if phone_digits(appointment.phone) == contact]


def send_links(appointments):
    """One e-mail per address, with a new manage link for each of its appointments. Returns how many."""
    by_address = {}
    for appointment in appointments:
        by_address.setdefault(appointment.email.lower(), []).append(appointment)
    settings_ = emails.site_settings()
    sent = 0
    for group in by_address.values():
        items = [(appointment, new_manage_token()) for appointment in group]
        context = {
            "items": [
                {
                    "appointment": appointment,
                    "when": timezone.localtime(appointment.start),
                    "place": ical.location(appointment),
                    "manage_url": emails.manage_url(token),
                }
                for appointment, token in items
            ],
            "name": group[0].name,
            "service_name": settings_.service_name,
            "service_phone": settings_.phone,
        }
        message = EmailMultiAlternatives(
            subject=str(_("Il link per gestire il tuo appuntamento")),
            body=render_to_string("booking/email/lost_link.txt", context).strip() + "\n",
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[group[0].email],
        )
        message.attach_alternative(render_to_string("booking/email/lost_link.html", context), "text/html")
        message.tags = ["booking-lost-link"]
        try:
            message.send()
        except Exception as error:  # noqa: BLE001 - the page answers the same; the old link still works
            logger.warning("lost-link e-mail not sent (%s)", type(error).__name__)
            continue
        with transaction.atomic():
            for appointment, token in items:
                Appointment.objects.filter(pk=appointment.pk).update(token_hash=hash_token(token))
        sent += 1
    return sent


@never_cache
def lost_link(request):
    """The form, and after it the same answer for everybody."""
    form = LostLinkForm(request.POST or None)
    if request.method == "POST":
        if ratelimit.hit(
            "booking-lost-link", ratelimit.client_address(request), limit=REQUESTS_PER_IP_PER_HOUR
        ):
            return render(request, "booking/too_many.html", status=429)
        if form.is_valid():
            contact = form.cleaned_data["contact"]
            over = ratelimit.hit("booking-lost-link-contact", contact, limit=REQUESTS_PER_CONTACT_PER_HOUR)
            if not over and not form.cleaned_data["website"]:
                send_links(matching_appointments(contact, now=slots.now()))
            request.session[SENT_FLAG] = True
            return redirect("booking:lost_link_sent")
    return render(request, "booking/lost_link.html", {"form": form, "sent": False})


@never_cache
def lost_link_sent(request):
    if not request.session.pop(SENT_FLAG, False):
        return redirect("booking:lost_link")
    return render(request, "booking/lost_link.html", {"form": None, "sent": True})
