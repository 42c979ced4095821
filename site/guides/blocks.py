"""The blocks a guide's body is made of.

Each block knows how to render itself (a template in ``templates/blocks/``) and how to read as
plain text (``plain_text``), so the readability score and the search index see the same words
a citizen reads. The value shapes follow ``GUIDES_DATA_CONTRACT.md`` (the demo loader converts
the table rows and the document file, nothing else).
"""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from guides.readability import html_to_text

# Bold, links and lists: enough to write clearly, too little to break the page's structure.
PARAGRAPH_FEATURES = ["bold", "link", "ol", "ul"]


def _rich(value):
    """Plain text of a RichText value (or of an HTML string)."""
    source = getattr(value, "source", value)
    return html_to_text(source or "").strip()


class PlainTextMixin:
    """A block that can list the texts a reader sees, in reading order."""

    def plain_text(self, value):
        return [str(value)] if value else []


class HeadingBlock(PlainTextMixin, blocks.CharBlock):
    def __init__(self, **kwargs):
        super().__init__(max_length=120, **kwargs)

    class Meta:
        icon = "title"
        label = "Titolo di sezione"
        template = "blocks/heading.html"
        description = "Un titolo breve che apre una parte della guida, es. «Cosa fare subito»."
        preview_value = "Cosa fare subito"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=PARAGRAPH_FEATURES, **kwargs)

    def plain_text(self, value):
        text = _rich(value)
        return [text] if text else []

    class Meta:
        icon = "pilcrow"
        label = "Paragrafo"
        template = "blocks/paragraph.html"
        description = "Testo semplice: frasi brevi, grassetto, link ed elenchi."
        preview_value = (
            "<p>Se non riesci a pagare l'affitto, <b>non aspettare</b>. "
            "Parla subito con il proprietario e con lo sportello.</p>"
        )


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="cosa fare", max_length=120)
    text = blocks.RichTextBlock(label="spiegazione", features=PARAGRAPH_FEATURES, required=False)

    class Meta:
        icon = "list-ol"
        label = "Passo"


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titolo", max_length=120, required=False, default="Cosa fare")
    steps = blocks.ListBlock(StepBlock(), label="passi", min_num=1)

    def plain_text(self, value):
        texts = [value.get("title") or ""]
        for step in value.get("steps") or []:
            texts += [step.get("title") or "", _rich(step.get("text"))]
        return [text for text in texts if text]

    class Meta:
        icon = "list-ol"
        label = "Passi da seguire"
        template = "blocks/steps.html"
        description = "Cosa fare, un passo dopo l'altro, in ordine numerato."
        preview_value = {
            "title": "Cosa fare",
            "steps": [
                {"title": "Parla con il proprietario", "text": "<p>Spiega cosa succede.</p>"},
                {"title": "Prenota un appuntamento", "text": "<p>Lo sportello ti aiuta.</p>"},
            ],
        }


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titolo", max_length=120, default="Cosa portare")
    items = blocks.ListBlock(blocks.CharBlock(label="voce", max_length=200), label="voci", min_num=1)

    def plain_text(self, value):
        return [text for text in [value.get("title") or "", *(value.get("items") or [])] if text]

    class Meta:
        icon = "tasks"
        label = "Cosa serve"
        template = "blocks/checklist.html"
        description = "Un elenco da spuntare: documenti da portare o cose da preparare."
        preview_value = {
            "title": "Cosa portare",
            "items": ["Documento d'identità", "Contratto d'affitto", "Attestazione ISEE"],
        }


CALLOUT_KINDS = [
    ("info", "Informazione"),
    ("attenzione", "Attenzione"),
    ("urgente", "Urgente"),
]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label="tipo", choices=CALLOUT_KINDS, default="info")
    title = blocks.CharBlock(label="titolo", max_length=120, required=False)
    text = blocks.RichTextBlock(label="testo", features=PARAGRAPH_FEATURES)

    def plain_text(self, value):
        return [text for text in [value.get("title") or "", _rich(value.get("text"))] if text]

    class Meta:
        icon = "warning"
        label = "Riquadro in evidenza"
        template = "blocks/callout.html"
        description = "Un avviso: informazione, attenzione o cosa urgente da fare."
        preview_value = {
            "kind": "attenzione",
            "title": "Non lasciare la casa",
            "text": "<p>Solo un giudice può ordinare lo sfratto.</p>",
        }


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label="domanda", max_length=200)
    answer = blocks.RichTextBlock(label="risposta", features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "help"
        label = "Domanda e risposta"


class FaqBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="titolo", max_length=120, required=False, default="Domande frequenti")
    items = blocks.ListBlock(FaqItemBlock(), label="domande", min_num=1)

    def plain_text(self, value):
        texts = [value.get("title") or ""]
        for item in value.get("items") or []:
            texts += [item.get("question") or "", _rich(item.get("answer"))]
        return [text for text in texts if text]

    class Meta:
        icon = "help"
        label = "Domande frequenti"
        template = "blocks/faq.html"
        description = "Domande e risposte che si aprono con un tocco."
        preview_value = {
            "title": "Domande frequenti",
            "items": [
                {"question": "Lo sportello costa qualcosa?", "answer": "<p>No, è gratuito.</p>"},
            ],
        }


class DeadlineBlock(blocks.StructBlock):
    when = blocks.CharBlock(label="quando", max_length=120, help_text="Es. «Entro 20 giorni»")
    date = blocks.DateBlock(label="data", required=False, help_text="Solo se la data è uguale per tutti.")
    what = blocks.RichTextBlock(label="cosa succede o cosa fare", features=PARAGRAPH_FEATURES)

    def plain_text(self, value):
        return [text for text in [value.get("when") or "", _rich(value.get("what"))] if text]

    class Meta:
        icon = "date"
        label = "Scadenza"
        template = "blocks/deadline.html"
        description = "Un termine da rispettare e cosa succede se passa."
        preview_value = {
            "when": "Entro 20 giorni",
            "date": None,
            "what": "<p>Vai dal giudice all'udienza.</p>",
        }


class TableRowBlock(blocks.StructBlock):
    cells = blocks.ListBlock(blocks.CharBlock(label="cella", max_length=200), label="celle")

    class Meta:
        icon = "list-ul"
        label = "Riga"


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label="didascalia", max_length=200, help_text="Cosa mostra la tabella.")
    header = blocks.ListBlock(blocks.CharBlock(label="intestazione", max_length=100), label="intestazioni")
    rows = blocks.ListBlock(TableRowBlock(), label="righe", min_num=1)

    def plain_text(self, value):
        texts = [value.get("caption") or "", *(value.get("header") or [])]
        for row in value.get("rows") or []:
            texts += list(row.get("cells") or [])
        return [text for text in texts if text]

    class Meta:
        icon = "table"
        label = "Tabella"
        template = "blocks/table.html"
        description = "Una tabella semplice, es. soglie di reddito. Su telefono scorre di lato."
        preview_value = {
            "caption": "Chi può chiedere il contributo",
            "header": ["Famiglia", "ISEE fino a"],
            "rows": [{"cells": ["1 persona", "Chiedi allo sportello"]}],
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="documento")
    title = blocks.CharBlock(
        label="nome del documento", max_length=120, required=False, help_text="Se vuoto, usa il titolo."
    )

    def plain_text(self, value):
        document = value.get("document")
        title = value.get("title") or (document.title if document else "")
        return [title] if title else []

    class Meta:
        icon = "doc-full"
        label = "Documento da scaricare"
        template = "blocks/document.html"
        description = "Un modulo o un documento da scaricare, con formato e dimensione."
        preview_value = {"title": "Modulo di esempio"}


CONTACT_SOURCES = [("sportello", "Lo sportello (dalle impostazioni del sito)")]


class ContactBlock(blocks.StructBlock):
    source = blocks.ChoiceBlock(label="contatto", choices=CONTACT_SOURCES, default="sportello")
    title = blocks.CharBlock(label="titolo", max_length=120, required=False, default="Chi ti può aiutare")

    def plain_text(self, value):
        # The contacts are the same on every page: they would only skew the score.
        return []

    class Meta:
        icon = "user"
        label = "Contatti"
        template = "blocks/contact.html"
        description = "Telefono, e-mail, indirizzo e orari dello sportello, presi dalle impostazioni."
        preview_value = {"source": "sportello", "title": "Chi ti può aiutare"}


class GuideBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    steps = StepsBlock()
    checklist = ChecklistBlock()
    callout = CalloutBlock()
    faq = FaqBlock()
    deadline = DeadlineBlock()
    table = TableBlock()
    document = DocumentBlock()
    contact = ContactBlock()


def body_text(body):
    """The plain text of a guide body: every text of every block, one per line.

    This is what the Gulpease score and the readability report read (see the data contract).
    """
    lines = []
    for child in body or []:
        plain_text = getattr(child.block, "plain_text", None)
        if plain_text is not None:
            lines.extend(plain_text(child.value))
    return "\n".join(line for line in lines if line)
