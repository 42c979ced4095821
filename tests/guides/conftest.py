import datetime

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import pytest

from guides.models import GlossaryTerm
from tests.factories.pages import GuideIndexPageFactory, GuidePageFactory, GuideTopicPageFactory


@pytest.fixture
def guide_index(home_page):
    return GuideIndexPageFactory(parent=home_page)


@pytest.fixture
def topic_page(guide_index):
    return GuideTopicPageFactory(parent=guide_index)


@pytest.fixture
def document(db, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    doc = get_document_model()(title="Modulo di esempio", file_size=14)
    doc.file.save("modulo.txt", ContentFile(b"Nome:\nComune:\n"), save=False)
    doc.save()
    return doc


def every_block_body(document):
    return [
        {"type": "heading", "value": "Cosa fare subito"},
        {
            "type": "paragraph",
            "value": '<p>Se hai un problema di <b>morosità</b>, <a href="/prenota/">chiedi aiuto</a>.</p>',
        },
        {
            "type": "steps",
            "value": {
                "title": "Passi da fare",
                "steps": [
                    {"title": "Parla con il proprietario", "text": "<p>Spiega cosa succede.</p>"},
                    {"title": "Chiama lo sportello", "text": "<p>Ti aiutiamo noi.</p>"},
                ],
            },
        },
        {
            "type": "checklist",
            "value": {"title": "Cosa portare", "items": ["Documento", "Attestazione ISEE"]},
        },
        {
            "type": "callout",
            "value": {
                "kind": "urgente",
                "title": "Non lasciare la casa",
                "text": "<p>Solo il giudice decide.</p>",
            },
        },
        {
            "type": "faq",
            "value": {
                "title": "Domande frequenti",
                "items": [{"question": "Lo sportello costa?", "answer": "<p>No. È gratis.</p>"}],
            },
        },
        {
            "type": "deadline",
            "value": {"when": "Entro 20 giorni", "date": "2027-03-31", "what": "<p>Vai dal giudice.</p>"},
        },
        {
            "type": "table",
            "value": {
                "caption": "Chi può chiedere",
                "header": ["Famiglia", "Soglia"],
                "rows": [{"cells": ["1 persona", "Chiedi allo sportello"]}],
            },
        },
        {"type": "document", "value": {"document": document.pk, "title": "Modulo di esempio"}},
        {"type": "contact", "value": {"source": "sportello", "title": "Chi ti può aiutare"}},
    ]


@pytest.fixture
def guide(topic_page, document):
    return GuidePageFactory(
        parent=topic_page,
        slug="non-riesco-a-pagare",
        title="Non riesco a pagare l'affitto",
        summary="Se non paghi l'affitto c'è la morosità. Non aspettare. Chiedi aiuto.",
        audience="Per chi ha un ISEE basso e vive in affitto.",
        body=every_block_body(document),
        last_reviewed=datetime.date(2026, 11, 1),
        review_by=datetime.date(2027, 5, 1),
    )


@pytest.fixture
def glossary_terms(db):
    return [
        GlossaryTerm.objects.create(
            term="ISEE",
            variants="Isee\nindicatore ISEE",
            definition="Un numero che misura i soldi della famiglia.",
        ),
        GlossaryTerm.objects.create(
            term="morosità", variants="moroso", definition="Quando non paghi l'affitto."
        ),
    ]


@pytest.fixture(autouse=True)
def clear_cache():
    """The glossary and the feedback rate limit live in the cache: start each test empty."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
