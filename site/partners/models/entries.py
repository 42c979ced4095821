"""What a partner does and where: HSDS *services* and *locations* (with *schedules* as opening hours)."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable

from ..blocks import OpeningHoursBlock
from ..hours import describe_row
from ..vocabulary import SERVICE_TYPE_CHOICES, SERVICE_TYPE_LABELS
from .base import Language, hsds_id


class PartnerService(Orderable, ClusterableModel):
    """Something a partner does for people (HSDS *service*)."""

    class Access(models.TextChoices):
        APPOINTMENT = "appuntamento", "Su appuntamento"
        WALK_IN = "accesso-libero", "Senza appuntamento, negli orari di apertura"
        PHONE = "telefono", "Al telefono"
        ONLINE = "online", "Online"

    class Cost(models.TextChoices):
        FREE = "gratuito", "Gratuito"
        FEE = "a-pagamento", "A pagamento"
        MEMBERS = "soci", "Gratuito per i soci (con tessera)"

    partner = ParentalKey("partners.Partner", on_delete=models.CASCADE, related_name="services")
    service_type = models.CharField("di cosa si occupa", max_length=30, choices=SERVICE_TYPE_CHOICES)
    description = models.CharField(
        "cosa fanno per te",
        max_length=250,
        help_text="Una frase semplice, es. «Ti aiutano a compilare la domanda per il contributo affitto.»",
    )
    audience = models.CharField(
        "per chi è", max_length=200, blank=True, help_text="Es. «Chi ha ricevuto un avviso di sfratto»"
    )
    access = models.CharField(
        "come si accede", max_length=20, choices=Access.choices, default=Access.APPOINTMENT
    )
    cost = models.CharField("costo", max_length=20, choices=Cost.choices, default=Cost.FREE)
    languages = ParentalManyToManyField(Language, verbose_name="lingue parlate", blank=True, related_name="+")

    panels = [
        FieldPanel("service_type"),
        FieldPanel("description"),
        FieldPanel("audience"),
        FieldRowPanel([FieldPanel("access"), FieldPanel("cost")]),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "servizio"
        verbose_name_plural = "servizi"
        constraints = [
            models.CheckConstraint(
                condition=Q(service_type__in=[slug for slug, _ in SERVICE_TYPE_CHOICES]),
                name="partners_service_type_valid",
            ),
        ]

    def __str__(self):
        return f"{self.partner}: {self.type_label}"

    @property
    def type_label(self):
        return SERVICE_TYPE_LABELS.get(self.service_type, self.service_type)

    @property
    def hsds_id(self):
        return hsds_id("service", self.pk)


class PartnerLocation(Orderable):
    """A place where people meet a partner (HSDS *location*, with its *schedules*)."""

    partner = ParentalKey("partners.Partner", on_delete=models.CASCADE, related_name="locations")
    name = models.CharField("nome della sede", max_length=120, blank=True, help_text="Es. «Sede centrale»")
    address = models.CharField("indirizzo", max_length=160, help_text="Via e numero, es. «Via Roma 1»")
    postal_code = models.CharField("CAP", max_length=5, blank=True)
    municipality = models.ForeignKey(
        "core.Municipality", verbose_name="Comune", on_delete=models.PROTECT, related_name="+"
    )
    latitude = models.DecimalField(
        "latitudine",
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text="Facoltativa. Es. 45.722000",
    )
    longitude = models.DecimalField(
        "longitudine",
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text="Facoltativa. Es. 8.631000",
    )
    opening_hours = StreamField(
        [("hours", OpeningHoursBlock())], blank=True, verbose_name="orari di apertura"
    )
    hours_note = models.CharField(
        "nota sugli orari", max_length=160, blank=True, help_text="Es. «Chiuso ad agosto»"
    )
    accessibility = models.CharField(
        "accessibilità",
        max_length=250,
        blank=True,
        help_text="Es. «Ingresso senza gradini, ascensore»",
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("address"), FieldPanel("postal_code")]),
        FieldPanel("municipality"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("opening_hours"),
        FieldPanel("hours_note"),
        FieldPanel("accessibility"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "sede"
        verbose_name_plural = "sedi"
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(latitude__isnull=True, longitude__isnull=True)
                    | Q(
                        latitude__isnull=False,
                        longitude__isnull=False,
                        latitude__gte=-90,
                        latitude__lte=90,
                        longitude__gte=-180,
                        longitude__lte=180,
                    )
                ),
                name="partners_location_coordinates_pair",
                violation_error_message="Scrivi sia la latitudine sia la longitudine, o nessuna delle due.",
            ),
        ]

    def __str__(self):
        return self.full_address

    @property
    def full_address(self):
        place = f"{self.postal_code} {self.municipality.name}".strip()
        return f"{self.address}, {place}"

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def hours_lines(self):
        return [describe_row(block.value) for block in self.opening_hours]

    @property
    def map_url(self):
        """OpenStreetMap at this place: a marker when coordinates exist, else an address search."""
        from urllib.parse import urlencode

        if self.has_coordinates:
            query = urlencode({"mlat": f"{self.latitude:f}", "mlon": f"{self.longitude:f}"})
            return f"https://www.openstreetmap.org/?{query}#map=17/{self.latitude:f}/{self.longitude:f}"
        return "https://www.openstreetmap.org/search?" + urlencode({"query": f"{self.full_address}, Italia"})

    @property
    def hsds_id(self):
        return hsds_id("location", self.pk)
