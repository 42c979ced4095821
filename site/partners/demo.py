"""Demo partners: invented or generic names, example.org addresses, 0331 000 1xx numbers.

Idempotent: a partner that already exists (by slug) is left as it is, so running the loader
twice changes nothing. Every demo partner is published with a first revision, like staff would.
"""

import datetime

from django.utils import timezone

from core.models import Municipality

from .models import Language, Partner, PartnerLocation, PartnerService
from .vocabulary import COMMON_LANGUAGES

WEEKDAYS_ALL = "MO TU WE TH FR"

# (slug, name, kind, description, whole district, other areas, services, locations, extras)
# services: (type, what they do, for whom, access, cost, language codes)
# locations: (name, address, postal code, municipality slug, (lat, lon) or None, hours rows, note, access)
# hours row: (days, opens, closes, note)
PARTNERS = [
    {
        "slug": "servizi-sociali-sesto-calende",
        "name": "Servizi sociali del Comune di Sesto Calende",
        "kind": "comune",
        "description": "Gli assistenti sociali del Comune ti ascoltano e cercano con te una soluzione. "
        "Puoi chiedere aiuti per l'affitto e le bollette.",
        "services": [
            (
                "bonus-e-contributi",
                "Ti aiutano a chiedere il contributo per l'affitto e le bollette.",
                "Chi abita a Sesto Calende",
                "appuntamento",
                "gratuito",
                "it en",
            ),
            (
                "sfratto-e-morosita",
                "Se non riesci a pagare l'affitto, cercate insieme una soluzione.",
                "Chi ha debiti di affitto o un avviso di sfratto",
                "appuntamento",
                "gratuito",
                "it",
            ),
            (
                "emergenza",
                "Se resti senza casa, ti trovano un posto per dormire.",
                "Chi è senza casa, soprattutto famiglie con bambini",
                "telefono",
                "gratuito",
                "it",
            ),
        ],
        "locations": [
            (
                "Municipio",
                "Piazza Municipio 1",
                "21018",
                "sesto-calende",
                (45.7262, 8.6324),
                [(WEEKDAYS_ALL, "09:00", "12:00", ""), ("TU TH", "14:30", "17:00", "solo su appuntamento")],
                "",
                "Ingresso senza gradini, ascensore",
            ),
        ],
        "phone": "0331 000 101",
        "email": "servizisociali.sestocalende@example.org",
        "verified_days_ago": 20,
    },
    {
        "slug": "servizi-sociali-angera",
        "name": "Servizi sociali del Comune di Angera",
        "kind": "comune",
        "description": "Il Comune di Angera ti aiuta con i contributi per la casa e nelle emergenze.",
        "services": [
            (
                "bonus-e-contributi",
                "Ti spiegano quali aiuti puoi avere e ti aiutano a fare la domanda.",
                "Chi abita ad Angera",
                "appuntamento",
                "gratuito",
                "it",
            ),
            (
                "emergenza",
                "Se devi lasciare casa in fretta, ti aiutano a trovare un alloggio.",
                "",
                "telefono",
                "gratuito",
                "it",
            ),
        ],
        "locations": [
            (
                "Municipio",
                "Piazza Garibaldi 10",
                "21021",
                "angera",
                (45.7736, 8.5794),
                [("MO WE FR", "09:00", "12:30", "")],
                "",
                "Ingresso con una rampa",
            ),
        ],
        "phone": "0331 000 102",
        "email": "sociale.angera@example.org",
        "verified_days_ago": 45,
    },
    {
        "slug": "servizi-sociali-vergiate",
        "name": "Servizi sociali del Comune di Vergiate",
        "kind": "comune",
        "description": "Aiuti per l'affitto e orientamento per chi cerca casa a Vergiate.",
        "services": [
            (
                "bonus-e-contributi",
                "Ti aiutano con il bando per il contributo affitto.",
                "Chi abita a Vergiate",
                "appuntamento",
                "gratuito",
                "it",
            ),
            (
                "cercare-casa",
                "Ti spiegano come fare domanda per una casa popolare.",
                "",
                "accesso-libero",
                "gratuito",
                "it",
            ),
        ],
        "locations": [
            (
                "Municipio",
                "Via Cavour 20",
                "21029",
                "vergiate",
                (45.7206, 8.6963),
                [("MO TU WE TH", "09:00", "12:00", "")],
                "",
                "",
            ),
        ],
        "phone": "0331 000 103",
        "email": "sociale.vergiate@example.org",
        "verified_days_ago": 60,
    },
    {
        "slug": "servizi-sociali-ispra",
        "name": "Servizi sociali del Comune di Ispra",
        "kind": "comune",
        "description": "Il Comune di Ispra ti ascolta se hai problemi a pagare l'affitto.",
        "services": [
            (
                "sfratto-e-morosita",
                "Ti aiutano a parlare con il proprietario e a chiedere un aiuto.",
                "Chi ha debiti di affitto",
                "appuntamento",
                "gratuito",
                "it fr",
            ),
            (
                "bonus-e-contributi",
                "Ti dicono quali aiuti ci sono e come chiederli.",
                "Chi abita a Ispra",
                "appuntamento",
                "gratuito",
                "it",
            ),
        ],
        "locations": [
            (
                "Municipio",
                "Via Milite Ignoto 31",
                "21027",
                "ispra",
                None,
                [("TU TH", "10:00", "12:00", "")],
                "",
                "",
            ),
        ],
        "phone": "0331 000 104",
        "email": "sociale.ispra@example.org",
        "verified_days_ago": 240,  # stale on purpose: shows in the "Partner da verificare" report
    },
    {
        "slug": "servizi-sociali-travedona-monate",
        "name": "Servizi sociali del Comune di Travedona-Monate",
        "kind": "comune",
        "description": "Aiuti per la casa per chi abita a Travedona-Monate, Comabbio e Varano Borghi.",
        "areas": ["comabbio", "varano-borghi"],
        "services": [
            (
                "bonus-e-contributi",
                "Ti aiutano a chiedere i contributi per l'affitto.",
                "",
                "appuntamento",
                "gratuito",
                "it",
            ),
            (
                "emergenza",
                "Nelle emergenze ti mettono in contatto con chi può ospitarti.",
                "",
                "telefono",
                "gratuito",
                "it",
            ),
        ],
        "locations": [
            (
                "",
                "Piazza Mazzini 1",
                "21028",
                "travedona-monate",
                None,
                [("WE", "09:00", "12:00", ""), ("SA", "09:00", "11:00", "")],
                "",
                "",
            ),
        ],
        "phone": "0331 000 105",
        "email": "sociale.travedona@example.org",
        "verified_days_ago": 90,
    },
    {
        "slug": "agenzia-abitare-pubblico",
        "name": "Agenzia per l'abitare pubblico (case popolari)",
        "kind": "casa-pubblica",
        "description": "È l'ente che gestisce le case popolari della provincia. "
        "Qui chiedi informazioni sul bando, sul contratto e sull'affitto della casa popolare.",
        "whole": True,
        "services": [
            (
                "cercare-casa",
                "Ti spiegano il bando per le case popolari e i punteggi.",
                "Chi cerca una casa popolare",
                "appuntamento",
                "gratuito",
                "it en",
            ),
            (
                "contratti-e-affitto",
                "Rispondono sul contratto e sul canone della casa popolare.",
                "Chi abita in una casa popolare",
                "telefono",
                "gratuito",
                "it",
            ),
            (
                "pratiche-online",
                "Ti aiutano a fare la domanda online sulla piattaforma regionale.",
                "",
                "appuntamento",
                "gratuito",
                "it",
            ),
        ],
        "locations": [
            (
                "Sportello a Sesto Calende",
                "Via Roma 5",
                "21018",
                "sesto-calende",
                (45.7251, 8.6318),
                [("WE", "09:00", "12:00", "")],
                "",
                "Ingresso senza gradini",
            ),
        ],
        "phone": "0331 000 106",
        "other_phone": "0331 000 107",
        "other_phone_label": "Guasti negli alloggi",
        "email": "informazioni@agenzia-abitare.example.org",
        "website": "https://agenzia-abitare.example.org",
        "verified_days_ago": 30,
    },
    {
        "slug": "sindacato-inquilini-sesto",
        "name": "Sindacato inquilini — sportello del Verbano",
        "kind": "sindacato",
        "description": "Il sindacato difende chi è in affitto. Controlla il tuo contratto e "
        "ti aiuta se hai problemi con il proprietario.",
        "whole": True,
        "services": [
            (
                "contratti-e-affitto",
                "Controllano il contratto e ti dicono se l'affitto è giusto.",
                "Chi è in affitto o sta per firmare",
                "accesso-libero",
                "soci",
                "it en es",
            ),
            (
                "sfratto-e-morosita",
                "Ti accompagnano se hai ricevuto uno sfratto.",
                "",
                "appuntamento",
                "soci",
                "it",
            ),
            (
                "mediazione",
                "Parlano con il proprietario per trovare un accordo.",
                "",
                "appuntamento",
                "soci",
                "it",
            ),
        ],
        "locations": [
            (
                "",
                "Via Matteotti 12",
                "21018",
                "sesto-calende",
                (45.7270, 8.6301),
                [("MO", "15:00", "18:00", ""), ("TH", "09:30", "12:30", "")],
                "",
                "Primo piano, senza ascensore",
            ),
        ],
        "phone": "0331 000 108",
        "email": "inquilini.verbano@example.org",
        "verified_days_ago": 15,
    },
    {
        "slug": "centro-ascolto-sesto-calende",
        "name": "Centro di ascolto parrocchiale di Sesto Calende",
        "kind": "terzo-settore",
        "description": "Volontari che ti ascoltano e ti aiutano nelle difficoltà: bollette, "
        "spesa, un posto per dormire.",
        "services": [
            (
                "emergenza",
                "Se non hai dove dormire stanotte, cercano un posto per te.",
                "",
                "accesso-libero",
                "gratuito",
                "it en fr ar",
            ),
            (
                "bonus-e-contributi",
                "Possono aiutarti a pagare una bolletta o una rata di affitto.",
                "Chi è in difficoltà economica",
                "accesso-libero",
                "gratuito",
                "it",
            ),
            (
                "accoglienza-temporanea",
                "Hanno alcuni posti letto per brevi periodi.",
                "Persone sole",
                "appuntamento",
                "gratuito",
                "it",
            ),
        ],
        "locations": [
            (
                "",
                "Via San Donato 3",
                "21018",
                "sesto-calende",
                None,
                [("TU FR", "15:00", "18:00", "")],
                "Chiuso ad agosto",
                "",
            ),
        ],
        "phone": "0331 000 109",
        "email": "ascolto.sesto@example.org",
        "verified_days_ago": 400,  # stale on purpose
    },
    {
        "slug": "centro-ascolto-vergiate-mercallo",
        "name": "Centro di ascolto di Vergiate e Mercallo",
        "kind": "terzo-settore",
        "description": "Un gruppo di volontari che aiuta le famiglie in difficoltà di Vergiate e Mercallo.",
        "areas": ["mercallo"],
        "services": [
            (
                "emergenza",
                "Ti aiutano subito con cibo e un aiuto per le bollette.",
                "",
                "accesso-libero",
                "gratuito",
                "it ro",
            ),
            (
                "bonus-e-contributi",
                "Ti aiutano a capire quali aiuti puoi chiedere.",
                "",
                "accesso-libero",
                "gratuito",
                "it",
            ),
        ],
        "locations": [
            ("", "Piazza della Chiesa 2", "21029", "vergiate", None, [("SA", "09:00", "12:00", "")], "", ""),
        ],
        "phone": "0331 000 110",
        "email": "ascolto.vergiate@example.org",
        "verified_days_ago": 100,
    },
    {
        "slug": "caf-lavoratori-lago",
        "name": "CAF Lavoratori del Lago",
        "kind": "caf-patronato",
        "description": "Il CAF ti aiuta con l'ISEE, le domande online e i bonus.",
        "whole": True,
        "services": [
            (
                "pratiche-online",
                "Fanno con te l'ISEE e le domande online.",
                "",
                "appuntamento",
                "gratuito",
                "it sq",
            ),
            (
                "bonus-e-contributi",
                "Ti aiutano a chiedere il bonus bollette e il contributo affitto.",
                "",
                "appuntamento",
                "gratuito",
                "it",
            ),
        ],
        "locations": [
            (
                "Sede di Sesto Calende",
                "Via Manzoni 8",
                "21018",
                "sesto-calende",
                (45.7244, 8.6340),
                [(WEEKDAYS_ALL, "08:30", "12:30", "")],
                "",
                "Ingresso senza gradini",
            ),
            (
                "Sede di Angera",
                "Via Mazzini 4",
                "21021",
                "angera",
                None,
                [("TU", "14:00", "17:00", "")],
                "",
                "",
            ),
        ],
        "phone": "0331 000 111",
        "email": "caf.lago@example.org",
        "website": "https://caf-lago.example.org",
        "verified_days_ago": 10,
    },
    {
        "slug": "patronato-famiglie-taino",
        "name": "Patronato Assistenza Famiglie — recapito di Taino",
        "kind": "caf-patronato",
        "description": "Il patronato ti aiuta con le domande per l'assegno, la pensione e i bonus.",
        "status": "chiuso",
        "status_note": "Chiuso per lavori: riapre il mese prossimo",
        "services": [
            (
                "pratiche-online",
                "Ti aiutano con le domande online all'INPS.",
                "",
                "appuntamento",
                "gratuito",
                "it",
            ),
        ],
        "locations": [
            ("", "Via Vittorio Veneto 6", "21020", "taino", None, [("TH", "09:00", "12:00", "")], "", ""),
        ],
        "phone": "0331 000 112",
        "email": "patronato.taino@example.org",
        "verified_days_ago": 25,
    },
    {
        "slug": "mediazione-conflitti-abitativi",
        "name": "Centro di mediazione dei conflitti abitativi dell'Ambito",
        "kind": "legale-mediazione",
        "description": "Mediatori che aiutano inquilini e proprietari a trovare un accordo, "
        "prima di arrivare in tribunale.",
        "whole": True,
        "services": [
            (
                "mediazione",
                "Organizzano un incontro con il proprietario per trovare un accordo.",
                "Inquilini e proprietari",
                "appuntamento",
                "gratuito",
                "it en",
            ),
            (
                "sfratto-e-morosita",
                "Ti aiutano a fare un piano per pagare i debiti di affitto.",
                "Chi ha debiti di affitto",
                "appuntamento",
                "gratuito",
                "it",
            ),
        ],
        "locations": [
            (
                "",
                "Piazza Municipio 1",
                "21018",
                "sesto-calende",
                (45.7262, 8.6324),
                [("WE", "14:00", "17:00", "su appuntamento")],
                "",
                "Ingresso senza gradini, ascensore",
            ),
        ],
        "phone": "0331 000 113",
        "email": "mediazione.casa@example.org",
        "verified_days_ago": 35,
    },
    {
        "slug": "sportello-legale-casa",
        "name": "Sportello legale gratuito per la casa",
        "kind": "legale-mediazione",
        "description": "Avvocati volontari ti spiegano i tuoi diritti se hai uno sfratto "
        "o un problema con il contratto.",
        "whole": True,
        "services": [
            (
                "assistenza-legale",
                "Un avvocato legge i tuoi documenti e ti spiega cosa fare.",
                "",
                "appuntamento",
                "gratuito",
                "it en",
            ),
            (
                "sfratto-e-morosita",
                "Ti spiegano le fasi dello sfratto e le scadenze.",
                "",
                "appuntamento",
                "gratuito",
                "it",
            ),
            (
                "contratti-e-affitto",
                "Ti dicono se una clausola del contratto è valida.",
                "",
                "appuntamento",
                "gratuito",
                "it",
            ),
        ],
        "locations": [
            (
                "",
                "Via Roma 30",
                "21018",
                "sesto-calende",
                None,
                [("MO", "17:00", "19:00", "il primo e il terzo lunedì del mese")],
                "",
                "",
            ),
        ],
        "phone": "0331 000 114",
        "email": "legale.casa@example.org",
        "verified_days_ago": 50,
    },
    {
        "slug": "orientamento-legale-varese",
        "name": "Sportello di orientamento legale di Varese",
        "kind": "legale-mediazione",
        "description": "Ti dicono se puoi avere un avvocato pagato dallo Stato (gratuito patrocinio).",
        "whole": True,
        "services": [
            (
                "assistenza-legale",
                "Ti spiegano come chiedere un avvocato gratuito.",
                "Chi ha un reddito basso",
                "appuntamento",
                "gratuito",
                "it",
            ),
        ],
        "locations": [
            (
                "",
                "Piazza Cacciatori delle Alpi 4",
                "21100",
                "varese",
                None,
                [("TU", "09:00", "12:00", "")],
                "",
                "Ascensore",
            ),
        ],
        "phone": "0331 000 115",
        "email": "orientamento.legale@example.org",
        "verified_days_ago": 200,  # stale on purpose
    },
    {
        "slug": "casa-accoglienza-la-soglia",
        "name": "Casa di accoglienza temporanea «La Soglia»",
        "kind": "terzo-settore",
        "description": "Una casa con camere per chi ha perso l'alloggio. "
        "Puoi restare alcuni mesi, mentre cerchi una casa.",
        "whole": True,
        "services": [
            (
                "accoglienza-temporanea",
                "Ti ospitano per alcuni mesi in una camera.",
                "Famiglie e persone sole senza casa, inviate dai servizi sociali",
                "telefono",
                "gratuito",
                "it en fr ar uk",
            ),
            (
                "emergenza",
                "Hanno un posto per le emergenze, anche di notte.",
                "",
                "telefono",
                "gratuito",
                "it",
            ),
        ],
        "locations": [
            ("", "Via dei Mulini 7", "21020", "ternate", None, [], "Si entra solo dopo una telefonata.", ""),
        ],
        "phone": "0331 000 116",
        "other_phone": "0331 000 117",
        "other_phone_label": "Emergenze, anche di notte",
        "email": "lasoglia@example.org",
        "verified_days_ago": 40,
    },
    {
        "slug": "dormitorio-invernale-ambito",
        "name": "Dormitorio invernale dell'Ambito",
        "kind": "terzo-settore",
        "description": "Da novembre a marzo, un letto caldo per la notte a chi dorme in strada.",
        "whole": True,
        "services": [
            (
                "accoglienza-temporanea",
                "Un letto per la notte, la cena e la colazione.",
                "Chi dorme in strada",
                "accesso-libero",
                "gratuito",
                "it en ro",
            ),
            ("emergenza", "Nelle notti più fredde c'è sempre posto.", "", "accesso-libero", "gratuito", "it"),
        ],
        "locations": [
            (
                "",
                "Via Stazione 15",
                "21029",
                "vergiate",
                None,
                [("MO TU WE TH FR SA SU", "19:00", "23:00", "ingresso")],
                "Aperto da novembre a marzo",
                "",
            ),
        ],
        "phone": "0331 000 118",
        "email": "dormitorio@example.org",
        "verified_days_ago": 70,
    },
    {
        "slug": "agenzia-sociale-affitto",
        "name": "Agenzia sociale per l'affitto dell'Ambito",
        "kind": "comune",
        "description": "Aiuta chi cerca casa in affitto a prezzo più basso (canone concordato) "
        "e fa da garante con il proprietario.",
        "whole": True,
        "services": [
            (
                "cercare-casa",
                "Ti propongono case in affitto a canone concordato.",
                "Chi ha un lavoro ma non trova casa",
                "appuntamento",
                "gratuito",
                "it en",
            ),
            (
                "contratti-e-affitto",
                "Ti spiegano il contratto a canone concordato.",
                "",
                "appuntamento",
                "gratuito",
                "it",
            ),
            ("mediazione", "Fanno da ponte tra te e il proprietario.", "", "appuntamento", "gratuito", "it"),
        ],
        "locations": [
            (
                "",
                "Piazza Municipio 1",
                "21018",
                "sesto-calende",
                (45.7262, 8.6324),
                [("TH", "09:00", "13:00", "")],
                "",
                "Ingresso senza gradini, ascensore",
            ),
        ],
        "phone": "0331 000 119",
        "email": "agenzia.affitto@example.org",
        "verified_days_ago": 5,
    },
    {
        "slug": "mediatori-culturali-verbano",
        "name": "Associazione mediatori culturali del Verbano",
        "kind": "terzo-settore",
        "description": "Mediatori che parlano la tua lingua e ti accompagnano agli uffici e alle pratiche.",
        "whole": True,
        "services": [
            (
                "pratiche-online",
                "Ti aiutano con le domande online, nella tua lingua.",
                "",
                "appuntamento",
                "gratuito",
                "it ar ro uk ur wo sq zh",
            ),
            (
                "mediazione",
                "Vengono con te dal proprietario o in Comune, per capirsi meglio.",
                "",
                "appuntamento",
                "gratuito",
                "it ar ro uk ur wo sq zh",
            ),
        ],
        "locations": [
            ("", "Via Ispra 22", "21018", "sesto-calende", None, [("MO WE", "14:00", "18:00", "")], "", ""),
        ],
        "phone": "0331 000 120",
        "email": "mediatori.verbano@example.org",
        "verified_days_ago": 12,
    },
]


def _time(text):
    hours, minutes = text.split(":")
    return datetime.time(int(hours), int(minutes))


def _hours(rows):
    return [
        ("hours", {"days": days.split(), "opens": _time(opens), "closes": _time(closes), "note": note})
        for days, opens, closes, note in rows
    ]


def build_partner(data, municipalities, languages, today):
    """An unsaved Partner with its services and locations (a modelcluster cluster)."""
    partner = Partner(
        slug=data["slug"],
        name=data["name"],
        kind=data["kind"],
        description=data["description"],
        phone=data.get("phone", ""),
        other_phone=data.get("other_phone", ""),
        other_phone_label=data.get("other_phone_label", ""),
        email=data.get("email", ""),
        website=data.get("website", ""),
        status=data.get("status", Partner.Status.ACTIVE),
        status_note=data.get("status_note", ""),
        serves_whole_district=data.get("whole", False),
        verified_on=today - datetime.timedelta(days=data["verified_days_ago"]),
    )
    partner.services = [
        PartnerService(
            service_type=service_type,
            description=description,
            audience=audience,
            access=access,
            cost=cost,
            languages=[languages[code] for code in codes.split()],
        )
        for service_type, description, audience, access, cost, codes in data["services"]
    ]
    partner.locations = [
        PartnerLocation(
            name=name,
            address=address,
            postal_code=postal_code,
            municipality=municipalities[municipality],
            latitude=coordinates[0] if coordinates else None,
            longitude=coordinates[1] if coordinates else None,
            opening_hours=_hours(rows),
            hours_note=note,
            accessibility=accessibility,
        )
        for name, address, postal_code, municipality, coordinates, rows, note, accessibility in data[
            "locations"
        ]
    ]
    partner.areas = [municipalities[slug] for slug in data.get("areas", [])]
    return partner


def load(command):
    today = timezone.localdate()
    # The provincial capital hosts some offices; it is outside the district's list.
    Municipality.objects.get_or_create(
        slug="varese", defaults={"name": "Varese", "in_district": False, "sort_order": 100}
    )
    municipalities = {m.slug: m for m in Municipality.objects.all()}
    for code, name in COMMON_LANGUAGES:
        Language.objects.get_or_create(code=code, defaults={"name": name})
    languages = {language.code: language for language in Language.objects.all()}
    created = 0
    for data in PARTNERS:
        if Partner.objects.filter(slug=data["slug"]).exists():
            continue
        partner = build_partner(data, municipalities, languages, today)
        partner.live = True
        partner.save()
        partner.save_revision().publish()
        created += 1
    command.stdout.write(f"- {len(PARTNERS)} partner della rete ({created} nuovi)")
