"""Each tool's logic on its demo data: stage → next steps, answers → measures, fields → letter,
parameters → range."""

import datetime
from decimal import Decimal
from io import BytesIO

import pytest
import time_machine
from pypdf import PdfReader

from tools import demo, logic
from tools.pdf import letter_pdf

TODAY = datetime.date(2026, 12, 2)


class Town:
    def __init__(self, name):
        self.pk = self.name = name


@pytest.fixture(scope="module")
def tools():
    """The demo data of content/tools/ as the values the pages hand to the logic (no database:
    municipalities are stand-ins with a name, guides are left out)."""
    measures = demo.read("aiuti")["measures"]
    for measure in measures:
        measure["municipalities"] = [Town(name) for name in measure["municipalities"]]
        measure["guide"] = None
    letters = demo.read("lettere")["letters"]
    for letter in letters:
        letter["fields"] = demo._flatten(letter["fields"])
    agreement = demo.read("canone")["agreements"][0]
    for zone in agreement["zones"]:
        for band in zone["bands"]:
            band["min_eur"], band["max_eur"] = Decimal(band["min_eur"]), Decimal(band["max_eur"])
    return {
        "stages": demo.read("sfratto")["stages"],
        "measures": measures,
        "letters": letters,
        "rent": agreement,
    }


@pytest.fixture(scope="module")
def municipalities():
    return {name: Town(name) for name in ("Ispra", "Angera", "Vergiate")}


def stages(tools):
    return tools["stages"]


def test_a_hearing_in_ten_days_is_urgent_and_says_what_comes_next(tools):
    answer = logic.stage_answer(
        stages(tools), "intimazione", when=TODAY + datetime.timedelta(days=10), today=TODAY
    )
    assert answer.position == 2 and answer.total == 5
    assert answer.days_left == 10 and answer.urgent and not answer.date_passed
    assert answer.booking_url == "/prenota/?argomento=sfratto-e-morosita&urgente=1"
    assert "convalida" in answer.stage["next_step"]
    assert [stage["code"] for stage in answer.later] == ["convalida", "precetto", "preavviso"]
    assert "660" in answer.stage["source"]


def test_a_far_or_missing_date_is_not_urgent_and_a_past_date_is(tools):
    far = logic.stage_answer(
        stages(tools), "intimazione", when=TODAY + datetime.timedelta(days=90), today=TODAY
    )
    assert not far.urgent and "urgente" not in far.booking_url
    assert not logic.stage_answer(stages(tools), "lettera", today=TODAY).urgent
    past = logic.stage_answer(
        stages(tools), "preavviso", when=TODAY - datetime.timedelta(days=1), today=TODAY
    )
    assert past.date_passed and past.urgent and past.later == []


def test_an_unknown_stage_gives_no_answer(tools):
    assert logic.stage_answer(stages(tools), "non-esiste") is None


def names(matches):
    return [match.measure["name"] for match in matches]


def measures(tools):
    return tools["measures"]


@time_machine.travel(datetime.datetime(2026, 12, 2, 10, tzinfo=datetime.UTC), tick=False)
def test_arrears_with_a_low_isee_get_the_rent_contribution_and_the_arrears_fund(tools, municipalities):
    found = logic.matching_measures(measures(tools), "arretrati", "figli", municipalities["Ispra"], isee=9000)
    assert names(found) == ["Contributo per pagare l'affitto", "Fondo per la morosità incolpevole"]
    fund = found[1]
    assert "Il tuo ISEE è sotto il limite di 26.000 €." in fund.reasons
    assert any("licenziamento" in check for check in fund.checks)


@time_machine.travel(datetime.datetime(2026, 12, 2, 10, tzinfo=datetime.UTC), tick=False)
def test_a_higher_isee_drops_the_measures_above_their_limit(tools, municipalities):
    found = logic.matching_measures(measures(tools), "arretrati", "solo", municipalities["Ispra"], isee=22000)
    assert names(found) == ["Fondo per la morosità incolpevole"]
    found = logic.matching_measures(measures(tools), "arretrati", "solo", municipalities["Ispra"], isee=30000)
    assert names(found) == []


@time_machine.travel(datetime.datetime(2026, 12, 2, 10, tzinfo=datetime.UTC), tick=False)
def test_without_isee_the_limit_becomes_something_to_check(tools, municipalities):
    found = logic.matching_measures(measures(tools), "affitto", "solo", municipalities["Angera"])
    contribution = found[0]
    assert contribution.measure["name"] == "Contributo per pagare l'affitto"
    assert "Serve un ISEE di 20.000 € al massimo. Fai l'ISEE gratis al CAF." in contribution.checks
    assert "Le regole valgono fino al 31 dicembre 2027." in contribution.checks


@time_machine.travel(datetime.datetime(2026, 12, 2, 10, tzinfo=datetime.UTC), tick=False)
def test_a_measure_limited_to_some_municipalities_only_shows_there(tools, municipalities):
    ispra = logic.matching_measures(measures(tools), "cerco", "solo", municipalities["Ispra"])
    vergiate = logic.matching_measures(measures(tools), "cerco", "solo", municipalities["Vergiate"])
    assert "Agenzia per la casa" in names(ispra)
    assert "C'è nel tuo Comune, Ispra." in ispra[names(ispra).index("Agenzia per la casa")].reasons
    assert "Agenzia per la casa" not in names(vergiate)


@time_machine.travel(datetime.datetime(2028, 3, 1, 10, tzinfo=datetime.UTC), tick=False)
def test_a_measure_past_its_validity_is_not_offered(tools, municipalities):
    found = logic.matching_measures(measures(tools), "affitto", "solo", municipalities["Ispra"], isee=5000)
    assert "Contributo per pagare l'affitto" not in names(found)
    assert "Affitto a canone concordato" in names(found)


def repayment_letter(tools):
    return next(letter for letter in tools["letters"] if letter["slug"] == "piano-di-rientro")


VALUES = {
    "nome": "Maria Rossi",
    "indirizzo": "Via Roma 1, 21018 Sesto Calende",
    "proprietario": "Giovanni Bianchi",
    "indirizzo_proprietario": "Via Milano 2, Varese",
    "casa": "Via Roma 1, Sesto Calende",
    "data_contratto": datetime.date(2024, 2, 1),
    "importo": Decimal("1800"),
    "rate": "6",
    "rata": Decimal("300.50"),
    "dal": datetime.date(2027, 1, 10),
    "motivo": "",
}


def test_the_letter_fills_in_the_fields_and_leaves_out_empty_optional_paragraphs(tools):
    paragraphs = logic.letter_paragraphs(repayment_letter(tools), VALUES, today=TODAY)
    text = "\n".join(paragraphs)
    assert paragraphs[0] == "Maria Rossi\nVia Roma 1, 21018 Sesto Calende"
    assert "Data: 2 dicembre 2026" in text
    assert "firmato il 1 febbraio 2024" in text
    assert "per un totale di 1.800 €." in text
    assert "in 6 rate mensili da 300,50 € ciascuna, a partire dal 10 gennaio 2027" in text
    assert "motivo" not in text and "{" not in text

    with_reason = logic.letter_paragraphs(
        repayment_letter(tools), {**VALUES, "motivo": "Ho perso il lavoro."}
    )
    assert "Il ritardo è dovuto a questo motivo: Ho perso il lavoro." in with_reason


def test_the_rent_range_follows_zone_size_and_features(tools):
    agreement = tools["rent"]
    estimate = logic.rent_estimate(agreement, zone_index=0, size=70, feature_count=4)
    assert estimate.band_number == 2
    assert (estimate.low, estimate.high) == (Decimal("420"), Decimal("525"))
    plain = logic.rent_estimate(agreement, zone_index=1, size=50, feature_count=0)
    assert (plain.band_number, plain.low, plain.high) == (1, Decimal("200"), Decimal("275"))
    rich = logic.rent_estimate(agreement, zone_index=0, size=100, feature_count=8)
    assert (rich.band_number, rich.low, rich.high) == (3, Decimal("700"), Decimal("900"))


def test_the_pdf_opens_and_holds_the_letter_text():
    long_text = "Questa è una frase abbastanza lunga perché la riga vada a capo. " * 40
    data = letter_pdf(
        ["Maria Rossi", "Perché è così: 1.800 € (più) \\ interessi", long_text], title="Lettera"
    )
    reader = PdfReader(BytesIO(data))
    assert len(reader.pages) >= 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Maria Rossi" in text
    assert "Perché è così: 1.800 € (più) \\ interessi" in text
    assert reader.metadata.title == "Lettera"
    many = PdfReader(BytesIO(letter_pdf([f"Riga {n}" for n in range(120)])))
    assert len(many.pages) > 1
    assert "Riga 119" in many.pages[-1].extract_text()
