"""The observatory as open data: JSON and CSV of the frozen quarters, with their schemas.

Only ``published`` tables leave the server: every cell counts at least 5 (``privacy``). The CSV
escapes cells a spreadsheet would run as a formula.
"""

import csv
import io

from django.utils import timezone

from core.exports import csv_safe

from . import privacy
from .observatory import LICENSE, LICENSE_URL, SCHEMA_VERSION

DATASET_NAME = "Osservatorio abitare — Ambito Territoriale Sociale di Sesto Calende"
PUBLISHER = "Ambito Territoriale Sociale di Sesto Calende — Servizio Abitare"

CSV_COLUMNS = [
    ("periodo", "string", "Anno e trimestre, es. 2026-T1"),
    ("anno", "integer", "Anno"),
    ("trimestre", "integer", "Trimestre, da 1 a 4"),
    ("mesi", "string", "Mesi del trimestre, es. gennaio-marzo"),
    ("tabella", "string", "Identificativo della tabella, es. appuntamenti_per_argomento"),
    ("insieme", "string", "Cosa si conta: appuntamenti, ricerche, valutazioni, immobili, invii"),
    ("dimensione", "string", "Come si divide il conteggio: comune, argomento, canale, esito, ..."),
    ("codice", "string", "Codice della voce (vuoto se la tabella ha meno di 5 casi)"),
    ("voce", "string", "Nome della voce"),
    ("conteggio", "integer", "Numero di casi, sempre 5 o più; vuoto se la tabella ha meno di 5 casi"),
    ("nota", "string", "«meno di 5» se la tabella è nascosta per tutelare le persone"),
    ("congelato_il", "date", "Giorno in cui il trimestre è stato congelato"),
    ("dati_di_esempio", "boolean", "«sì» per i dati dimostrativi, non reali"),
]


def period(snapshot):
    return f"{snapshot.year}-T{snapshot.quarter}"


MONTHS = ["gennaio-marzo", "aprile-giugno", "luglio-settembre", "ottobre-dicembre"]


def quarter_document(snapshot, *, raw=False):
    source = snapshot.raw if raw else snapshot.published
    tables = source.get("tables", [])
    if raw:
        tables = [
            {**item, "total": sum(c["count"] for c in item["cells"]), "suppressed": False} for item in tables
        ]
    return {
        "periodo": period(snapshot),
        "anno": snapshot.year,
        "trimestre": snapshot.quarter,
        "mesi": MONTHS[snapshot.quarter - 1],
        "congelato_il": timezone.localdate(snapshot.frozen_at).isoformat(),
        "dati_di_esempio": snapshot.is_demo,
        "tabelle": [
            {
                "id": item["id"],
                "insieme": item["dataset"],
                "dimensione": item["dimension"],
                "titolo": item["title"],
                "unita": item["unit"],
                "totale": item["total"],
                "nascosta": item["suppressed"],
                "voci": [
                    {"codice": cell["code"], "voce": cell["label"], "conteggio": cell["count"]}
                    for cell in item["cells"]
                ],
            }
            for item in tables
        ],
    }


def document(snapshots, *, schema_url="", request=None, now=None):
    now = now or timezone.now()
    latest = max((s.frozen_at for s in snapshots), default=None)
    return {
        "dataset": {
            "nome": DATASET_NAME,
            "descrizione": (
                "Conteggi anonimi per trimestre: appuntamenti allo sportello, ricerche senza risultati, "
                "valutazioni delle pagine, immobili sfitti segnalati. Ogni numero conta almeno "
                f"{privacy.MIN_CELL} casi."
            ),
            "editore": PUBLISHER,
            "licenza": LICENSE,
            "licenza_url": LICENSE_URL,
            "versione_schema": SCHEMA_VERSION,
            "schema": schema_url,
            "minimo_per_cella": privacy.MIN_CELL,
            "aggiornato_il": timezone.localdate(latest).isoformat() if latest else None,
            "generato_il": now.isoformat(timespec="seconds"),
        },
        "trimestri": [quarter_document(snapshot) for snapshot in snapshots],
    }


def csv_rows(snapshot, *, raw=False):
    quarter = quarter_document(snapshot, raw=raw)
    common = [quarter["periodo"], quarter["anno"], quarter["trimestre"], quarter["mesi"]]
    tail = [quarter["congelato_il"], "sì" if quarter["dati_di_esempio"] else "no"]
    for item in quarter["tabelle"]:
        head = [*common, item["id"], item["insieme"], item["dimensione"]]
        if item["nascosta"]:
            yield [*head, "", "", "", privacy.SUPPRESSED_TEXT, *tail]
            continue
        for cell in item["voci"]:
            yield [*head, cell["codice"], cell["voce"], cell["conteggio"], "", *tail]


def to_csv(snapshots, *, raw=False):
    """UTF-8 with a BOM and ``;`` separators: what a spreadsheet set to Italian opens correctly."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([name for name, _, _ in CSV_COLUMNS])
    for snapshot in snapshots:
        for row in csv_rows(snapshot, raw=raw):
            writer.writerow([csv_safe(value) for value in row])
    return buffer.getvalue()


def _cell_count():
    return {"type": "integer", "minimum": privacy.MIN_CELL}


def json_schema():
    """JSON Schema (2020-12) of ``document()``: the published contract of dati.json."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "osservatorio-abitare.schema.json",
        "title": DATASET_NAME,
        "type": "object",
        "required": ["dataset", "trimestri"],
        "additionalProperties": False,
        "properties": {
            "dataset": {
                "type": "object",
                "required": ["nome", "licenza", "versione_schema", "minimo_per_cella", "aggiornato_il"],
                "properties": {
                    "nome": {"type": "string"},
                    "descrizione": {"type": "string"},
                    "editore": {"type": "string"},
                    "licenza": {"const": LICENSE},
                    "licenza_url": {"type": "string"},
                    "versione_schema": {"const": SCHEMA_VERSION},
                    "schema": {"type": "string"},
                    "minimo_per_cella": {"const": privacy.MIN_CELL},
                    "aggiornato_il": {"type": ["string", "null"], "format": "date"},
                    "generato_il": {"type": "string", "format": "date-time"},
                },
            },
            "trimestri": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["periodo", "anno", "trimestre", "mesi", "congelato_il", "tabelle"],
                    "properties": {
                        "periodo": {"type": "string", "pattern": r"^\d{4}-T[1-4]$"},
                        "anno": {"type": "integer"},
                        "trimestre": {"type": "integer", "minimum": 1, "maximum": 4},
                        "mesi": {"enum": MONTHS},
                        "congelato_il": {"type": "string", "format": "date"},
                        "dati_di_esempio": {"type": "boolean"},
                        "tabelle": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "additionalProperties": False,
                                "required": ["id", "insieme", "dimensione", "totale", "nascosta", "voci"],
                                "properties": {
                                    "id": {"type": "string", "pattern": "^[a-z_]+$"},
                                    "insieme": {"type": "string"},
                                    "dimensione": {"type": "string"},
                                    "titolo": {"type": "string"},
                                    "unita": {"type": "string"},
                                    "totale": {"oneOf": [_cell_count(), {"type": "null"}]},
                                    "nascosta": {"type": "boolean"},
                                    "voci": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "additionalProperties": False,
                                            "required": ["codice", "voce", "conteggio"],
                                            "properties": {
                                                "codice": {"type": "string", "pattern": "^[a-z0-9-]+$"},
                                                "voce": {"type": "string"},
                                                "conteggio": _cell_count(),
                                            },
                                        },
                                    },
                                },
                                # A hidden table has no total and no cell.
                                "if": {"properties": {"nascosta": {"const": True}}},
                                "then": {"properties": {"totale": {"type": "null"}, "voci": {"maxItems": 0}}},
                                "else": {"properties": {"totale": _cell_count(), "voci": {"minItems": 1}}},
                            },
                        },
                    },
                },
            },
        },
    }


def csv_schema():
    """Frictionless Table Schema of dati.csv."""
    return {
        "fields": [
            {
                "name": name,
                "type": kind,
                "description": description,
                **({"constraints": {"minimum": privacy.MIN_CELL}} if name == "conteggio" else {}),
                **({"trueValues": ["sì"], "falseValues": ["no"]} if kind == "boolean" else {}),
            }
            for name, kind, description in CSV_COLUMNS
        ],
        "missingValues": [""],
        "dialect": {"delimiter": ";", "header": True},
        "licenses": [{"name": LICENSE, "path": LICENSE_URL}],
    }
