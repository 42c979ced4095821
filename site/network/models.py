"""The network hub: partner staff teams, invitations, the verification loop, referrals, beds tonight.

- ``PartnerTeam`` ties a directory ``partners.Partner`` to a Wagtail group: its members are the
  partner's staff and see only that organisation in the hub.
- ``Invitation`` is a single-use, expiring link (only the hash is stored) to create a staff account.
- ``VerificationRound`` is one "Ancora tutto giusto?" cycle: first e-mail, reminders, confirmation.
- ``Referral`` ("invio") carries a person from one service to another, with recorded consent and a
  closed loop of statuses; ``ReferralEvent`` keeps the history (no personal data).
- ``BedCount`` is a shelter's "posti per stanotte" with the time of the update.
"""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Q
from django.utils import timezone

from booking.models import APPOINTMENT_TOPIC_CHOICES

BEDS_FRESH_FOR = datetime.timedelta(hours=24)


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


def new_token():
    return secrets.token_urlsafe(32)


class PartnerTeam(models.Model):
    """The staff of one partner organisation: a Wagtail group whose members see only this partner."""

    partner = models.OneToOneField(
        "partners.Partner", verbose_name="partner", on_delete=models.CASCADE, related_name="network_team"
    )
    group = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="network_team")
    offers_beds = models.BooleanField(
        "offre posti letto",
        default=False,
        help_text="Spunta per chi offre accoglienza temporanea o di emergenza: aggiorna i posti.",
    )

    class Meta:
        verbose_name = "squadra del partner"
        verbose_name_plural = "squadre dei partner"

    def __str__(self):
        return f"Squadra di {self.partner}"

    @property
    def members(self):
        return self.group.user_set.filter(is_active=True)


class Invitation(models.Model):
    """An invitation for a partner's contact: one use, until ``expires_at``. Only the hash is stored."""

    team = models.ForeignKey(PartnerTeam, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField("e-mail")
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    expires_at = models.DateTimeField("scade il")
    accepted_at = models.DateTimeField("accettato il", null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "invito"
        verbose_name_plural = "inviti"

    def __str__(self):
        return f"Invito #{self.pk} per {self.team.partner}"

    def is_usable(self, now):
        return self.accepted_at is None and self.expires_at > now


class VerificationRound(models.Model):
    """One verification cycle of a listing: the first e-mail, up to two reminders, the answer."""

    partner = models.ForeignKey("partners.Partner", on_delete=models.CASCADE, related_name="+")
    started_at = models.DateTimeField(default=timezone.now)
    reminders_sent = models.PositiveSmallIntegerField(default=0)
    last_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmed_by_link = models.BooleanField(default=False)

    class Meta:
        verbose_name = "giro di verifica"
        verbose_name_plural = "giri di verifica"
        constraints = [
            models.UniqueConstraint(
                fields=["partner"], condition=Q(confirmed_at__isnull=True), name="network_one_open_round"
            ),
        ]

    def __str__(self):
        return f"Verifica #{self.pk} di {self.partner}"


class Referral(models.Model):
    """An "invio": a person referred from one service to another, with consent, closed loop."""

    class Status(models.TextChoices):
        NEW = "new", "Nuovo"
        ACCEPTED = "accepted", "Accettato"
        DECLINED = "declined", "Rifiutato"
        CLOSED = "closed", "Chiuso"

    class Urgency(models.TextChoices):
        NORMAL = "normal", "Normale"
        URGENT = "urgent", "Urgente"

    class ConsentMethod(models.TextChoices):
        IN_PERSON = "in-person", "Di persona, a voce"
        PHONE = "phone", "Al telefono"
        WRITTEN = "written", "Per iscritto (modulo firmato o e-mail)"

    class DeclineReason(models.TextChoices):
        NOT_OUR_SERVICE = "not-our-service", "Non è un servizio che offriamo"
        OUT_OF_AREA = "out-of-area", "La persona abita fuori dalla nostra zona"
        FULL = "full", "Non abbiamo posto ora"
        UNREACHABLE = "unreachable", "Non riusciamo a contattare la persona"
        OTHER = "other", "Altro"

    class Outcome(models.TextChoices):
        HELPED = "helped", "Aiutata: problema risolto o avviato"
        APPOINTMENT = "appointment", "Ha avuto un appuntamento"
        REFERRED_ON = "referred-on", "Inviata a un altro servizio"
        NO_SHOW = "no-show", "Non si è presentata"
        WITHDREW = "withdrew", "Non vuole più aiuto"

    class ContactBy(models.TextChoices):
        PHONE = "phone", "Telefono"
        EMAIL = "email", "E-mail"

    # Sender: a user, on behalf of a partner (partner staff) or of the sportello (operators).
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="inviato da", on_delete=models.PROTECT, related_name="+"
    )
    sender_partner = models.ForeignKey(
        "partners.Partner",
        verbose_name="per il partner",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # Receiver: exactly one of a sportello or a partner.
    to_sportello = models.ForeignKey(
        "booking.Sportello",
        verbose_name="allo sportello",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    to_partner = models.ForeignKey(
        "partners.Partner",
        verbose_name="al partner",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    topic = models.CharField("argomento", max_length=40, choices=APPOINTMENT_TOPIC_CHOICES)
    urgency = models.CharField("urgenza", max_length=10, choices=Urgency.choices, default=Urgency.NORMAL)
    note = models.TextField("nota breve", max_length=500, blank=True)
    # Personal data: emptied by the purge (``network.services.purge_referrals``).
    person_name = models.CharField("nome e cognome", max_length=100, blank=True)
    person_phone = models.CharField("telefono", max_length=20, blank=True)
    person_email = models.EmailField("e-mail", blank=True)
    contact_by = models.CharField(
        "come contattare la persona", max_length=10, choices=ContactBy.choices, default=ContactBy.PHONE
    )
    # Consent: who obtained it, when, how. Nothing is stored without it.
    consent_given = models.BooleanField("la persona è d'accordo", default=False)
    consent_obtained_by = models.CharField("consenso raccolto da", max_length=100)
    consent_at = models.DateTimeField("consenso raccolto il")
    consent_method = models.CharField("come", max_length=10, choices=ConsentMethod.choices)

    status = models.CharField("stato", max_length=10, choices=Status.choices, default=Status.NEW)
    decline_reason = models.CharField(
        "motivo del rifiuto", max_length=20, choices=DeclineReason.choices, blank=True
    )
    decline_note = models.CharField("spiegazione", max_length=300, blank=True)
    outcome = models.CharField("esito", max_length=20, choices=Outcome.choices, blank=True)
    outcome_note = models.CharField("nota sull'esito", max_length=300, blank=True)
    appointment = models.ForeignKey(
        "booking.Appointment", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField("inviato il", default=timezone.now, db_index=True)
    accept_by = models.DateTimeField("da accettare entro", null=True, blank=True)
    coordinator_alerted_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    personal_data_purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "invio"
        verbose_name_plural = "invii"
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                name="network_referral_one_receiver",
                condition=(Q(to_sportello__isnull=False) & Q(to_partner__isnull=True))
                | (Q(to_sportello__isnull=True) & Q(to_partner__isnull=False)),
            ),
            models.CheckConstraint(name="network_referral_has_consent", condition=Q(consent_given=True)),
            models.CheckConstraint(
                name="network_referral_status_valid",
                condition=Q(status__in=["new", "accepted", "declined", "closed"]),
            ),
            models.CheckConstraint(
                name="network_referral_declined_has_reason",
                condition=~Q(status="declined") | ~Q(decline_reason=""),
            ),
            models.CheckConstraint(
                name="network_referral_closed_has_outcome",
                condition=~Q(status="closed") | ~Q(outcome=""),
            ),
        ]

    def __str__(self):
        # Shown in the audit log: never personal data.
        return f"Invio #{self.pk}"

    @property
    def receiver(self):
        return self.to_sportello or self.to_partner

    @property
    def is_urgent(self):
        return self.urgency == self.Urgency.URGENT

    @property
    def topic_label(self):
        return dict(APPOINTMENT_TOPIC_CHOICES).get(self.topic, self.topic)


class ReferralEvent(models.Model):
    """A status change of a referral: what the sender sees as the referral's history."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="events")
    status = models.CharField(max_length=10, choices=Referral.Status.choices)
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.referral}: {self.get_status_display()}"


class BedCount(models.Model):
    """Free places tonight at a shelter, with the time of the update. Older than 24 h = unknown."""

    partner = models.OneToOneField(
        "partners.Partner", on_delete=models.CASCADE, related_name="bed_count", verbose_name="partner"
    )
    free_beds = models.PositiveSmallIntegerField("posti liberi stanotte", null=True, blank=True)
    note = models.CharField(
        "nota per gli operatori", max_length=160, blank=True, help_text="Es. «solo donne con bambini»"
    )
    updated_at = models.DateTimeField("aggiornato il", null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "posti per stanotte"
        verbose_name_plural = "posti per stanotte"

    def __str__(self):
        return f"Posti per stanotte: {self.partner}"

    def is_fresh(self, now=None):
        now = now or timezone.now()
        return (
            self.updated_at is not None
            and self.free_beds is not None
            and now - self.updated_at <= BEDS_FRESH_FOR
        )

    def known_free_beds(self, now=None):
        """The number of free places, or None when unknown (never updated, or older than 24 hours)."""
        return self.free_beds if self.is_fresh(now) else None

    def has_free_beds(self, now=None):
        count = self.known_free_beds(now)
        return bool(count)
