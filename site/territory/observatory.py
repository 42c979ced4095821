"""The observatory's figures: one quarter's anonymous tables, and the frozen snapshots.

Sources (``SOURCES``) each return the raw tables of one dataset for one quarter; ``build`` runs
them all, ``privacy.protect`` makes the public version, ``freeze`` stores both once and for all.
Another app can add a source with ``register_source`` (a function ``quarter -> list of tables``);
the referrals source below is skipped while no ``network.Referral`` model exists.
"""

import datetime as dt
import json
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.apps import apps
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone, translation

from core.models import Municipality
from core.topics import TOPICS

from . import privacy
from .models import BuildingKind, Condition, ObservatorySnapshot, VacantBuilding

SCHEMA_VERSION = "1.0"
LICENSE = "CC-BY-4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/deed.it"
NOT_GIVEN = ("non-indicato", "Non indicato")


@dataclass(frozen=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def containing(cls, moment):
        local = timezone.localtime(moment) if isinstance(moment, dt.datetime) else moment
        return cls(local.year, (local.month - 1) // 3 + 1)

    @classmethod
    def last_closed(cls, now=None):
        current = cls.containing(now or timezone.now())
        return current.previous()

    def previous(self):
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)

    def next(self):
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    @property
    def first_month(self):
        return 3 * (self.number - 1) + 1

    def bounds(self):
        """[start, end) as aware datetimes at local midnight."""
        zone = ZoneInfo(settings.TIME_ZONE)
        start = dt.datetime(self.year, self.first_month, 1, tzinfo=zone)
        following = self.next()
        end = dt.datetime(following.year, following.first_month, 1, tzinfo=zone)
        return start, end

    @property
    def label(self):
        return f"{self.number}º trimestre {self.year}"

    @property
    def months(self):
        names = ["gennaio-marzo", "aprile-giugno", "luglio-settembre", "ottobre-dicembre"]
        return names[self.number - 1]

    @property
    def slug(self):
        return f"{self.year}-t{self.number}"


def table(table_id, dataset, dimension, title, unit, cells):
    return {
        "id": table_id,
        "dataset": dataset,
        "dimension": dimension,
        "title": title,
        "unit": unit,
        "cells": cells,
    }


def _count_by(queryset, field, choices, *, extra=()):
    counts = {row[field]: row["n"] for row in queryset.values(field).annotate(n=Count("pk")).order_by()}
    cells = []
    for code, label in [*choices, *extra]:
        key = None if code == NOT_GIVEN[0] else code
        cells.append({"code": code, "label": label, "count": counts.pop(key, 0)})
    leftover = sum(counts.values())
    if leftover:
        cells.append({"code": "altro-valore", "label": "Altro", "count": leftover})
    return cells


def _municipality_cells(queryset, field="municipality"):
    choices = [(m.slug, m.name) for m in Municipality.objects.all()]
    by_pk = {m.pk: m.slug for m in Municipality.objects.all()}
    counts = {}
    for row in queryset.values(field).annotate(n=Count("pk")).order_by():
        code = by_pk.get(row[field], NOT_GIVEN[0])
        counts[code] = counts.get(code, 0) + row["n"]
    return [
        {"code": code, "label": label, "count": counts.get(code, 0)} for code, label in [*choices, NOT_GIVEN]
    ]


# Sources ------------------------------------------------------------------------------------


def appointment_tables(quarter):
    from booking.models import APPOINTMENT_TOPIC_CHOICES, Appointment, Channel

    start, end = quarter.bounds()
    rows = Appointment.objects.filter(start__gte=start, start__lt=end)
    unit = "appuntamenti"
    urgency = [("urgente", "Urgente"), ("non-urgente", "Non urgente")]
    urgency_counts = {
        row["urgent"]: row["n"] for row in rows.values("urgent").annotate(n=Count("pk")).order_by()
    }
    return [
        table(
            "appuntamenti_per_comune",
            "appuntamenti",
            "comune",
            "Appuntamenti per Comune",
            unit,
            _municipality_cells(rows),
        ),
        table(
            "appuntamenti_per_argomento",
            "appuntamenti",
            "argomento",
            "Appuntamenti per argomento",
            unit,
            _count_by(rows, "topic", APPOINTMENT_TOPIC_CHOICES),
        ),
        table(
            "appuntamenti_per_canale",
            "appuntamenti",
            "canale",
            "Appuntamenti per canale",
            unit,
            _count_by(rows, "channel", Channel.choices),
        ),
        table(
            "appuntamenti_per_esito",
            "appuntamenti",
            "esito",
            "Appuntamenti per esito",
            unit,
            _count_by(rows, "status", Appointment.Status.choices),
        ),
        table(
            "appuntamenti_per_urgenza",
            "appuntamenti",
            "urgenza",
            "Appuntamenti urgenti e non urgenti",
            unit,
            [
                {"code": urgency[0][0], "label": urgency[0][1], "count": urgency_counts.get(True, 0)},
                {"code": urgency[1][0], "label": urgency[1][1], "count": urgency_counts.get(False, 0)},
            ],
        ),
    ]


# Words that place a search with no result under one of the four topics (stems, lower case).
THEME_WORDS = {
    "bonus-e-contributi": ("bonus", "contribut", "sostegn", "fondo", "bollett", "isee", "aiut", "sussidi"),
    "contratti-e-affitto": (
        "contratt",
        "affitt",
        "canone",
        "caparra",
        "cauzion",
        "disdett",
        "registraz",
        "locaz",
        "inquilin",
        "proprietar",
    ),
    "cercare-casa": (
        "cerc",
        "popolar",
        "erp",
        "aler",
        "housing",
        "alloggi",
        "mutuo",
        "graduatori",
        "concordat",
        "stanza",
    ),
    "sfratto-e-morosita": ("sfratt", "moros", "debit", "pignor", "ufficiale", "sgombero", "arretrat"),
}
OTHER_THEME = ("altro", "Altri temi")


def search_theme(query):
    words = query.lower().split()
    for slug, stems in THEME_WORDS.items():
        if any(word.startswith(stem) for word in words for stem in stems):
            return slug
    return OTHER_THEME[0]


def search_cumulative():
    """Searches with no result so far, by theme (the search app keeps running totals, not dates)."""
    from search.models import ZeroResultQuery

    totals = {}
    for query, count in ZeroResultQuery.objects.values_list("query", "count"):
        theme = search_theme(query)
        totals[theme] = totals.get(theme, 0) + count
    return totals


def search_tables(quarter, *, previous_totals=None, cumulative=None):
    """This quarter's searches = running totals now − running totals at the previous freeze."""
    cumulative = search_cumulative() if cumulative is None else cumulative
    previous_totals = previous_totals or {}
    choices = [(topic.slug, topic.label) for topic in TOPICS] + [OTHER_THEME]
    cells = [
        {
            "code": code,
            "label": label,
            "count": max(0, cumulative.get(code, 0) - previous_totals.get(code, 0)),
        }
        for code, label in choices
    ]
    return [
        table(
            "ricerche_senza_risultati_per_tema",
            "ricerche",
            "tema",
            "Ricerche senza risultati per tema",
            "ricerche",
            cells,
        )
    ]


def feedback_tables(quarter):
    from feedback.models import PageFeedback
    from guides.models import GuidePage

    start, end = quarter.bounds()
    topic_of = dict(GuidePage.objects.values_list("pk", "topic"))
    counts = {}
    rows = PageFeedback.objects.filter(created_at__gte=start, created_at__lt=end)
    for row in rows.values("page_id").annotate(n=Count("pk")).order_by():
        code = topic_of.get(row["page_id"], "altre-pagine")
        counts[code] = counts.get(code, 0) + row["n"]
    choices = [(topic.slug, topic.label) for topic in TOPICS] + [("altre-pagine", "Altre pagine")]
    cells = [{"code": code, "label": label, "count": counts.get(code, 0)} for code, label in choices]
    return [
        table(
            "valutazioni_pagine_per_argomento",
            "valutazioni",
            "argomento",
            "Valutazioni delle pagine per argomento",
            "valutazioni",
            cells,
        )
    ]


def building_tables(quarter):
    start, end = quarter.bounds()
    rows = VacantBuilding.objects.originals().filter(created_at__gte=start, created_at__lt=end)
    unit = "immobili"
    return [
        table(
            "immobili_per_comune",
            "immobili",
            "comune",
            "Immobili sfitti segnalati per Comune",
            unit,
            _municipality_cells(rows),
        ),
        table(
            "immobili_per_tipo",
            "immobili",
            "tipo",
            "Immobili sfitti segnalati per tipo",
            unit,
            _count_by(rows, "kind", BuildingKind.choices),
        ),
        table(
            "immobili_per_condizioni",
            "immobili",
            "condizioni",
            "Immobili sfitti segnalati per condizioni",
            unit,
            _count_by(rows, "condition", Condition.choices),
        ),
    ]


def referral_model():
    """The network app's referral model, or None while it does not exist (contract: status, created_at)."""
    try:
        model = apps.get_model("network", "Referral")
    except (LookupError, ValueError):
        return None
    names = {field.name for field in model._meta.get_fields()}
    return model if {"status", "created_at"} <= names else None


def referral_tables(quarter):
    model = referral_model()
    if model is None:
        return []
    start, end = quarter.bounds()
    rows = model.objects.filter(created_at__gte=start, created_at__lt=end)
    choices = model._meta.get_field("status").choices or []
    return [
        table(
            "invii_per_stato",
            "invii",
            "stato",
            "Invii ai partner della rete per stato",
            "invii",
            _count_by(rows, "status", choices),
        )
    ]


SOURCES = [appointment_tables, feedback_tables, building_tables, referral_tables]


def register_source(source):
    """Add ``source(quarter) -> [table, ...]`` (from another app's ``ready``)."""
    if source not in SOURCES:
        SOURCES.append(source)


# Snapshots ----------------------------------------------------------------------------------


def previous_snapshot(quarter):
    return (
        ObservatorySnapshot.objects.filter(year__lte=quarter.year)
        .exclude(year=quarter.year, quarter__gte=quarter.number)
        .order_by("-year", "-quarter")
        .first()
    )


def build(quarter, *, search_previous=None, search_now=None):
    """Raw tables (no suppression) of one quarter, from every source, plus the search running totals."""
    tables = []
    for source in SOURCES:
        tables.extend(source(quarter))
    if search_previous is None:
        before = previous_snapshot(quarter)
        search_previous = (before.raw.get("search_cumulative") if before else None) or {}
    cumulative = search_cumulative() if search_now is None else search_now
    tables.extend(search_tables(quarter, previous_totals=search_previous, cumulative=cumulative))
    return {"tables": tables, "search_cumulative": cumulative}


def publish(raw):
    """The public version of raw tables: every cell at least MIN_CELL (``privacy.protect``)."""
    tables = []
    for item in raw["tables"]:
        label = privacy.MERGED_MUNICIPALITIES_LABEL if item["dimension"] == "comune" else privacy.MERGED_LABEL
        cells, total, suppressed = privacy.protect(item["cells"], merged_label=label)
        tables.append({**item, "cells": cells, "total": total, "suppressed": suppressed})
    return {"tables": tables}


def freeze(quarter, *, now=None, is_demo=False, raw=None):
    """Store the quarter's figures once. A quarter already frozen is returned unchanged."""
    if quarter.bounds()[1] > (now or timezone.now()):
        raise ValueError(f"{quarter.label} non è ancora finito: si congela solo un trimestre chiuso.")
    existing = ObservatorySnapshot.objects.filter(year=quarter.year, quarter=quarter.number).first()
    if existing:
        return existing, False
    # Frozen figures are data, written once in the site's language: labels (some are lazy
    # translations) become plain Italian strings here.
    with translation.override(settings.LANGUAGE_CODE):
        raw = json.loads(json.dumps(raw or build(quarter), cls=DjangoJSONEncoder))
    try:
        with transaction.atomic():
            snapshot = ObservatorySnapshot.objects.create(
                year=quarter.year,
                quarter=quarter.number,
                frozen_at=now or timezone.now(),
                raw=raw,
                published=publish(raw),
                is_demo=is_demo,
            )
    except IntegrityError:  # frozen by a concurrent run
        return ObservatorySnapshot.objects.get(year=quarter.year, quarter=quarter.number), False
    return snapshot, True


def published_snapshots():
    return list(ObservatorySnapshot.objects.order_by("-year", "-quarter"))
