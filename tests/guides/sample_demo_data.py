"""A tiny stand-in for ``guides.demo_data`` with the same shape (GUIDES_DATA_CONTRACT.md)."""

INDEX = {"title": "Guide", "intro": "Qui trovi guide semplici sulla casa. Scegli un argomento."}

TOPICS = [
    {"topic": "bonus-e-contributi", "title": "Bonus e contributi", "intro": "Aiuti per pagare la casa."},
    {"topic": "contratti-e-affitto", "title": "Contratti e affitto", "intro": "Come funziona il contratto."},
    {"topic": "cercare-casa", "title": "Cercare casa", "intro": "Dove cercare una casa."},
    {"topic": "sfratto-e-morosita", "title": "Sfratto e morosità", "intro": "Cosa fare se hai uno sfratto."},
]

GLOSSARY = [
    {
        "term": "ISEE",
        "variants": ["Isee", "indicatore ISEE"],
        "definition": "Un numero che misura i soldi della famiglia.",
    },
    {"term": "morosità", "variants": ["moroso"], "definition": "Quando non paghi l'affitto."},
    {
        "term": "canone concordato",
        "variants": [],
        "definition": "Un affitto più basso, deciso con regole locali.",
    },
]

EVERY_BLOCK = [
    ("heading", "Cosa fare subito"),
    (
        "paragraph",
        "<p>Se non paghi l'affitto c'è la <b>morosità</b>. Chiedi aiuto. "
        '<a href="/prenota/">Prenota allo sportello</a>.</p>',
    ),
    (
        "steps",
        {
            "title": "Cosa fare",
            "steps": [
                {"title": "Parla con il proprietario", "text": "<p>Spiega cosa succede.</p>"},
                {"title": "Chiama lo sportello", "text": "<p>Ti aiutiamo noi.</p>"},
            ],
        },
    ),
    ("checklist", {"title": "Cosa portare", "items": ["Documento", "Contratto", "ISEE"]}),
    (
        "callout",
        {"kind": "urgente", "title": "Non lasciare la casa", "text": "<p>Solo il giudice decide.</p>"},
    ),
    (
        "faq",
        {"title": "Domande frequenti", "items": [{"question": "Costa?", "answer": "<p>No. È gratis.</p>"}]},
    ),
    ("deadline", {"when": "Entro 20 giorni", "date": "2027-03-31", "what": "<p>Vai dal giudice.</p>"}),
    (
        "table",
        {
            "caption": "Chi può chiedere",
            "header": ["Famiglia", "Soglia"],
            "rows": [["1 persona", "Chiedi allo sportello"]],
        },
    ),
    ("document", {"title": "Modulo di esempio", "filename": "modulo.txt", "text": "Nome:\nComune:\n"}),
    ("contact", {"source": "sportello"}),
]


def _guide(topic, slug, title, related, body=None):
    return {
        "topic": topic,
        "slug": slug,
        "title": title,
        "summary": "Qui trovi cosa fare. Le frasi sono brevi. Chiedi se hai dubbi.",
        "audience": "Per chi vive in affitto.",
        "search_description": f"{title}: cosa fare.",
        "reviewed": "2026-11-15",
        "review_by": "2027-05-15",
        "related": related,
        "body": body
        or [("paragraph", "<p>Vai allo sportello. Ti aiutiamo.</p>"), ("contact", {"source": "sportello"})],
    }


GUIDES = [
    _guide(
        "sfratto-e-morosita",
        "non-riesco-a-pagare",
        "Non riesco a pagare l'affitto",
        ["contributo-affitto"],
        EVERY_BLOCK,
    ),
    _guide(
        "bonus-e-contributi", "contributo-affitto", "Il contributo per l'affitto", ["non-riesco-a-pagare"]
    ),
    _guide("contratti-e-affitto", "tipi-di-contratto", "I tipi di contratto", []),
    _guide("cercare-casa", "case-popolari", "Le case popolari", ["tipi-di-contratto"]),
]
