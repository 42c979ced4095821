"""The observatory page and its downloads: charts with tables, CSV/JSON valid against their schema."""

import csv
import datetime as dt
import io

import jsonschema
import pytest
from bs4 import BeautifulSoup

from territory import observatory
from territory.privacy import MIN_CELL
from tests.factories.booking import MunicipalityFactory

pytestmark = pytest.mark.django_db

Q1 = observatory.Quarter(2026, 1)
AFTER_Q1 = dt.datetime(2026, 4, 2, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def frozen(towns, make_appointments):
    make_appointments(12, dt.date(2026, 2, 3), municipality=towns["angera"], topic="bonus-e-contributi")
    # A municipality name a spreadsheet would run as a formula (names are typed by staff).
    evil = MunicipalityFactory(name='=HYPERLINK("http://x.example","Ispra")', slug="ispra-bis")
    make_appointments(7, dt.date(2026, 2, 4), municipality=evil)
    make_appointments(3, dt.date(2026, 2, 5), municipality=towns["taino"])
    make_appointments(6, dt.date(2026, 2, 6), municipality=towns["ispra"])
    snapshot, _ = observatory.freeze(Q1, now=AFTER_Q1)
    return snapshot


def test_the_page_shows_each_chart_with_its_table_and_summary(client, site_settings, frozen):
    response = client.get("/osservatorio/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    main = soup.find("main")
    assert main.find("script") is None
    sections = main.select("section.obs-table")
    assert sections
    for section in sections:
        title = section.find("h3").get_text()
        assert section.select_one(".obs-summary").get_text().strip()
        svg = section.find("svg")
        if svg is None:
            assert "Meno di 5" in section.get_text()
            continue
        assert svg["role"] == "img" and svg.find("title")
        table = section.find("table")
        assert table.find("caption").get_text().startswith(title)
        numbers = [int(td.get_text()) for td in table.select("tbody td")]
        assert all(number >= MIN_CELL for number in numbers)
        # The chart draws exactly the numbers of its table, at valid coordinates (no "12,5" from
        # the Italian number format).
        assert len(svg.find_all("rect")) == len(numbers)
        assert [int(text.get_text()) for text in svg.find_all("text")[1::2]] == numbers
        for shape in svg.find_all(["rect", "text"]):
            for attribute in ("x", "y", "width", "height"):
                if shape.has_attr(attribute):
                    float(shape[attribute])
    town = main.find("h3", string="Appuntamenti per Comune").find_parent("section")
    assert "Angera" in town.get_text()
    rows = [th.get_text() for th in town.select("tbody th")]
    assert rows == ['=HYPERLINK("http://x.example","Ispra")', "Angera", "Altri Comuni messi insieme"]
    assert "In tutto 28 appuntamenti." in town.get_text()
    assert "CC BY 4.0" in main.get_text()


def test_json_validates_against_its_published_schema(client, frozen):
    document = client.get("/osservatorio/dati.json").json()
    schema = client.get("/osservatorio/schema.json").json()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(document, schema, format_checker=jsonschema.FormatChecker())
    assert document["dataset"]["licenza"] == "CC-BY-4.0"
    assert document["dataset"]["aggiornato_il"] == "2026-04-02"
    assert document["trimestri"][0]["periodo"] == "2026-T1"


def test_the_schema_refuses_a_small_cell(client, frozen):
    document = client.get("/osservatorio/dati.json").json()
    schema = client.get("/osservatorio/schema.json").json()
    document["trimestri"][0]["tabelle"][0]["voci"][0]["conteggio"] = 3
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


def test_csv_follows_its_table_schema_and_is_formula_safe(client, frozen):
    response = client.get("/osservatorio/dati.csv")
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    schema = client.get("/osservatorio/schema-csv.json").json()
    names = [field["name"] for field in schema["fields"]]
    assert list(rows[0].keys()) == names
    for row in rows:
        for field in schema["fields"]:
            value = row[field["name"]]
            if value in schema["missingValues"]:
                continue
            if field["type"] == "integer":
                assert int(value) >= field.get("constraints", {}).get("minimum", 0)
            elif field["type"] == "date":
                dt.date.fromisoformat(value)
            elif field["type"] == "boolean":
                assert value in field["trueValues"] + field["falseValues"]
        assert not row["voce"].startswith(("=", "+", "-", "@"))
        if row["nota"]:
            assert row["nota"] == "meno di 5" and row["conteggio"] == ""
    assert any(row["voce"].startswith("'=HYPERLINK") for row in rows)
    assert any(row["tabella"] == "appuntamenti_per_comune" and row["codice"] == "angera" for row in rows)
