"""Controlled vocabularies of the directory: service types, partner kinds, weekdays.

Service-type slugs are public (``/partner/?argomento=<slug>``, the open-data export): the first four
are exactly the guide topics of ``core.topics``, so a guide can ask "who helps with my topic?".
Never rename a slug once published.
"""

from core.topics import TOPICS

SERVICE_TYPES = (
    *((topic.slug, topic.label) for topic in TOPICS),
    ("mediazione", "Mediazione con il proprietario"),
    ("assistenza-legale", "Assistenza legale"),
    ("pratiche-online", "Pratiche online / CAF"),
    ("accoglienza-temporanea", "Accoglienza temporanea"),
    ("emergenza", "Emergenza"),
)
SERVICE_TYPE_CHOICES = list(SERVICE_TYPES)
SERVICE_TYPE_LABELS = dict(SERVICE_TYPES)

PARTNER_KINDS = (
    ("comune", "Comune / servizio sociale"),
    ("casa-pubblica", "Ente pubblico per la casa"),
    ("sindacato", "Sindacato inquilini"),
    ("terzo-settore", "Associazione / terzo settore"),
    ("caf-patronato", "CAF e patronato"),
    ("legale-mediazione", "Studio legale / mediazione"),
    ("altro", "Altro"),
)

# HSDS (iCalendar) weekday codes, in week order, with their Italian names.
WEEKDAYS = (
    ("MO", "lunedì"),
    ("TU", "martedì"),
    ("WE", "mercoledì"),
    ("TH", "giovedì"),
    ("FR", "venerdì"),
    ("SA", "sabato"),
    ("SU", "domenica"),
)
WEEKDAY_ORDER = [code for code, _ in WEEKDAYS]
WEEKDAY_NAMES = dict(WEEKDAYS)

# Languages offered in the demo and by the seeding migration: ISO 639-1 codes, Italian names.
COMMON_LANGUAGES = (
    ("it", "italiano"),
    ("en", "inglese"),
    ("fr", "francese"),
    ("es", "spagnolo"),
    ("ar", "arabo"),
    ("ro", "rumeno"),
    ("sq", "albanese"),
    ("uk", "ucraino"),
    ("zh", "cinese"),
    ("ur", "urdu"),
    ("wo", "wolof"),
    ("pt", "portoghese"),
)
