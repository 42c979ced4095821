"""/partner/dati.json (HSDS-shaped) and /partner/dati.csv (spreadsheet-friendly)."""

import csv
import datetime
import io
import json
import re
import uuid

import pytest

from tests.factories.partners import create_partner

pytestmark = pytest.mark.django_db

# The HSDS-shaped structure we publish, as a small schema: field -> type (or nested schema).
# ``None`` in a tuple means the field may be null. Lists hold one item schema.
STR, OPT_STR, OPT_NUM = str, (str, type(None)), (float, type(None))
ID = "uuid"
DATE = "date"
OPT_DATE = "date-or-null"
SCHEMA = {
    "dataset": {
        "name": STR,
        "description": STR,
        "standard": STR,
        "license": STR,
        "generated_at": STR,
        "documentation": STR,
    },
    "organizations": [
        {
            "id": ID,
            "name": STR,
            "description": STR,
            "email": OPT_STR,
            "website": OPT_STR,
            "phones": [{"number": STR, "type": STR, "description": STR}],
            "organization_type": {"code": STR, "name": STR},
            "status": STR,
            "status_note": OPT_STR,
            "assured_date": OPT_DATE,
            "url": STR,
        }
    ],
    "services": [
        {
            "id": ID,
            "organization_id": ID,
            "name": STR,
            "description": STR,
            "service_type": STR,
            "attributes": [{"taxonomy_term": {"code": STR, "name": STR, "taxonomy": STR}}],
            "status": STR,
            "eligibility_description": OPT_STR,
            "application_process": STR,
            "fees_description": STR,
            "languages": [{"code": STR, "name": STR}],
            "service_areas": [{"name": STR, "extent_type": STR}],
            "service_at_locations": [{"location_id": ID}],
            "assured_date": OPT_DATE,
        }
    ],
    "locations": [
        {
            "id": ID,
            "organization_id": ID,
            "location_type": STR,
            "name": STR,
            "latitude": OPT_NUM,
            "longitude": OPT_NUM,
            "addresses": [
                {
                    "address_type": STR,
                    "address_1": STR,
                    "city": STR,
                    "postal_code": OPT_STR,
                    "state_province": STR,
                    "country": STR,
                }
            ],
            "municipality": {"code": STR, "name": STR},
            "schedules": [
                {
                    "freq": STR,
                    "byday": STR,
                    "opens_at": OPT_STR,
                    "closes_at": OPT_STR,
                    "description": STR,
                    "notes": STR,
                }
            ],
            "schedule_note": OPT_STR,
            "accessibility": [{"description": STR}],
        }
    ],
}


def validate(value, schema, path="$"):
    """Raise AssertionError with the path of the first value that does not fit ``schema``."""
    if isinstance(schema, dict):
        assert isinstance(value, dict), f"{path}: expected an object"
        missing = set(schema) - set(value)
        assert not missing, f"{path}: missing {sorted(missing)}"
        for key, sub in schema.items():
            validate(value[key], sub, f"{path}.{key}")
    elif isinstance(schema, list):
        assert isinstance(value, list), f"{path}: expected a list"
        for index, item in enumerate(value):
            validate(item, schema[0], f"{path}[{index}]")
    elif schema == ID:
        assert isinstance(value, str) and str(uuid.UUID(value)) == value, f"{path}: not a UUID"
    elif schema in (DATE, OPT_DATE):
        if value is None and schema == OPT_DATE:
            return
        assert isinstance(value, str) and datetime.date.fromisoformat(value), f"{path}: not a date"
    else:
        assert isinstance(value, schema), f"{path}: {value!r} is not {schema}"


@pytest.fixture
def directory(site_settings, sesto, ispra, arabic, italian):
    return [
        create_partner(
            "Società di mutuo soccorso «Il Tetto»",
            services=["sfratto-e-morosita", "mediazione"],
            places=[sesto, ispra],
            languages=[arabic, italian],
            other_phone="0331 000 199",
            other_phone_label="Cellulare",
        ),
        create_partner(
            "Comune di Ispra — servizi sociali",
            services=["bonus-e-contributi"],
            places=[ispra],
            whole_district=True,
            verified_on=datetime.date(2025, 1, 31),
        ),
        create_partner("Bozza nascosta", services=["emergenza"], places=[ispra], live=False),
    ]


def test_json_has_the_hsds_shape(client, directory):
    response = client.get("/partner/dati.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    document = json.loads(response.content.decode("utf-8"))
    validate(document, SCHEMA)

    organizations = {org["name"]: org for org in document["organizations"]}
    assert set(organizations) == {"Società di mutuo soccorso «Il Tetto»", "Comune di Ispra — servizi sociali"}
    tetto = organizations["Società di mutuo soccorso «Il Tetto»"]
    assert tetto["url"].startswith("http://testserver/partner/")
    assert tetto["phones"][1] == {"number": "0331 000 199", "type": "voice", "description": "Cellulare"}
    assert organizations["Comune di Ispra — servizi sociali"]["assured_date"] == "2025-01-31"

    # Every reference points to something in the document; ids are unique.
    org_ids = {org["id"] for org in document["organizations"]}
    location_ids = {place["id"] for place in document["locations"]}
    service_ids = [item["id"] for item in document["services"]]
    assert len(service_ids) == len(set(service_ids)) == 3
    assert len(location_ids) == 3
    for item in document["services"]:
        assert item["organization_id"] in org_ids
        assert {link["location_id"] for link in item["service_at_locations"]} <= location_ids
    for place in document["locations"]:
        assert place["organization_id"] in org_ids

    eviction = next(item for item in document["services"] if item["service_type"] == "sfratto-e-morosita")
    assert eviction["attributes"][0]["taxonomy_term"]["name"] == "Sfratto e morosità"
    assert eviction["languages"] == [{"code": "ar", "name": "arabo"}, {"code": "it", "name": "italiano"}]
    assert [area["name"] for area in eviction["service_areas"]] == ["Sesto Calende", "Ispra"]
    schedule = document["locations"][0]["schedules"][0]
    assert schedule == {
        "freq": "WEEKLY",
        "byday": "MO,TU,WE,TH,FR",
        "opens_at": "09:00",
        "closes_at": "12:00",
        "description": "Dal lunedì al venerdì, 9:00–12:00",
        "notes": "",
    }
    # Italian characters travel as they are, not as \\u escapes.
    assert "«Il Tetto»" in response.content.decode("utf-8")


def test_json_ids_are_stable(client, directory):
    first = client.get("/partner/dati.json").json()
    second = client.get("/partner/dati.json").json()
    assert [org["id"] for org in first["organizations"]] == [org["id"] for org in second["organizations"]]


def test_csv_opens_with_italian_characters_intact(client, directory):
    response = client.get("/partner/dati.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that tells Excel it is UTF-8

    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert [row["nome"] for row in rows] == [
        "Comune di Ispra — servizi sociali",
        "Società di mutuo soccorso «Il Tetto»",
    ]
    tetto = rows[1]
    assert tetto["servizi"] == "Sfratto e morosità, Mediazione con il proprietario"
    assert tetto["codici_servizi"] == "sfratto-e-morosita,mediazione"
    assert tetto["comuni"] == "Sesto Calende, Ispra"
    assert tetto["lingue"] == "arabo, italiano"
    assert tetto["stato"] == "Attivo"
    assert "Dal lunedì al venerdì, 9:00–12:00" in tetto["orari"]
    assert rows[0]["tutto_ambito"] == "sì"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rows[0]["verificato_il"])
    assert "Bozza nascosta" not in raw.decode("utf-8-sig")


def test_export_query_count_does_not_grow(
    client, site_settings, ispra, italian, django_assert_max_num_queries
):
    for index in range(30):
        create_partner(
            f"Partner {index}",
            services=["bonus-e-contributi", "emergenza"],
            places=[ispra, ispra],
            languages=[italian],
        )
    with django_assert_max_num_queries(6):
        assert len(client.get("/partner/dati.json").json()["organizations"]) == 30
    with django_assert_max_num_queries(6):
        client.get("/partner/dati.csv")


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(client, directory):
    from partners.models import Partner

    partner = Partner.objects.get(name="Società di mutuo soccorso «Il Tetto»")
    partner.description = '=HYPERLINK("http://x","y")'
    partner.save()
    raw = client.get("/partner/dati.csv").content.decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(raw), delimiter=";") for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert '\'=HYPERLINK("http://x","y")' in cells
