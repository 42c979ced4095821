from django.template.loader import render_to_string

from wagtail.rich_text import RichText

import pytest
from bs4 import BeautifulSoup

from guides import blocks
from guides.models import GuidePage
from guides.readability import gulpease

ALL_BLOCKS = dict(blocks.GuideBodyBlock().child_blocks)


def render(block, value, context=None):
    return BeautifulSoup(block.render(block.to_python(value), context=context), "html.parser")


def test_every_block_has_a_template_description_and_preview():
    assert set(ALL_BLOCKS) == {
        "heading",
        "paragraph",
        "steps",
        "checklist",
        "callout",
        "faq",
        "deadline",
        "table",
        "document",
        "contact",
    }
    for name, block in ALL_BLOCKS.items():
        assert block.meta.template.startswith("blocks/"), name
        assert block.meta.description, name
        assert block.meta.preview_value is not None, name


@pytest.mark.parametrize("name", [n for n in ALL_BLOCKS if n not in {"document", "contact"}])
def test_preview_values_render(name):
    block = ALL_BLOCKS[name]
    html = block.render(block.normalize(block.meta.preview_value))
    assert BeautifulSoup(html, "html.parser").get_text(strip=True)


def test_heading_is_an_h2():
    html = render(ALL_BLOCKS["heading"], "Cosa fare subito")
    assert html.h2.get_text() == "Cosa fare subito"


def test_paragraph_allows_only_bold_links_and_lists():
    assert ALL_BLOCKS["paragraph"].features == ["bold", "link", "ol", "ul"]
    html = render(ALL_BLOCKS["paragraph"], "<p>Parla <b>subito</b>.</p><ul><li>Uno</li></ul>")
    assert html.b.get_text() == "subito" and html.li.get_text() == "Uno"


def test_steps_are_a_numbered_list_with_titles():
    html = render(
        ALL_BLOCKS["steps"],
        {
            "title": "Cosa fare",
            "steps": [{"title": "Primo", "text": "<p>A</p>"}, {"title": "Secondo", "text": ""}],
        },
    )
    assert html.h2.get_text() == "Cosa fare"
    assert [h.get_text() for h in html.select("ol > li h3")] == ["Primo", "Secondo"]


def test_checklist_lists_items():
    html = render(ALL_BLOCKS["checklist"], {"title": "Cosa portare", "items": ["Documento", "Contratto"]})
    assert html.h2.get_text() == "Cosa portare"
    assert [li.get_text() for li in html.select("ul li")] == ["Documento", "Contratto"]


@pytest.mark.parametrize(
    ("kind", "label"), [("info", "Da sapere"), ("attenzione", "Attenzione"), ("urgente", "Urgente")]
)
def test_callout_kinds(kind, label):
    html = render(ALL_BLOCKS["callout"], {"kind": kind, "title": "Titolo", "text": "<p>Testo</p>"})
    box = html.select_one(f".callout--{kind}")
    assert box and box.select_one(".callout__label").get_text().startswith(label)
    assert "Testo" in box.get_text()


def test_faq_uses_details_and_summary():
    html = render(
        ALL_BLOCKS["faq"], {"title": "Domande", "items": [{"question": "Costa?", "answer": "<p>No.</p>"}]}
    )
    details = html.find("details")
    assert details.summary.get_text() == "Costa?"
    assert "No." in details.get_text()


def test_deadline_with_and_without_date():
    html = render(
        ALL_BLOCKS["deadline"], {"when": "Entro 20 giorni", "date": "2027-03-31", "what": "<p>Vai.</p>"}
    )
    assert html.time["datetime"] == "2027-03-31"
    assert "31 marzo 2027" in html.get_text()
    html = render(ALL_BLOCKS["deadline"], {"when": "Subito", "date": None, "what": "<p>Chiama.</p>"})
    assert html.time is None and "Subito" in html.get_text()


def test_table_has_caption_header_and_row_headers():
    html = render(
        ALL_BLOCKS["table"],
        {"caption": "Soglie", "header": ["Famiglia", "ISEE"], "rows": [{"cells": ["1 persona", "Chiedi"]}]},
    )
    assert html.caption.get_text() == "Soglie"
    assert [th["scope"] for th in html.select("thead th")] == ["col", "col"]
    assert html.select_one("tbody th[scope=row]").get_text() == "1 persona"
    assert html.select_one(".table-scroll")["tabindex"] == "0"


@pytest.mark.django_db
def test_document_links_the_file_with_format_and_size(document):
    html = render(ALL_BLOCKS["document"], {"document": document.pk, "title": "Modulo"})
    link = html.find("a")
    assert link["href"] == document.url
    assert link.get_text() == "Scarica Modulo"
    assert "TXT" in html.get_text() and "14" in html.get_text()


@pytest.mark.django_db
def test_contact_comes_from_site_settings(rf, site_settings):
    request = rf.get("/")
    html = BeautifulSoup(
        render_to_string(
            "blocks/contact.html",
            {"value": {"title": "Chi ti può aiutare"}},
            request=request,
        ),
        "html.parser",
    )
    assert html.find("a", href="tel:03310000000")
    assert html.find("a", href="mailto:sportello@example.org")
    assert "Piazza Municipio 1" in html.get_text()


@pytest.mark.django_db
def test_body_text_reads_every_block_as_the_contract_says(guide):
    text = guide.plain_body.splitlines()
    assert text[:2] == ["Cosa fare subito", "Se hai un problema di morosità, chiedi aiuto."]
    for expected in [
        "Passi da fare",
        "Parla con il proprietario",
        "Spiega cosa succede.",
        "Cosa portare",
        "Attestazione ISEE",
        "Non lasciare la casa",
        "Solo il giudice decide.",
        "Lo sportello costa?",
        "No. È gratis.",
        "Entro 20 giorni",
        "Vai dal giudice.",
        "Chi può chiedere",
        "Soglia",
        "Chiedi allo sportello",
        "Modulo di esempio",
    ]:
        assert expected in text
    assert not any("0331" in line for line in text)  # the contact block adds nothing
    assert guide.body_score == gulpease(guide.plain_body)
    assert GuidePage.objects.get(pk=guide.pk).summary_score == gulpease(guide.summary)


def test_body_text_of_an_empty_body():
    assert blocks.body_text(None) == ""
    assert blocks.ParagraphBlock().plain_text(RichText("<p>Ciao.</p>")) == ["Ciao."]
