"""The tools as a citizen uses them: forms, answers, errors in plain Italian, nothing kept."""

import datetime
import logging
from io import BytesIO

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
import time_machine
from bs4 import BeautifulSoup
from pypdf import PdfReader

from guides.readability import BODY_TARGET, SUMMARY_TARGET, gulpease
from tests.factories.pages import GuidePageFactory, GuideTopicPageFactory

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 12, 2, 10, tzinfo=datetime.UTC)
LETTER = {
    "nome": "Maria Rossi",
    "indirizzo": "Via Roma 1, 21018 Sesto Calende",
    "proprietario": "Giovanni Bianchi",
    "indirizzo_proprietario": "Via Milano 2, Varese",
    "casa": "Via Roma 1, Sesto Calende",
    "data_contratto": "01/02/2024",
    "importo": "1800",
    "rate": "6",
    "rata": "300,50",
    "dal": "10/01/2027",
}


def text(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def writes(queries):
    return [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]


@pytest.fixture
def watch(caplog):
    """Captures every query and log record of one request, to prove nothing personal is kept."""
    caplog.set_level(logging.DEBUG)
    with CaptureQueriesContext(connection) as queries:
        yield queries, caplog


def assert_nothing_kept(watch, *secrets):
    queries, caplog = watch
    assert writes(queries.captured_queries) == []
    logged = " ".join(record.getMessage() for record in caplog.records)
    for secret in secrets:
        assert secret not in logged


def test_the_tools_page_lists_the_four_tools(client, tools):
    response = client.get("/strumenti/")
    assert response.status_code == 200
    for tool in tools.values():
        assert tool.title in text(response)


@time_machine.travel(NOW, tick=False)
def test_a_hearing_date_close_gives_an_urgent_booking_link_and_partners(client, tools):
    page = tools["sfratto"]
    response = client.get(page.url)
    assert "In alto c'è scritto «Tribunale di…»." in text(response)
    response = client.post(page.url, {"fase": "intimazione", "data": "15/12/2026"})
    assert response.status_code == 200
    body = text(response)
    assert "Fase 2 di 5" in body
    assert "Mancano 13 giorni. È urgente" in body
    assert "Vai all'udienza. È molto importante." in body
    assert "Codice di procedura civile, articoli 658, 660 e 663" in body
    soup = BeautifulSoup(response.content, "html.parser")
    booking = soup.select_one('a[data-element="service-booking-access"]')
    assert booking["href"] == "/prenota/?argomento=sfratto-e-morosita&urgente=1"
    assert booking.get_text(strip=True) == "Prenota un appuntamento urgente"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]

    calm = client.post(page.url, {"fase": "intimazione", "data": "2027-03-01"})
    assert "È urgente" not in text(calm)
    assert (
        BeautifulSoup(calm.content, "html.parser").select_one('a[data-element="service-booking-access"]')[
            "href"
        ]
        == "/prenota/?argomento=sfratto-e-morosita"
    )


def test_eviction_bad_input_gets_plain_italian_errors(client, tools):
    page = tools["sfratto"]
    response = client.post(page.url, {"data": "domani"})
    assert response.status_code == 400
    body = text(response)
    assert "Scegli il foglio che hai ricevuto." in body
    assert "Scrivi la data così: 15/03/2027." in body
    assert client.post(page.url, {"fase": "inventata"}).status_code == 400


@time_machine.travel(NOW, tick=False)
def test_help_finder_explains_each_measure_and_keeps_nothing(client, tools, watch):
    page = tools["aiuti"]
    response = client.post(
        page.url, {"comune": "ispra", "famiglia": "figli", "situazione": "arretrati", "isee": "9137"}
    )
    assert response.status_code == 200
    body = text(response)
    assert "Fondo per la morosità incolpevole Esempio" in body
    assert "Il tuo ISEE è sotto il limite di 26.000 €." in body
    assert "Hai scritto: «Sono in affitto e ho rate non pagate»." in body
    assert "no-store" in response["Cache-Control"]
    assert_nothing_kept(watch, "9137")

    bad = client.post(page.url, {"comune": "milano", "isee": "novemila"})
    assert bad.status_code == 400
    body = text(bad)
    for message in (
        "Scegli un Comune dell'elenco.",
        "Scegli con chi vivi.",
        "Scegli la tua situazione.",
        "Scrivi solo un numero, senza punti né virgole.",
    ):
        assert message in body


@time_machine.travel(NOW, tick=False)
def test_the_letter_is_built_from_the_form_and_downloads_as_pdf_without_being_kept(client, tools, watch):
    url = tools["lettere"].url + "piano-di-rientro/"
    form = client.get(url)
    assert "Con questa lettera dici che devi dei soldi." in text(form)
    response = client.post(url, LETTER)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    letter = soup.select_one("#lettera").get_text(" ")
    assert (
        "Oggetto: proposta di piano di rientro per i canoni non pagati dell'immobile in Via Roma 1" in letter
    )
    assert "in 6 rate mensili da 300,50 € ciascuna, a partire dal 10 gennaio 2027" in letter
    assert "Data: 2 dicembre 2026" in letter
    assert "Maria Rossi" in soup.select_one("#testo-lettera").get_text()
    assert "no-store" in response["Cache-Control"]

    pdf = client.post(url, {**LETTER, "formato": "pdf"})
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf["Content-Disposition"].startswith("attachment;")
    assert "no-store" in pdf["Cache-Control"]
    content = PdfReader(BytesIO(pdf.content)).pages[0].extract_text()
    assert "Gentile Giovanni Bianchi" in content
    assert "per un totale di 1.800 €." in content
    assert_nothing_kept(watch, "Maria Rossi", "Giovanni Bianchi", "Via Roma")


def test_letter_bad_input_and_unknown_letter(client, tools):
    url = tools["lettere"].url + "piano-di-rientro/"
    response = client.post(url, {**LETTER, "nome": "", "importo": "mille", "dal": "31/02/2027"})
    assert response.status_code == 400
    body = text(response)
    assert "Rispondi a questa domanda." in body
    assert "Scrivi un importo in euro, per esempio 450 o 450,50." in body
    assert "Scrivi la data così: 15/03/2027." in body
    assert "La tua lettera è pronta" not in body
    assert client.get(tools["lettere"].url + "non-esiste/").status_code == 404


def test_agreed_rent_estimate_and_errors(client, tools, watch):
    page = tools["canone"]
    response = client.post(
        page.url, {"zona": "0-0", "metri": "70", "caratteristiche": ["0-0", "0-1", "0-2", "0-3"]}
    )
    assert response.status_code == 200
    body = text(response)
    assert "tra 420 € e 525 € al mese" in body
    assert "è nella fascia 2" in body
    assert "questi numeri sono un esempio" in body
    assert_nothing_kept(watch)

    bad = client.post(page.url, {"zona": "9-9", "metri": "3"})
    assert bad.status_code == 400
    assert "Scegli una zona dell'elenco." in text(bad)
    assert "Una casa ha almeno 10 metri quadri. Controlla il numero." in text(bad)


def test_guides_of_a_topic_link_its_tool(client, tools, home_page):
    topic = GuideTopicPageFactory(parent=home_page, topic="sfratto-e-morosita", slug="sfratto")
    guide = GuidePageFactory(parent=topic, slug="fasi-dello-sfratto")
    response = client.get(guide.url)
    links = [a["href"] for a in BeautifulSoup(response.content, "html.parser").select(".guide-tools a")]
    assert links == [tools["sfratto"].url]

    # The list is cached: unpublishing the tool takes it off the guide at once.
    tools["sfratto"].unpublish()
    response = client.get(guide.url)
    assert BeautifulSoup(response.content, "html.parser").select(".guide-tools a") == []


def test_tool_texts_pass_the_readability_targets(tools):
    """Intros read like guide summaries; the rest like guide bodies (Gulpease, guides/readability)."""
    for tool in [*tools.values(), tools["sfratto"].get_parent().specific]:
        assert gulpease(tool.intro) >= SUMMARY_TARGET, tool.title
    stage_text = "\n".join(
        "\n".join([s["document"], s["looks_like"], s["where"], s["next_step"], s["how_long"], *s["actions"]])
        for s in tools["sfratto"].stage_values()
    )
    measures = "\n".join(
        "\n".join([m.value["summary"], m.value["why"], *m.value["check"]]) for m in tools["aiuti"].measures
    )
    letters = "\n".join(
        "\n".join(
            [letter["summary"], letter["talk_first"], *(p["explanation"] for p in letter["paragraphs"])]
        )
        for letter in tools["lettere"].letter_values()
    )
    for name, value in (("sfratto", stage_text), ("aiuti", measures), ("lettere", letters)):
        assert gulpease(value) >= BODY_TARGET, (name, gulpease(value))


@pytest.fixture
def whoosh_index(settings, tmp_path):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends.whoosh", "PATH": tmp_path / "search", "LOCK_TIMEOUT": 2}
    }


def test_each_tool_is_found_by_search(client, whoosh_index, tools):
    for query, tool in (
        ("lettera al proprietario", "lettere"),
        ("sfratto a che punto", "sfratto"),
        ("canone concordato quanto", "canone"),
        ("quale aiuto", "aiuti"),
    ):
        page = BeautifulSoup(client.get("/cerca/", {"q": query}).content, "html.parser")
        titles = [a.get_text(strip=True) for a in page.select("ol.search-results .search-result__title a")]
        assert titles[:1] == [tools[tool].title], (query, titles)


def test_the_guide_on_canone_concordato_links_the_rent_tool(client, tools):
    import re

    from django.conf import settings

    guide = (
        settings.CONTENT_DIR / "guides" / "contratti-e-affitto" / "tipi-di-contratto-d-affitto.yaml"
    ).read_text()
    links = re.findall(r'href="(/strumenti/[^"]+)"', guide)
    assert tools["canone"].url in links
    assert client.get(tools["canone"].url).status_code == 200
