"""What each tool computes from its data and the person's answers. Pure functions: no database
writes, no logging of what the person entered."""

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import date_format
from django.utils.translation import gettext

from tools.blocks import SITUATIONS

BOOKING_PATH = "/prenota/"
EVICTION_TOPIC = "sfratto-e-morosita"
PLACEHOLDER_RE = re.compile(r"\{([a-z_]+)\}")


def booking_url(topic, urgent=False):
    url = f"{BOOKING_PATH}?argomento={topic}"
    return url + "&urgente=1" if urgent else url


# --- "A che punto è il mio sfratto?" -------------------------------------------------------


@dataclass
class StageAnswer:
    stage: object
    position: int
    total: int
    days_left: int | None = None
    urgent: bool = False
    date_passed: bool = False
    booking_url: str = ""
    later: list = field(default_factory=list)


def stage_answer(stages, code, when=None, today=None, urgent_days=30):
    """Where the person is, given the code of the last document she received and, optionally,
    the date written on it. None when the code is not one of the stages."""
    stages = list(stages)
    position = next((index for index, stage in enumerate(stages) if stage["code"] == code), None)
    if position is None:
        return None
    stage = stages[position]
    answer = StageAnswer(stage=stage, position=position + 1, total=len(stages))
    answer.later = stages[position + 1 :]
    if when is not None:
        today = today or date.today()
        answer.days_left = (when - today).days
        answer.date_passed = answer.days_left < 0
        answer.urgent = answer.days_left <= urgent_days
    answer.booking_url = booking_url(EVICTION_TOPIC, urgent=answer.urgent)
    return answer


# --- "Quale aiuto fa per me?" --------------------------------------------------------------


@dataclass
class MeasureMatch:
    measure: object
    reasons: list
    checks: list


def is_valid_on(measure, day):
    start, end = measure.get("valid_from"), measure.get("valid_until")
    return not (start and day < start) and not (end and day > end)


def euro(amount):
    """«12.000 €» with the Italian thousands separator, no decimals unless there are cents."""
    value = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole, cents = divmod(value, 1)
    text = f"{int(whole):,}".replace(",", ".")
    if cents:
        text += "," + f"{cents:.2f}"[2:]
    return f"{text} €"


def matching_measures(measures, situation, household, municipality, isee=None, today=None):
    """The measures that may fit, each with why and what to check; in the order staff gave them."""
    today = today or date.today()
    situation_labels = dict(SITUATIONS)
    found = []
    for measure in measures:
        if situation not in (measure["situations"] or []):
            continue
        if measure["households"] and household not in measure["households"]:
            continue
        places = [m.pk for m in measure["municipalities"] or [] if m is not None]
        if places and (municipality is None or municipality.pk not in places):
            continue
        if not is_valid_on(measure, today):
            continue
        limit = measure.get("isee_max")
        if limit is not None and isee is not None and isee > limit:
            continue
        reasons = [gettext("Hai scritto: «{situation}».").format(situation=situation_labels[situation])]
        if places and municipality is not None:
            reasons.append(gettext("C'è nel tuo Comune, {name}.").format(name=municipality.name))
        if limit is not None and isee is not None:
            reasons.append(gettext("Il tuo ISEE è sotto il limite di {limit}.").format(limit=euro(limit)))
        reasons.append(measure["why"])
        checks = []
        if limit is not None and isee is None:
            checks.append(
                gettext("Serve un ISEE di {limit} al massimo. Fai l'ISEE gratis al CAF.").format(
                    limit=euro(limit)
                )
            )
        checks.extend(measure["check"])
        if measure.get("valid_until"):
            checks.append(
                gettext("Le regole valgono fino al {day}.").format(
                    day=date_format(measure["valid_until"], "j F Y").lower()
                )
            )
        found.append(MeasureMatch(measure=measure, reasons=reasons, checks=checks))
    return found


# --- "Scrivi al proprietario" --------------------------------------------------------------


def format_value(kind, value):
    if value in (None, ""):
        return ""
    if kind == "date":
        return date_format(value, "j F Y").lower()
    if kind == "money":
        return euro(value)
    return str(value).strip()


def letter_paragraphs(letter, values, today=None):
    """The letter's paragraphs with the person's data filled in. A paragraph naming a field she
    left empty is left out; a placeholder that names no field is kept as written."""
    today = today or date.today()
    kinds = {item["name"]: item["kind"] for item in letter["fields"]}
    filled = {name: format_value(kind, values.get(name)) for name, kind in kinds.items()}
    filled["oggi"] = date_format(today, "j F Y").lower()
    paragraphs = []
    for paragraph in letter["paragraphs"]:
        names = PLACEHOLDER_RE.findall(paragraph["text"])
        if any(name in filled and not filled[name] for name in names):
            continue
        text = PLACEHOLDER_RE.sub(lambda m: filled.get(m.group(1), m.group(0)), paragraph["text"])
        paragraphs.append(text.strip())
    return paragraphs


# --- "Quanto costerebbe a canone concordato?" -----------------------------------------------


@dataclass
class RentEstimate:
    agreement: object
    zone: object
    band: object
    band_number: int
    features: int
    low: Decimal
    high: Decimal


def rent_estimate(agreement, zone_index, size, feature_count):
    """The monthly range for a home of ``size`` m² in a zone, in the band its features reach."""
    zone = agreement["zones"][zone_index]
    bands = list(zone["bands"])
    chosen, number = bands[0], 1
    for index, band in enumerate(bands):
        if feature_count >= band["min_features"]:
            chosen, number = band, index + 1
    low = (Decimal(size) * chosen["min_eur"]).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    high = (Decimal(size) * chosen["max_eur"]).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    return RentEstimate(agreement, zone, chosen, number, feature_count, low, high)
