"""The e-mail outbox and the delivery events already handled."""

from django.db import models
from django.db.models import Q


class OutgoingMessage(models.Model):
    """An e-mail waiting to leave (the outbox), written in the same transaction as its cause.

    Sent by ``booking.emails.send_message`` after commit; a row is claimed with a conditional UPDATE
    (``status='pending'`` → ``'sending'``) so two workers can never both send it. Bodies are blanked
    once sent (they may hold the manage link); ``to`` is blanked by the personal-data purge.
    """

    class Kind(models.TextChoices):
        CONFIRMATION = "confirmation", "Conferma"
        CHANGE = "change", "Cambio di orario"
        CANCELLATION = "cancellation", "Annullamento"
        REMINDER = "reminder", "Promemoria"
        OPERATOR_NOTICE = "operator_notice", "Avviso agli operatori"
        NETWORK = "network", "Rete dei servizi"  # the network's messages (network.emails), no appointment

    class Status(models.TextChoices):
        PENDING = "pending", "Da inviare"
        SENDING = "sending", "In invio"
        SENT = "sent", "Inviato"
        FAILED = "failed", "Non inviato (troppi tentativi)"

    appointment = models.ForeignKey(
        "booking.Appointment", null=True, blank=True, on_delete=models.SET_NULL, related_name="messages"
    )
    kind = models.CharField("tipo", max_length=20, choices=Kind.choices)
    dedupe_key = models.CharField(max_length=120, unique=True, help_text="One message per cause.")
    to = models.EmailField("destinatario", blank=True)
    subject = models.CharField("oggetto", max_length=200)
    body_text = models.TextField(blank=True)
    body_html = models.TextField(blank=True)
    ics = models.TextField("allegato .ics", blank=True)
    status = models.CharField("stato", max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField("tentativi", default=0)
    next_attempt_at = models.DateTimeField("prossimo tentativo", db_index=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField("ultimo errore", max_length=200, blank=True)
    provider_message_id = models.CharField(max_length=200, blank=True, db_index=True)
    sent_at = models.DateTimeField("inviato il", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "e-mail in uscita"
        verbose_name_plural = "e-mail in uscita"
        ordering = ["created_at"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]
        constraints = [
            models.CheckConstraint(
                name="booking_outgoing_status_valid",
                condition=Q(status__in=["pending", "sending", "sent", "failed"]),
            ),
            models.CheckConstraint(
                name="booking_outgoing_sent_has_time", condition=~Q(status="sent") | Q(sent_at__isnull=False)
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}"


class DeliveryEvent(models.Model):
    """A delivery webhook already handled (anymail ``tracking``): a duplicate changes nothing."""

    key = models.CharField(max_length=64, unique=True)
    event_type = models.CharField(max_length=30)
    message = models.ForeignKey(
        OutgoingMessage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "esito di consegna"
        verbose_name_plural = "esiti di consegna"

    def __str__(self):
        return f"{self.event_type} {self.received_at:%Y-%m-%d %H:%M}"
