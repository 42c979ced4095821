"""The partner directory, shaped on Open Referral HSDS and kept small.

``Partner`` is an HSDS *organization*; its inline ``PartnerService`` rows are HSDS *services*
and its inline ``PartnerLocation`` rows HSDS *locations* (with *schedules* as opening-hours rows).

Partners are snippets, not pages: they have no place in the page tree and no URL of their own
to manage (the directory builds ``/partner/<slug>/``), staff edit them as records (filters,
search, listing columns), and the directory needs to filter and prefetch them as plain rows.
Draft state and revisions give editors the same safety as pages: only published partners
(``live=True``) appear anywhere public, and the row always holds the published version.
"""

import datetime
import uuid

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Orderable, PreviewableMixin, RevisionMixin
from wagtail.search import index

from core.models import tel_href

from .blocks import OpeningHoursBlock
from .hours import describe_row
from .vocabulary import PARTNER_KINDS, SERVICE_TYPE_CHOICES, SERVICE_TYPE_LABELS

# Namespace of the stable HSDS identifiers derived from primary keys (see ``hsds_id``).
HSDS_NAMESPACE = uuid.UUID("6f1c1a52-3c1e-4e55-9d6b-7a0f5d2b6a10")
STALE_AFTER_DAYS = 183  # "not verified in the last 6 months"


def hsds_id(kind, pk):
    """A UUID that stays the same for the same record, as HSDS asks for ``id`` fields."""
    return str(uuid.uuid5(HSDS_NAMESPACE, f"{kind}:{pk}"))


class Language(models.Model):
    """A language a service can be used in (managed list: ISO 639-1 code, Italian name)."""

    code = models.CharField(
        "codice ISO",
        max_length=3,
        unique=True,
        help_text="Il codice ISO 639-1 in minuscolo, es. «ar» per l'arabo.",
    )
    name = models.CharField("nome in italiano", max_length=60, unique=True)

    panels = [FieldPanel("code"), FieldPanel("name")]

    class Meta:
        verbose_name = "lingua"
        verbose_name_plural = "lingue"
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[a-z]{2,3}$"), name="partners_language_code_iso"
            ),
        ]

    def __str__(self):
        return self.name


class PartnerQuerySet(models.QuerySet):
    def public(self):
        """Published partners: the only ones anyone outside the admin may see."""
        return self.filter(live=True)

    def active(self):
        return self.filter(status=Partner.Status.ACTIVE)

    def not_verified_since(self, date):
        return self.filter(Q(verified_on__lt=date) | Q(verified_on__isnull=True))

    def for_directory(self):
        """Everything a directory entry shows, in a fixed number of queries."""
        return self.select_related("logo").prefetch_related(
            models.Prefetch(
                "services",
                queryset=PartnerService.objects.order_by("sort_order").prefetch_related("languages"),
            ),
            models.Prefetch(
                "locations",
                queryset=PartnerLocation.objects.order_by("sort_order").select_related("municipality"),
            ),
            "areas",
        )


class Partner(DraftStateMixin, RevisionMixin, PreviewableMixin, index.Indexed, ClusterableModel):
    """An organisation of the housing network (HSDS *organization*)."""

    class Status(models.TextChoices):
        ACTIVE = "attivo", "Attivo"
        TEMPORARILY_CLOSED = "chiuso", "Temporaneamente chiuso"

    name = models.CharField("nome", max_length=160)
    slug = models.SlugField(
        max_length=100, unique=True, help_text="Usato nell'indirizzo: /partner/<slug>/. Non cambiarlo."
    )
    kind = models.CharField("tipo", max_length=30, choices=PARTNER_KINDS)
    description = models.TextField(
        "cosa fanno, in breve",
        max_length=400,
        help_text="Due o tre frasi brevi, con parole semplici. Dai del «tu» a chi legge.",
    )
    website = models.URLField("sito web", blank=True)
    email = models.EmailField("e-mail", blank=True)
    phone = models.CharField("telefono", max_length=30, blank=True, help_text="Es. 0331 000 100")
    other_phone = models.CharField(
        "altro telefono", max_length=30, blank=True, help_text="Es. un cellulare o un numero per le urgenze"
    )
    other_phone_label = models.CharField(
        "a cosa serve l'altro telefono",
        max_length=60,
        blank=True,
        help_text="Es. «Cellulare, anche WhatsApp»",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="logo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField("stato", max_length=10, choices=Status.choices, default=Status.ACTIVE)
    status_note = models.CharField(
        "nota sullo stato", max_length=160, blank=True, help_text="Es. «Chiuso per ferie fino al 25 agosto»"
    )
    serves_whole_district = models.BooleanField(
        "serve tutto l'Ambito",
        default=False,
        help_text="Spunta se aiuta chi abita in qualsiasi Comune dell'Ambito.",
    )
    areas = ParentalManyToManyField(
        "core.Municipality",
        verbose_name="altri Comuni serviti",
        blank=True,
        related_name="+",
        help_text="I Comuni dove abita chi può rivolgersi qui, oltre a quelli delle sedi.",
    )
    verified_on = models.DateField(
        "dati verificati il",
        null=True,
        blank=True,
        help_text="Quando hai controllato l'ultima volta con il partner che i dati sono giusti.",
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="partner")

    objects = PartnerQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind"), FieldPanel("description")],
            heading="Chi sono",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldRowPanel([FieldPanel("other_phone"), FieldPanel("other_phone_label")]),
                FieldPanel("website"),
                FieldPanel("logo"),
            ],
            heading="Contatti",
        ),
        InlinePanel("services", heading="Servizi", label="servizio", min_num=1),
        InlinePanel("locations", heading="Sedi", label="sede"),
        MultiFieldPanel(
            [FieldPanel("serves_whole_district"), FieldPanel("areas", widget=forms.CheckboxSelectMultiple)],
            heading="Dove aiutano",
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("status_note"), FieldPanel("verified_on")],
            heading="Stato e verifica",
        ),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("services_text"),
        index.SearchField("municipalities_text"),
        index.FilterField("live"),
        index.FilterField("status"),
        index.FilterField("kind"),
        # The search page filters by topic with pk__in (services of a type).
        index.FilterField("id"),
    ]

    class Meta:
        verbose_name = "partner"
        verbose_name_plural = "partner"
        ordering = ["name"]
        indexes = [models.Index(fields=["live", "status", "name"], name="partners_public_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["attivo", "chiuso"]), name="partners_partner_status_valid"
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions

    @classmethod
    def get_indexed_objects(cls):
        # The search text reads services, locations and areas: fetch them with the partners.
        return super().get_indexed_objects().for_directory()

    def get_absolute_url(self):
        return reverse("partners:detail", kwargs={"slug": self.slug})

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE

    @property
    def phone_href(self):
        return tel_href(self.phone)

    @property
    def other_phone_href(self):
        return tel_href(self.other_phone)

    @property
    def hsds_id(self):
        return hsds_id("organization", self.pk)

    # Derived data: they read prefetched relations, so use them on ``for_directory()`` querysets.
    @property
    def service_types(self):
        seen = []
        for service in self.services.all():
            if service.service_type not in seen:
                seen.append(service.service_type)
        return seen

    @property
    def municipalities(self):
        """The municipalities of the locations first, then the other ones served (no repeats)."""
        seen = {}
        for location in self.locations.all():
            seen.setdefault(location.municipality_id, location.municipality)
        for municipality in self.areas.all():
            seen.setdefault(municipality.pk, municipality)
        return list(seen.values())

    @property
    def languages(self):
        seen = {}
        for service in self.services.all():
            for language in service.languages.all():
                seen.setdefault(language.code, language)
        return sorted(seen.values(), key=lambda language: language.name)

    def services_text(self):
        return " ".join(
            f"{service.get_service_type_display()} {service.description} {service.audience}"
            for service in self.services.all()
        )

    def municipalities_text(self):
        names = [municipality.name for municipality in self.municipalities]
        if self.serves_whole_district:
            names.append("tutto l'Ambito")
        return " ".join(names)

    def is_stale(self, today=None):
        today = today or timezone.localdate()
        return self.verified_on is None or self.verified_on < stale_threshold(today)

    # Preview in the admin: the public detail page with the draft data.
    def get_preview_template(self, request, mode_name):
        return "partners/partner_detail.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        from .forms import ErrorReportForm

        context.update(
            {
                "partner": self,
                "related_guides": [],
                "report_form": ErrorReportForm(),
                "breadcrumb_parents": [("Trova aiuto", reverse("partners:directory"))],
            }
        )
        return context


def stale_threshold(today):
    return today - datetime.timedelta(days=STALE_AFTER_DAYS)


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

    partner = ParentalKey(Partner, on_delete=models.CASCADE, related_name="services")
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

    partner = ParentalKey(Partner, on_delete=models.CASCADE, related_name="locations")
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


class ErrorReport(models.Model):
    """A "segnala un errore" message from the public about a directory entry."""

    partner = models.ForeignKey(
        Partner, verbose_name="partner", on_delete=models.CASCADE, related_name="error_reports"
    )
    message = models.TextField("cosa non è giusto", max_length=1000)
    email = models.EmailField(
        "e-mail per la risposta", blank=True, help_text="Lasciata da chi segnala, se vuole una risposta."
    )
    created_at = models.DateTimeField("ricevuta il", default=timezone.now, db_index=True)
    handled = models.BooleanField("gestita", default=False)
    staff_note = models.TextField("nota interna", blank=True)

    panels = [
        FieldPanel("partner", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("created_at", read_only=True),
        FieldPanel("handled"),
        FieldPanel("staff_note"),
    ]

    class Meta:
        verbose_name = "segnalazione di errore"
        verbose_name_plural = "segnalazioni di errore"
        ordering = ["handled", "-created_at"]

    def __str__(self):
        return f"{self.partner} — {timezone.localtime(self.created_at):%d/%m/%Y %H:%M}"
