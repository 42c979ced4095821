"""Citizens' appointments and the rules about their state.

An appointment takes a *seat* of a slot; the database guarantees one confirmed appointment per
(sportello, start, seat). The state rules (which statuses are active, whether it can still change)
live here, on the model and its QuerySet, and nowhere else.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from wagtail.admin.panels import FieldPanel

from core.topics import BOOKABLE_TOPIC_CHOICES, topic_label

from .sportelli import Channel, Opening, Sportello
from .tokens import hash_token, new_manage_token, new_reference

APPOINTMENT_TOPIC_CHOICES = BOOKABLE_TOPIC_CHOICES


class AppointmentQuerySet(models.QuerySet):
    def active(self):
        """Appointments that still take their seat in the agenda: confirmed, attended, no-show."""
        return self.filter(status__in=Appointment.ACTIVE_STATUSES)

    def changeable_at(self, now):
        """Appointments that can still be moved or cancelled at ``now``: confirmed and not started."""
        return self.filter(status=Appointment.Status.CONFIRMED, start__gt=now)


class Appointment(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", "Confermato"
        CANCELLED = "cancelled", "Annullato"
        ATTENDED = "attended", "Svolto"
        NO_SHOW = "no_show", "Non si è presentato"

    class CancelledBy(models.TextChoices):
        CITIZEN = "citizen", "La persona"
        OPERATOR = "operator", "Un operatore"
        SYSTEM = "system", "Il sistema (chiusura)"

    ACTIVE_STATUSES = (Status.CONFIRMED, Status.ATTENDED, Status.NO_SHOW)

    sportello = models.ForeignKey(Sportello, on_delete=models.PROTECT, related_name="appointments")
    opening = models.ForeignKey(
        Opening, null=True, blank=True, on_delete=models.SET_NULL, related_name="appointments"
    )
    start = models.DateTimeField("inizio")
    end = models.DateTimeField("fine")
    seat = models.PositiveSmallIntegerField("posto", default=0)
    topic = models.CharField("argomento", max_length=40, choices=APPOINTMENT_TOPIC_CHOICES)
    channel = models.CharField("canale", max_length=10, choices=Channel.choices)
    # Personal data: emptied by the purge (issue 7), see personal_data_purged_at.
    name = models.CharField("nome e cognome", max_length=100, blank=True)
    phone = models.CharField("telefono", max_length=20, blank=True, db_index=True)
    email = models.EmailField("e-mail", blank=True, db_index=True)
    note = models.TextField("nota", max_length=500, blank=True)
    municipality = models.ForeignKey(
        "core.Municipality", verbose_name="Comune", null=True, blank=True, on_delete=models.SET_NULL
    )
    urgent = models.BooleanField("urgente", default=False)
    urgency_answers = models.JSONField("risposte sull'urgenza", default=dict, blank=True)
    # The language the person booked in: their e-mails and .ics are written in it (issue 15).
    language = models.CharField("lingua", max_length=8, default="it", blank=True)
    interpreter = models.CharField("interprete", max_length=40, blank=True)  # a language, or empty
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="pagina di provenienza",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField("stato", max_length=10, choices=Status.choices, default=Status.CONFIRMED)
    reference = models.CharField("codice", max_length=7, unique=True, default=new_reference, editable=False)
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    created_at = models.DateTimeField("creato", auto_now_add=True)
    updated_at = models.DateTimeField("modificato", auto_now=True)
    # Issue 7 (operators, e-mail, privacy) fills these; they exist now so it adds no migration rework.
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="prenotato da (operatore)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Vuoto: prenotato online dalla persona.",
    )
    assigned_operator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="operatore",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_appointments",
    )
    operator_event = models.ForeignKey(
        "schedule.Event",
        verbose_name="evento nel calendario dell'operatore",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cancelled_at = models.DateTimeField("annullato il", null=True, blank=True)
    cancelled_by = models.CharField("annullato da", max_length=10, choices=CancelledBy.choices, blank=True)
    cancelled_by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="annullato dall'operatore",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cancellation_reason = models.CharField("motivo dell'annullamento", max_length=300, blank=True)
    internal_notes = models.TextField("note interne", blank=True)
    contact_unreachable = models.BooleanField("contatto non raggiungibile", default=False)
    moved_count = models.PositiveSmallIntegerField("spostamenti", default=0)
    personal_data_purged_at = models.DateTimeField("dati personali cancellati il", null=True, blank=True)

    objects = AppointmentQuerySet.as_manager()

    panels = [
        FieldPanel("status"),
        FieldPanel("internal_notes"),
    ]

    class Meta:
        verbose_name = "appuntamento"
        verbose_name_plural = "appuntamenti"
        ordering = ["start", "seat"]
        indexes = [models.Index(fields=["sportello", "start"]), models.Index(fields=["status", "start"])]
        constraints = [
            models.UniqueConstraint(
                fields=["sportello", "start", "seat"],
                condition=Q(status="confirmed"),
                name="booking_one_confirmed_appointment_per_seat",
                violation_error_message="Questo posto è già preso.",
            ),
            models.CheckConstraint(
                name="booking_appointment_ends_after_start", condition=Q(end__gt=models.F("start"))
            ),
            models.CheckConstraint(
                name="booking_appointment_status_valid",
                condition=Q(status__in=["confirmed", "cancelled", "attended", "no_show"]),
            ),
            models.CheckConstraint(
                name="booking_appointment_topic_valid",
                condition=Q(topic__in=[slug for slug, _ in APPOINTMENT_TOPIC_CHOICES]),
            ),
            models.CheckConstraint(
                name="booking_appointment_channel_valid", condition=Q(channel__in=[c.value for c in Channel])
            ),
            models.CheckConstraint(
                name="booking_appointment_has_a_contact",
                condition=Q(personal_data_purged_at__isnull=False) | ~Q(phone="") | ~Q(email=""),
                violation_error_message="Serve almeno un telefono o un'e-mail.",
            ),
            models.CheckConstraint(
                name="booking_appointment_cancelled_has_time",
                condition=~Q(status="cancelled") | Q(cancelled_at__isnull=False),
            ),
        ]

    def __str__(self):
        return f"{self.reference} — {self.sportello}, {timezone.localtime(self.start):%d/%m/%Y %H:%M}"

    @property
    def topic_label(self):
        return str(topic_label(self.topic))

    @property
    def is_future(self):
        return self.start > timezone.now()

    def changeable_at(self, now):
        """Can it still be moved or cancelled at ``now``? (Same rule as ``objects.changeable_at``.)"""
        return self.status == self.Status.CONFIRMED and self.start > now

    @property
    def can_be_changed(self):
        return self.changeable_at(timezone.now())

    def set_manage_token(self):
        """A new manage token: the hash is stored, the raw token is returned once, to show or send."""
        token = new_manage_token()
        self.token_hash = hash_token(token)
        return token
