"""The territory's data: reports of vacant and reusable buildings, and frozen observatory snapshots.

A building report holds an address and, with consent, a contact: both are staff-only and never
reach a public page, the open data or the logs. The observatory publishes only aggregates, from
snapshots frozen once per quarter (``territory.observatory``).
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel


class ReporterRole(models.TextChoices):
    OWNER = "proprietario", _("Sono il proprietario")
    MUNICIPALITY = "comune", _("Lavoro per un Comune")
    AGENCY = "agenzia", _("Lavoro per un'agenzia immobiliare")
    CITIZEN = "cittadino", _("Sono un cittadino e l'ho visto")


class BuildingKind(models.TextChoices):
    FLAT = "appartamento", _("Appartamento")
    HOUSE = "casa", _("Casa singola")
    BUILDING = "edificio", _("Palazzina o edificio intero")
    OTHER = "altro", _("Altro")


class Ownership(models.TextChoices):
    PUBLIC = "pubblica", _("Pubblica (Comune, Regione, ALER, altro ente)")
    PRIVATE = "privata", _("Privata")
    UNKNOWN = "non-so", _("Non lo so")


class Condition(models.TextChoices):
    READY = "pronto", _("Pronto da abitare")
    LIGHT = "piccoli-lavori", _("Servono piccoli lavori")
    HEAVY = "grandi-lavori", _("Servono grandi lavori")
    UNKNOWN = "non-so", _("Non lo so")


class Availability(models.TextChoices):
    YES = "si", _("Sì")
    NO = "no", _("No")
    UNKNOWN = "non-so", _("Non lo so")


class Status(models.TextChoices):
    REPORTED = "segnalato", "Segnalato"
    VERIFIED = "verificato", "Verificato"
    ASSESSING = "in-valutazione", "In valutazione"
    ASSIGNED = "assegnato", "Assegnato o riutilizzato"
    UNSUITABLE = "non-idoneo", "Non idoneo"


ABBREVIATIONS = {
    "v": "via",
    "v.": "via",
    "p.za": "piazza",
    "p.zza": "piazza",
    "pza": "piazza",
    "pzza": "piazza",
    "c.so": "corso",
    "cso": "corso",
    "v.le": "viale",
    "vle": "viale",
    "l.go": "largo",
}


def address_key(address):
    """The same address written two ways gives the same key ("P.za Roma, 3" = "piazza roma 3")."""
    text = unicodedata.normalize("NFKD", address or "").encode("ascii", "ignore").decode().lower()
    words = [ABBREVIATIONS.get(word, word) for word in text.split()]
    text = re.sub(r"[^a-z0-9]+", " ", " ".join(words))
    text = re.sub(r"\b(n|nr|num|numero|civico)\b", " ", text)
    return " ".join(text.split())


class VacantBuildingQuerySet(models.QuerySet):
    def originals(self):
        """Reports that are not a copy of an earlier one (what the observatory counts)."""
        return self.filter(duplicate_of__isnull=True)

    def verified(self):
        return self.originals().filter(status__in=[Status.VERIFIED, Status.ASSESSING, Status.ASSIGNED])


class VacantBuilding(models.Model):
    """A vacant or reusable building someone reported through the public form."""

    reporter_role = models.CharField("chi segnala", max_length=20, choices=ReporterRole.choices)
    municipality = models.ForeignKey(
        "core.Municipality", verbose_name="Comune", on_delete=models.PROTECT, related_name="+"
    )
    # Staff only: never on a public page, in the open data or in a log line.
    address = models.CharField("indirizzo", max_length=200)
    address_key = models.CharField(max_length=200, db_index=True, editable=False)
    kind = models.CharField("tipo", max_length=20, choices=BuildingKind.choices)
    ownership = models.CharField("proprietà", max_length=10, choices=Ownership.choices)
    size_sqm = models.PositiveIntegerField("superficie (m², circa)", null=True, blank=True)
    rooms = models.PositiveSmallIntegerField("locali", null=True, blank=True)
    condition = models.CharField("condizioni", max_length=20, choices=Condition.choices)
    rent_concordato = models.CharField(
        "affitto a canone concordato", max_length=10, choices=Availability.choices, default="non-so"
    )
    lend_temporary = models.CharField(
        "prestito per housing temporaneo", max_length=10, choices=Availability.choices, default="non-so"
    )
    description = models.TextField("altre informazioni", max_length=500, blank=True)
    contact_name = models.CharField("nome di chi segnala", max_length=100, blank=True)
    contact = models.CharField("telefono o e-mail di chi segnala", max_length=120, blank=True)
    contact_consent = models.BooleanField("consenso al contatto", default=False)

    status = models.CharField(
        "stato", max_length=20, choices=Status.choices, default=Status.REPORTED, db_index=True
    )
    unsuitable_reason = models.CharField(
        "motivo (se non idoneo)",
        max_length=200,
        blank=True,
        help_text="Obbligatorio se lo stato è «Non idoneo». Es. «Inagibile», «Già affittato».",
    )
    staff_notes = models.TextField("note interne", blank=True)
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name="doppione di",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
        help_text="Lo stesso immobile segnalato prima. Togli il collegamento se non è lo stesso.",
    )
    created_at = models.DateTimeField("ricevuta il", default=timezone.now, db_index=True)
    updated_at = models.DateTimeField("modificata il", auto_now=True)

    objects = VacantBuildingQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("unsuitable_reason"),
                FieldPanel("staff_notes"),
                FieldPanel("duplicate_of"),
            ],
            heading="Lavorazione",
        ),
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("ownership"), FieldPanel("condition")]),
                FieldRowPanel([FieldPanel("size_sqm"), FieldPanel("rooms")]),
                FieldRowPanel([FieldPanel("rent_concordato"), FieldPanel("lend_temporary")]),
                FieldPanel("description"),
            ],
            heading="Immobile",
        ),
        MultiFieldPanel(
            [
                HelpPanel(content="Dati personali: usali solo per questa segnalazione."),
                FieldPanel("reporter_role"),
                FieldPanel("contact_name"),
                FieldPanel("contact"),
                FieldPanel("contact_consent", read_only=True),
                FieldPanel("created_at", read_only=True),
            ],
            heading="Chi ha segnalato",
        ),
    ]

    class Meta:
        verbose_name = "immobile segnalato"
        verbose_name_plural = "immobili sfitti e da recuperare"
        ordering = ["-created_at"]
        permissions = [
            ("view_verified_buildings", "Può vedere l'elenco degli immobili verificati (partner della rete)")
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="non-idoneo") | ~models.Q(unsuitable_reason=""),
                name="territory_unsuitable_has_reason",
            ),
            models.CheckConstraint(
                condition=models.Q(contact="") | models.Q(contact_consent=True),
                name="territory_contact_needs_consent",
            ),
        ]

    def __str__(self):
        # No address here: this label reaches the audit log and the admin's history.
        return f"Segnalazione n. {self.pk or '—'}: {self.get_kind_display().lower()} a {self.municipality}"

    def save(self, *args, **kwargs):
        self.address_key = address_key(self.address)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.status == Status.UNSUITABLE and not self.unsuitable_reason.strip():
            raise ValidationError({"unsuitable_reason": "Scrivi perché l'immobile non è idoneo."})
        if self.contact.strip() and not self.contact_consent:
            raise ValidationError(
                {"contact": "Si può tenere un contatto solo se chi segnala ha dato il consenso."}
            )
        if self.duplicate_of_id and self.duplicate_of_id == self.pk:
            raise ValidationError({"duplicate_of": "Un immobile non può essere il doppione di sé stesso."})

    def same_address(self):
        """Other reports of the same address in the same municipality (possible duplicates)."""
        return (
            VacantBuilding.objects.filter(municipality_id=self.municipality_id, address_key=self.address_key)
            .exclude(pk=self.pk)
            .order_by("created_at")
        )

    @property
    def is_duplicate(self):
        return self.duplicate_of_id is not None


class ObservatorySnapshot(models.Model):
    """One quarter's figures, frozen: once published they never change.

    ``published`` holds the public tables (every cell at least ``MIN_CELL``, see
    ``territory.observatory``); ``raw`` holds the same tables without suppression, for staff only.
    """

    year = models.PositiveSmallIntegerField("anno")
    quarter = models.PositiveSmallIntegerField("trimestre")
    frozen_at = models.DateTimeField("congelato il", default=timezone.now)
    published = models.JSONField("tabelle pubbliche", default=dict)
    raw = models.JSONField("tabelle complete (solo staff)", default=dict)
    is_demo = models.BooleanField("dati di esempio", default=False)

    class Meta:
        verbose_name = "trimestre dell'osservatorio"
        verbose_name_plural = "trimestri dell'osservatorio"
        ordering = ["-year", "-quarter"]
        constraints = [
            models.UniqueConstraint(fields=["year", "quarter"], name="territory_one_snapshot_per_quarter"),
            models.CheckConstraint(
                condition=models.Q(quarter__gte=1, quarter__lte=4), name="territory_quarter_1_to_4"
            ),
        ]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return f"{self.quarter}º trimestre {self.year}"

    @property
    def slug(self):
        return f"{self.year}-t{self.quarter}"
