"""Sportelli, their openings and closures.

Openings are django-scheduler ``Event``s (with a ``Rule``) in the sportello's ``Calendar``; slots are
computed from their occurrences (``booking.slots``) and never stored.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from wagtail.search import index

from core.topics import OTHER_TOPIC


class Channel(models.TextChoices):
    IN_PERSON = "presenza", "In presenza"
    PHONE = "telefono", "Al telefono"
    VIDEO = "video", "In videochiamata"


class Sportello(index.Indexed, models.Model):
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

    # The site search finds a sportello by its name and its place ("Angera"): see booking/apps.py.
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("place_text", boost=2),
        index.SearchField("address"),
        index.FilterField("active"),
        index.FilterField("id"),
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

    def get_absolute_url(self):
        return f"/prenota/?sportello={self.slug}"

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().filter(active=True).select_related("municipality")

    @property
    def place_text(self):
        return self.municipality.name if self.municipality_id else self.get_kind_display()

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
        """Plain Italian, e.g. "ogni 2 settimane, il martedì, dalle 9:00 alle 12:30"."""
        start = timezone.localtime(self.event.start)
        end = timezone.localtime(self.event.end)
        weekday = WEEKDAYS[start.weekday()]
        text = f"{weekday}, dalle {start:%-H:%M} alle {end:%-H:%M}"
        rule = self.event.rule
        if rule is None:
            return f"{start.day}/{start.month}/{start.year}, dalle {start:%-H:%M} alle {end:%-H:%M}"
        params = rule.get_params()
        interval = params.get("interval") or 1
        if rule.frequency == "WEEKLY" and interval > 1:
            text = f"ogni {interval} settimane, {text}"
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
