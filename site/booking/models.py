"""Sportelli, their openings and closures, and citizens' appointments.

Openings are django-scheduler ``Event``s (with a ``Rule``) in the sportello's ``Calendar``; slots are
computed from their occurrences (``booking.slots``) and never stored. An appointment takes a *seat*
of a slot; the database guarantees one confirmed appointment per (sportello, start, seat).
"""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext

from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from core.topics import TOPIC_CHOICES, TOPICS_BY_SLUG

OTHER_TOPIC = "altro"
APPOINTMENT_TOPIC_CHOICES = [*TOPIC_CHOICES, (OTHER_TOPIC, "Altro")]

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V: easy to read aloud and to type from a phone call.
REFERENCE_ALPHABET = "ACDEFHJKMNPQRTWXY3479"


def new_reference():
    """A short reference such as ``AB-7K3Q`` (21**6 ≈ 86 million values; uniqueness is a constraint)."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
    return f"{chars[:2]}-{chars[2:]}"


def new_manage_token():
    """A manage token with 256 random bits, URL-safe. Only its hash is stored."""
    return secrets.token_urlsafe(32)


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class Channel(models.TextChoices):
    IN_PERSON = "presenza", "In presenza"
    PHONE = "telefono", "Al telefono"
    VIDEO = "video", "In videochiamata"


class Sportello(models.Model):
    """A help-desk point: a place in a municipality, or a remote channel (phone, video)."""

    name = models.CharField("nome", max_length=120)
    slug = models.SlugField(max_length=120, unique=True, help_text="Usato negli indirizzi: ?sportello=<slug>")
    kind = models.CharField("tipo", max_length=10, choices=Channel.choices, default=Channel.IN_PERSON)
    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name="Comune",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sportelli",
        help_text="Obbligatorio per gli sportelli in presenza.",
    )
    address = models.CharField("indirizzo", max_length=200, blank=True)
    directions = models.TextField(
        "come arrivare o come funziona",
        blank=True,
        help_text="In presenza: mezzi, parcheggio, piano. Telefono o video: chi chiama chi e come.",
    )
    accessibility = models.TextField(
        "accessibilità", blank=True, help_text="Es. «Ingresso senza gradini, ascensore, bagno accessibile.»"
    )
    what_to_bring = models.TextField(
        "cosa portare (in generale)",
        blank=True,
        help_text="Si aggiunge a quanto indicato per l'argomento scelto.",
    )
    calendar = models.ForeignKey(
        "schedule.Calendar",
        verbose_name="calendario",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )
    operators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name="operatori", blank=True, related_name="sportelli"
    )
    min_notice_hours = models.PositiveSmallIntegerField(
        "preavviso minimo (ore)", default=24, help_text="Non si può prenotare prima di queste ore."
    )
    horizon_days = models.PositiveSmallIntegerField(
        "prenotabile fino a (giorni)", default=60, help_text="Quanti giorni avanti si può prenotare."
    )
    active = models.BooleanField("attivo", default=True, help_text="Se spento, non si può prenotare.")
    sort_order = models.PositiveSmallIntegerField("ordine", default=0)

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind")], heading="Sportello"),
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldPanel("address"),
                FieldPanel("directions"),
                FieldPanel("accessibility"),
                FieldPanel("what_to_bring"),
            ],
            heading="Dove e come",
        ),
        MultiFieldPanel(
            [FieldPanel("min_notice_hours"), FieldPanel("horizon_days"), FieldPanel("active")],
            heading="Prenotazioni",
        ),
        FieldPanel("operators"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = "sportello"
        verbose_name_plural = "sportelli"
        ordering = ["sort_order", "name"]
        constraints = [
            models.CheckConstraint(
                name="booking_sportello_in_person_has_place",
                condition=~Q(kind="presenza") | (Q(municipality__isnull=False) & ~Q(address="")),
                violation_error_message="Uno sportello in presenza ha bisogno di Comune e indirizzo.",
            ),
            models.CheckConstraint(
                name="booking_sportello_kind_valid", condition=Q(kind__in=[c.value for c in Channel])
            ),
            models.CheckConstraint(
                name="booking_sportello_horizon_positive", condition=Q(horizon_days__gte=1)
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:120]
        if self.calendar_id is None:
            from schedule.models import Calendar

            self.calendar = Calendar.objects.create(name=self.name[:200], slug=f"sportello-{self.slug}"[:200])
        super().save(*args, **kwargs)

    @property
    def is_in_person(self):
        return self.kind == Channel.IN_PERSON


class Opening(models.Model):
    """An *apertura*: when a sportello takes appointments.

    The when lives in a django-scheduler ``Event`` (start/end of the first occurrence, a ``Rule`` and
    ``end_recurring_period``) in the sportello's calendar; this model adds what the scheduler lacks.
    """

    sportello = models.ForeignKey(Sportello, on_delete=models.CASCADE, related_name="openings")
    event = models.OneToOneField(
        "schedule.Event", verbose_name="evento", on_delete=models.CASCADE, related_name="booking_opening"
    )
    slot_minutes = models.PositiveSmallIntegerField("durata di un appuntamento (minuti)", default=30)
    capacity = models.PositiveSmallIntegerField(
        "posti in parallelo", default=1, help_text="Quante persone insieme (es. 2 scrivanie)."
    )
    topics = models.JSONField(
        "argomenti",
        default=list,
        blank=True,
        help_text="Gli argomenti trattati (slug). Vuoto: tutti gli argomenti.",
    )

    panels = [FieldPanel("slot_minutes"), FieldPanel("capacity"), FieldPanel("topics")]

    class Meta:
        verbose_name = "apertura"
        verbose_name_plural = "aperture"
        constraints = [
            models.CheckConstraint(
                name="booking_opening_slot_length", condition=Q(slot_minutes__gte=5, slot_minutes__lte=240)
            ),
            models.CheckConstraint(
                name="booking_opening_capacity", condition=Q(capacity__gte=1, capacity__lte=20)
            ),
        ]

    def __str__(self):
        return f"{self.sportello}: {self.describe()}"

    def serves(self, topic):
        return not self.topics or topic == OTHER_TOPIC or topic in self.topics

    def describe(self):
        """Plain Italian, e.g. "il martedì, dalle 9:00 alle 12:30, a settimane alterne"."""
        start = timezone.localtime(self.event.start)
        end = timezone.localtime(self.event.end)
        weekday = WEEKDAYS[start.weekday()]
        text = f"{weekday}, dalle {start:%-H:%M} alle {end:%-H:%M}"
        rule = self.event.rule
        if rule is None:
            return f"{start.day}/{start.month}/{start.year}, dalle {start:%-H:%M} alle {end:%-H:%M}"
        params = rule.get_params()
        if rule.frequency == "WEEKLY" and params.get("interval") == 2:
            text += ", a settimane alterne"
        return text


WEEKDAYS = ["il lunedì", "il martedì", "il mercoledì", "il giovedì", "il venerdì", "il sabato", "la domenica"]


class Closure(models.Model):
    """A day or a period when a sportello (or every sportello) takes no appointment.

    One row covers every opening of the sportello, also openings added later, and a period of any
    length; slots computation removes every slot whose local date falls inside it. Single cancelled
    django-scheduler ``Occurrence``s are honoured too (see ``booking.slots``).
    """

    sportello = models.ForeignKey(
        Sportello,
        verbose_name="sportello",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="closures",
        help_text="Vuoto: chiusi tutti gli sportelli (es. festività).",
    )
    start_date = models.DateField("dal giorno")
    end_date = models.DateField("al giorno (compreso)")
    reason = models.CharField("motivo", max_length=120, blank=True, help_text="Es. «Festività»")
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [FieldPanel("sportello"), FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("reason")]

    class Meta:
        verbose_name = "chiusura"
        verbose_name_plural = "chiusure"
        ordering = ["start_date"]
        constraints = [
            models.CheckConstraint(
                name="booking_closure_dates_in_order",
                condition=Q(end_date__gte=models.F("start_date")),
                violation_error_message="La fine della chiusura non può essere prima dell'inizio.",
            ),
        ]

    def __str__(self):
        where = self.sportello or "Tutti gli sportelli"
        if self.start_date == self.end_date:
            return f"{where}: chiuso il {self.start_date:%d/%m/%Y}"
        return f"{where}: chiuso dal {self.start_date:%d/%m/%Y} al {self.end_date:%d/%m/%Y}"


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
        topic = TOPICS_BY_SLUG.get(self.topic)
        return str(topic.label) if topic else gettext("Altro")

    @property
    def is_future(self):
        return self.start > timezone.now()

    @property
    def can_be_changed(self):
        return self.status == self.Status.CONFIRMED and self.is_future

    def set_manage_token(self):
        """A new manage token: the hash is stored, the raw token is returned once, to show or send."""
        token = new_manage_token()
        self.token_hash = hash_token(token)
        return token


from booking.operations_models import *  # noqa
