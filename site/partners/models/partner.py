"""The partner organisation, shaped on Open Referral HSDS and kept small.

``Partner`` is an HSDS *organization*; its inline ``PartnerService`` rows are HSDS *services*
and its inline ``PartnerLocation`` rows HSDS *locations* (with *schedules* as opening-hours rows).

Partners are snippets, not pages: they have no place in the page tree and no URL of their own
to manage (the directory builds ``/partner/<slug>/``), staff edit them as records (filters,
search, listing columns), and the directory needs to filter and prefetch them as plain rows.
Draft state and revisions give editors the same safety as pages: only published partners
(``live=True``) appear anywhere public, and the row always holds the published version.
"""

import datetime

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from core.models import tel_href

from ..vocabulary import PARTNER_KINDS
from .base import hsds_id
from .entries import PartnerLocation, PartnerService

STALE_AFTER_DAYS = 183  # "not verified in the last 6 months"


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


class Partner(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """An organisation of the housing network (HSDS *organization*).

    Changes go through the Wagtail workflow "Approvazione schede partner" (assigned to this model by
    a data migration): a partner's edit is a draft submitted to moderation, public only once a member
    of "Staff Servizio Abitare" approves it. Locking keeps two editors from overwriting each other.
    """

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
        from ..forms import ErrorReportForm

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
