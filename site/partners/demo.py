"""Demo partners: invented or generic names, example.org addresses, 0331 000 1xx numbers.

The texts are YAML files under ``content/partners/``. Idempotent: a partner that already exists
(by slug) is left as it is, so running the loader twice changes nothing. Every demo partner is
published with a first revision, like staff would.
"""

import datetime

from django.utils import timezone

from core import content
from core.models import Municipality

from .models import Language, Partner, PartnerLocation, PartnerService
from .vocabulary import COMMON_LANGUAGES

# The partners live in ``content/partners/<slug>.yaml``: every key that is a field of ``Partner`` is
# set as it is; ``services`` (with language codes), ``locations`` (with a municipality slug and
# opening hours), ``areas`` (municipality slugs) and ``verified_days_ago`` are turned into rows here.
PARTNER_KEYS_HANDLED = {"services", "locations", "areas", "verified_days_ago"}


def read_content(root=None):
    return [{"slug": item.name, **item.data} for item in content.read("partners", root=root)]


def _time(text):
    hours, minutes = text.split(":")
    return datetime.time(int(hours), int(minutes))


def _hours(rows):
    return [
        (
            "hours",
            {
                "days": list(row["days"]),
                "opens": _time(row["opens"]),
                "closes": _time(row["closes"]),
                "note": row.get("note", ""),
            },
        )
        for row in rows
    ]


def build_partner(data, municipalities, languages, today):
    """An unsaved Partner with its services and locations (a modelcluster cluster)."""
    partner = Partner(status=Partner.Status.ACTIVE)
    content.set_fields(partner, data, skip=PARTNER_KEYS_HANDLED, source=f"partners/{data['slug']}")
    partner.verified_on = today - datetime.timedelta(days=data["verified_days_ago"])
    partner.services = [
        _row(PartnerService, service, languages=[languages[code] for code in service.get("languages", [])])
        for service in data.get("services", [])
    ]
    partner.locations = [
        _row(
            PartnerLocation,
            location,
            municipality=municipalities[location["municipality"]],
            opening_hours=_hours(location.get("opening_hours", [])),
        )
        for location in data.get("locations", [])
    ]
    partner.areas = [municipalities[slug] for slug in data.get("areas", [])]
    return partner


def _row(model, data, **related):
    """A service or location from its file's mapping; ``related`` holds the values built here."""
    row = model()
    content.set_fields(row, data, skip=set(related), source=f"partners: {model.__name__}")
    for key, value in related.items():
        setattr(row, key, value)
    return row


def load(command):
    today = timezone.localdate()
    # The provincial capital hosts some offices; it is outside the district's list.
    Municipality.objects.get_or_create(
        slug="varese", defaults={"name": "Varese", "in_district": False, "sort_order": 100}
    )
    municipalities = {m.slug: m for m in Municipality.objects.all()}
    for code, name in COMMON_LANGUAGES:
        Language.objects.get_or_create(code=code, defaults={"name": name})
    languages = {language.code: language for language in Language.objects.all()}
    created = 0
    partners = read_content()
    for data in partners:
        if Partner.objects.filter(slug=data["slug"]).exists():
            continue
        partner = build_partner(data, municipalities, languages, today)
        partner.live = True
        partner.save()
        partner.save_revision().publish()
        created += 1
    command.stdout.write(f"- {len(partners)} partner della rete ({created} nuovi)")
