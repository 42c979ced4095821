"""Short Italian texts used by the booking pages: what to bring for each topic."""

ALWAYS_BRING = ["Un documento d'identità.", "Il codice fiscale o la tessera sanitaria."]

WHAT_TO_BRING = {
    "bonus-e-contributi": [
        "L'ISEE, se lo hai.",
        "Il contratto di affitto.",
        "Le ultime ricevute dell'affitto o le bollette.",
    ],
    "contratti-e-affitto": [
        "Il contratto di affitto o la bozza che ti hanno proposto.",
        "Le lettere del padrone di casa, se ne hai.",
    ],
    "cercare-casa": [
        "L'ISEE, se lo hai.",
        "Il permesso di soggiorno, se serve.",
        "Le domande di casa popolare già fatte, se ne hai.",
    ],
    "sfratto-e-morosita": [
        "Le lettere del padrone di casa o dell'avvocato.",
        "Gli atti del tribunale (la citazione, la data dello sfratto).",
        "Il contratto di affitto e le ultime ricevute.",
    ],
    "altro": ["I fogli che riguardano la tua casa, se ne hai."],
}


def what_to_bring(topic, sportello=None):
    items = ALWAYS_BRING + WHAT_TO_BRING.get(topic, WHAT_TO_BRING["altro"])
    if sportello is not None and sportello.what_to_bring:
        items = items + [line.strip() for line in sportello.what_to_bring.splitlines() if line.strip()]
    return items
