"""Short Italian texts used by the booking pages: what to bring for each topic."""

from django.utils.translation import gettext_lazy as _

ALWAYS_BRING = [_("Un documento d'identità."), _("Il codice fiscale o la tessera sanitaria.")]

WHAT_TO_BRING = {
    "bonus-e-contributi": [
        _("L'ISEE, se lo hai."),
        _("Il contratto di affitto."),
        _("Le ultime ricevute dell'affitto o le bollette."),
    ],
    "contratti-e-affitto": [
        _("Il contratto di affitto o la bozza che ti hanno proposto."),
        _("Le lettere del padrone di casa, se ne hai."),
    ],
    "cercare-casa": [
        _("L'ISEE, se lo hai."),
        _("Il permesso di soggiorno, se serve."),
        _("Le domande di casa popolare già fatte, se ne hai."),
    ],
    "sfratto-e-morosita": [
        _("Le lettere del padrone di casa o dell'avvocato."),
        _("Gli atti del tribunale (la citazione, la data dello sfratto)."),
        _("Il contratto di affitto e le ultime ricevute."),
    ],
    "altro": [_("I fogli che riguardano la tua casa, se ne hai.")],
}


def what_to_bring(topic, sportello=None):
    items = ALWAYS_BRING + WHAT_TO_BRING.get(topic, WHAT_TO_BRING["altro"])
    if sportello is not None and sportello.what_to_bring:
        items = items + [line.strip() for line in sportello.what_to_bring.splitlines() if line.strip()]
    return items
