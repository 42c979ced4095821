"""The directory as open data: HSDS-shaped JSON and a CSV for spreadsheets (see docs/partners.md)."""

import csv
import io

from django.utils import timezone

from wagtail import hooks

from core.exports import csv_safe

from .hours import hsds_schedule
from .vocabulary import PARTNER_KINDS, SERVICE_TYPE_LABELS

TAXONOMY = "sportello-abitare-servizi"
KIND_LABELS = dict(PARTNER_KINDS)
HSDS_STATUS = {"attivo": "active", "chiuso": "temporarily closed"}
# The service a shelter's capacity (HSDS 3.1 ``service_capacity``) belongs to, when it has one.
CAPACITY_SERVICE_TYPE = "accoglienza-temporanea"
# Apps that know a partner's capacity (the network hub's beds for tonight) register a function
# ``(partner_ids, now) -> {partner_id: service_capacity dict}`` with this Wagtail hook.
CAPACITY_HOOK = "partners_service_capacities"

CSV_COLUMNS = [
    ("id", "id"),
    ("nome", "name"),
    ("tipo", "kind"),
    ("descrizione", "description"),
    ("servizi", "services"),
    ("codici_servizi", "service_codes"),
    ("comuni", "municipalities"),
    ("tutto_ambito", "whole_district"),
    ("indirizzi", "addresses"),
    ("orari", "hours"),
    ("telefono", "phone"),
    ("altro_telefono", "other_phone"),
    ("email", "email"),
    ("sito_web", "website"),
    ("lingue", "languages"),
    ("stato", "status"),
    ("verificato_il", "assured_date"),
]


def _date(value):
    return value.isoformat() if value else None


def _phones(partner):
    phones = []
    if partner.phone:
        phones.append({"number": partner.phone, "type": "voice", "description": "Telefono"})
    if partner.other_phone:
        phones.append(
            {
                "number": partner.other_phone,
                "type": "voice",
                "description": partner.other_phone_label or "Altro telefono",
            }
        )
    return phones


def _languages(languages):
    return [{"code": language.code, "name": language.name} for language in languages]


def organization(partner):
    return {
        "id": partner.hsds_id,
        "name": partner.name,
        "description": partner.description,
        "email": partner.email or None,
        "website": partner.website or None,
        "phones": _phones(partner),
        "organization_type": {"code": partner.kind, "name": KIND_LABELS.get(partner.kind, partner.kind)},
        "status": HSDS_STATUS[partner.status],
        "status_note": partner.status_note or None,
        "assured_date": _date(partner.verified_on),
        "url": partner.get_absolute_url(),
    }


def _service_areas(partner):
    if partner.serves_whole_district:
        return [{"name": "Tutto l'Ambito Territoriale Sociale di Sesto Calende", "extent_type": "district"}]
    return [{"name": m.name, "code": m.slug, "extent_type": "municipality"} for m in partner.municipalities]


def service_capacities(partner_ids, now):
    """HSDS ``service_capacity`` data of the partners, from the apps that keep them (``CAPACITY_HOOK``)."""
    found = {}
    for provider in hooks.get_hooks(CAPACITY_HOOK):
        found.update(provider(partner_ids, now))
    return found


def capacity_service(partner):
    """The service of ``partner`` that carries its capacity: its shelter service, else its first one."""
    services = list(partner.services.all())
    for item in services:
        if item.service_type == CAPACITY_SERVICE_TYPE:
            return item
    return services[0] if services else None


def service(partner, item, location_ids, capacity=None):
    data = {
        "id": item.hsds_id,
        "organization_id": partner.hsds_id,
        "name": item.type_label,
        "description": item.description,
        "service_type": item.service_type,
        "attributes": [
            {
                "taxonomy_term": {
                    "code": item.service_type,
                    "name": str(SERVICE_TYPE_LABELS[item.service_type]),
                    "taxonomy": TAXONOMY,
                }
            }
        ],
        "status": HSDS_STATUS[partner.status],
        "eligibility_description": item.audience or None,
        "application_process": item.get_access_display(),
        "fees_description": item.get_cost_display(),
        "languages": _languages(item.languages.all()),
        "service_areas": _service_areas(partner),
        "service_at_locations": [{"location_id": location_id} for location_id in location_ids],
        "assured_date": _date(partner.verified_on),
    }
    data["capacities"] = [{**capacity, "service_id": item.hsds_id}] if capacity else []
    return data


def location(partner, place):
    return {
        "id": place.hsds_id,
        "organization_id": partner.hsds_id,
        "location_type": "physical",
        "name": place.name or partner.name,
        "latitude": float(place.latitude) if place.latitude is not None else None,
        "longitude": float(place.longitude) if place.longitude is not None else None,
        "addresses": [
            {
                "address_type": "physical",
                "address_1": place.address,
                "city": place.municipality.name,
                "postal_code": place.postal_code or None,
                "state_province": "VA",
                "country": "IT",
            }
        ],
        "municipality": {"code": place.municipality.slug, "name": place.municipality.name},
        "schedules": [hsds_schedule(block.value) for block in place.opening_hours],
        "schedule_note": place.hours_note or None,
        "accessibility": [{"description": place.accessibility}] if place.accessibility else [],
    }


def directory_json(partners, request=None, now=None):
    """The whole directory as one HSDS-shaped document (``partners`` from ``public_partners()``)."""
    now = now or timezone.now()
    document = {
        "dataset": {
            "name": "Rete del Servizio Abitare — Ambito Territoriale Sociale di Sesto Calende",
            "description": "Chi aiuta sulla casa nei Comuni dell'Ambito: enti, servizi e sedi.",
            "standard": "Open Referral HSDS 3.1 (sottoinsieme)",
            "license": "CC-BY-4.0",
            "generated_at": now.isoformat(timespec="seconds"),
            "documentation": "docs/partners.md",
        },
        "organizations": [],
        "services": [],
        "locations": [],
    }
    partners = list(partners)
    capacities = service_capacities([partner.pk for partner in partners], now)
    for partner in partners:
        org = organization(partner)
        if request is not None:
            org["url"] = request.build_absolute_uri(org["url"])
        document["organizations"].append(org)
        places = list(partner.locations.all())
        location_ids = [place.hsds_id for place in places]
        document["locations"].extend(location(partner, place) for place in places)
        capacity = capacities.get(partner.pk)
        carrier = capacity_service(partner) if capacity else None
        document["services"].extend(
            service(partner, item, location_ids, capacity if item == carrier else None)
            for item in partner.services.all()
        )
    return document


def csv_row(partner):
    places = list(partner.locations.all())
    hours = []
    for place in places:
        lines = place.hours_lines + ([place.hours_note] if place.hours_note else [])
        if lines:
            hours.append(f"{place.municipality.name}: " + "; ".join(lines))
    values = {
        "id": partner.hsds_id,
        "name": partner.name,
        "kind": KIND_LABELS.get(partner.kind, partner.kind),
        "description": partner.description,
        "services": ", ".join(str(SERVICE_TYPE_LABELS[slug]) for slug in partner.service_types),
        "service_codes": ",".join(partner.service_types),
        "municipalities": ", ".join(m.name for m in partner.municipalities),
        "whole_district": "sì" if partner.serves_whole_district else "no",
        "addresses": " | ".join(place.full_address for place in places),
        "hours": " | ".join(hours),
        "phone": partner.phone,
        "other_phone": partner.other_phone,
        "email": partner.email,
        "website": partner.website,
        "languages": ", ".join(language.name for language in partner.languages),
        "status": partner.get_status_display(),
        "assured_date": _date(partner.verified_on) or "",
    }
    return [values[key] for _, key in CSV_COLUMNS]


def directory_csv(partners):
    """UTF-8 with a BOM and ``;`` separators: what a spreadsheet set to Italian opens correctly."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([heading for heading, _ in CSV_COLUMNS])
    for partner in partners:
        # Partner staff write these texts: a cell starting with = + - @ must not run as a formula.
        writer.writerow([csv_safe(cell) for cell in csv_row(partner)])
    return buffer.getvalue()
