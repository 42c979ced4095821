"""Demo: four closed quarters of invented observatory figures, and a few building reports.

Everything here is clearly demo: the snapshots are flagged ``is_demo`` (the page says so) and the
addresses are invented. Idempotent: a quarter already frozen, or a report already there, is kept.
"""

import random

from django.utils import timezone

from core.models import Municipality
from core.topics import TOPICS

from . import observatory
from .models import BuildingKind, Condition, Status, VacantBuilding

# Rough weight of each municipality (Sesto Calende and Vergiate are the largest).
WEIGHTS = {
    "sesto-calende": 10,
    "vergiate": 9,
    "angera": 6,
    "ispra": 5,
    "travedona-monate": 4,
    "taino": 3,
    "ternate": 2,
    "cadrezzate-con-osmate": 2,
    "varano-borghi": 2,
    "comabbio": 1,
    "mercallo": 1,
    "ranco": 1,
}


def _spread(rng, total, weights):
    """Split ``total`` over ``weights`` with some noise; the parts always add up to ``total``."""
    whole = sum(weights.values())
    parts = {
        key: max(0, round(total * weight / whole + rng.uniform(-1.5, 1.5))) for key, weight in weights.items()
    }
    biggest = max(parts, key=parts.get)
    parts[biggest] += total - sum(parts.values())
    return parts


def _cells(counts, choices):
    return [{"code": code, "label": label, "count": counts.get(code, 0)} for code, label in choices]


def demo_raw(quarter, rng):
    from booking.models import APPOINTMENT_TOPIC_CHOICES, Appointment, Channel

    season = {1: 1.0, 2: 0.9, 3: 0.7, 4: 1.1}[quarter.number]
    appointments = round(rng.randint(170, 210) * season)
    municipalities = [(m.slug, m.name) for m in Municipality.objects.all()]
    by_municipality = _spread(rng, appointments, {slug: WEIGHTS.get(slug, 1) for slug, _ in municipalities})
    topic_weights = {
        "bonus-e-contributi": 9,
        "contratti-e-affitto": 6,
        "cercare-casa": 8,
        "sfratto-e-morosita": 5,
        "altro": 1,
    }
    channel_weights = {"presenza": 7, "telefono": 4, "video": 1}
    outcome_weights = {"attended": 15, "no_show": 2, "cancelled": 3, "confirmed": 0}
    urgent = round(appointments * rng.uniform(0.12, 0.2))
    tables = [
        observatory.table(
            "appuntamenti_per_comune",
            "appuntamenti",
            "comune",
            "Appuntamenti per Comune",
            "appuntamenti",
            _cells(by_municipality, [*municipalities, observatory.NOT_GIVEN]),
        ),
        observatory.table(
            "appuntamenti_per_argomento",
            "appuntamenti",
            "argomento",
            "Appuntamenti per argomento",
            "appuntamenti",
            _cells(_spread(rng, appointments, topic_weights), APPOINTMENT_TOPIC_CHOICES),
        ),
        observatory.table(
            "appuntamenti_per_canale",
            "appuntamenti",
            "canale",
            "Appuntamenti per canale",
            "appuntamenti",
            _cells(_spread(rng, appointments, channel_weights), Channel.choices),
        ),
        observatory.table(
            "appuntamenti_per_esito",
            "appuntamenti",
            "esito",
            "Appuntamenti per esito",
            "appuntamenti",
            _cells(_spread(rng, appointments, outcome_weights), Appointment.Status.choices),
        ),
        observatory.table(
            "appuntamenti_per_urgenza",
            "appuntamenti",
            "urgenza",
            "Appuntamenti urgenti e non urgenti",
            "appuntamenti",
            [
                {"code": "urgente", "label": "Urgente", "count": urgent},
                {"code": "non-urgente", "label": "Non urgente", "count": appointments - urgent},
            ],
        ),
    ]
    feedback = _spread(rng, rng.randint(60, 90), {topic.slug: 3 for topic in TOPICS} | {"altre-pagine": 1})
    tables.append(
        observatory.table(
            "valutazioni_pagine_per_argomento",
            "valutazioni",
            "argomento",
            "Valutazioni delle pagine per argomento",
            "valutazioni",
            _cells(
                feedback, [(topic.slug, topic.label) for topic in TOPICS] + [("altre-pagine", "Altre pagine")]
            ),
        )
    )
    buildings = rng.randint(14, 24)
    tables += [
        observatory.table(
            "immobili_per_comune",
            "immobili",
            "comune",
            "Immobili sfitti segnalati per Comune",
            "immobili",
            _cells(
                _spread(rng, buildings, {slug: WEIGHTS.get(slug, 1) for slug, _ in municipalities}),
                [*municipalities, observatory.NOT_GIVEN],
            ),
        ),
        observatory.table(
            "immobili_per_tipo",
            "immobili",
            "tipo",
            "Immobili sfitti segnalati per tipo",
            "immobili",
            _cells(
                _spread(rng, buildings, {"appartamento": 6, "casa": 3, "edificio": 1, "altro": 1}),
                BuildingKind.choices,
            ),
        ),
        observatory.table(
            "immobili_per_condizioni",
            "immobili",
            "condizioni",
            "Immobili sfitti segnalati per condizioni",
            "immobili",
            _cells(
                _spread(rng, buildings, {"pronto": 2, "piccoli-lavori": 4, "grandi-lavori": 3, "non-so": 1}),
                Condition.choices,
            ),
        ),
    ]
    searches = _spread(rng, rng.randint(40, 70), {topic.slug: 2 for topic in TOPICS} | {"altro": 3})
    tables += observatory.search_tables(quarter, previous_totals={}, cumulative=searches)
    return {"tables": tables, "search_cumulative": {}}


DEMO_REPORTS = [
    ("sesto-calende", "Via dei Glicini 4 (esempio)", BuildingKind.FLAT, Condition.LIGHT, Status.VERIFIED),
    ("vergiate", "Via delle Betulle 11 (esempio)", BuildingKind.HOUSE, Condition.HEAVY, Status.ASSESSING),
    ("angera", "Piazza del Porto 2 (esempio)", BuildingKind.BUILDING, Condition.HEAVY, Status.REPORTED),
    ("ispra", "Via del Lago 27 (esempio)", BuildingKind.FLAT, Condition.READY, Status.REPORTED),
]


def load(command):
    now = timezone.now()
    quarter = observatory.Quarter.last_closed(now)
    rng = random.Random(17)
    for _ in range(4):
        observatory.freeze(quarter, now=quarter.bounds()[1], is_demo=True, raw=demo_raw(quarter, rng))
        quarter = quarter.previous()
    for slug, address, kind, condition, status in DEMO_REPORTS:
        municipality = Municipality.objects.filter(slug=slug).first()
        if municipality is None or VacantBuilding.objects.filter(address=address).exists():
            continue
        VacantBuilding.objects.create(
            reporter_role="comune",
            municipality=municipality,
            address=address,
            kind=kind,
            ownership="pubblica" if kind == BuildingKind.BUILDING else "privata",
            condition=condition,
            rooms=3,
            rent_concordato="si",
            lend_temporary="non-so",
            status=status,
            staff_notes="Segnalazione di esempio.",
        )
