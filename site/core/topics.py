"""The four areas citizens come for, shared by guides, booking and the partner directory.

This module is the one owner of each topic's words: its label, its description, what to bring to an
appointment about it, and the catch-all "altro" ("Altro") used when a person does not know the topic.

The slugs are part of public URLs (``/guide/<topic>/``, ``/prenota/?argomento=<topic>``,
``/partner/?argomento=<topic>``), so they never change once published.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Topic:
    slug: str
    label: str
    description: str
    what_to_bring: tuple[str, ...] = ()


TOPICS = (
    Topic(
        "bonus-e-contributi",
        _("Bonus e contributi"),
        _("Aiuti per pagare l'affitto, le bollette e le spese della casa."),
        (
            _("L'ISEE, se lo hai."),
            _("Il contratto di affitto."),
            _("Le ultime ricevute dell'affitto o le bollette."),
        ),
    ),
    Topic(
        "contratti-e-affitto",
        _("Contratti e affitto"),
        _("Come funziona il contratto, la registrazione, la caparra, la disdetta."),
        (
            _("Il contratto di affitto o la bozza che ti hanno proposto."),
            _("Le lettere del padrone di casa, se ne hai."),
        ),
    ),
    Topic(
        "cercare-casa",
        _("Cercare casa"),
        _("Case popolari, affitto a canone concordato, housing sociale, mutui agevolati."),
        (
            _("L'ISEE, se lo hai."),
            _("Il permesso di soggiorno, se serve."),
            _("Le domande di casa popolare già fatte, se ne hai."),
        ),
    ),
    Topic(
        "sfratto-e-morosita",
        _("Sfratto e morosità"),
        _("Non riesci a pagare l'affitto o hai ricevuto uno sfratto: cosa fare subito."),
        (
            _("Le lettere del padrone di casa o dell'avvocato."),
            _("Gli atti del tribunale (la citazione, la data dello sfratto)."),
            _("Il contratto di affitto e le ultime ricevute."),
        ),
    ),
)

# "I don't know" / anything else: bookable, never a guide section.
OTHER = Topic(
    "altro",
    _("Altro"),
    _("Non sai quale argomento scegliere."),
    (_("I fogli che riguardano la tua casa, se ne hai."),),
)
OTHER_TOPIC = OTHER.slug

# Always needed, whatever the topic.
ALWAYS_BRING = (_("Un documento d'identità."), _("Il codice fiscale o la tessera sanitaria."))

TOPIC_CHOICES = [(topic.slug, topic.label) for topic in TOPICS]
TOPICS_BY_SLUG = {topic.slug: topic for topic in TOPICS}
# Topics a person can book for: the four areas and "altro".
BOOKABLE_TOPIC_CHOICES = [*TOPIC_CHOICES, (OTHER.slug, OTHER.label)]


def get_topic(slug):
    """The topic with this slug; "altro" for an unknown or empty slug."""
    return TOPICS_BY_SLUG.get(slug or "", OTHER)


def topic_label(slug):
    return get_topic(slug).label


def what_to_bring(slug, sportello=None):
    """What to bring to an appointment: always, for the topic, and what the sportello adds (one a line)."""
    items = [str(item) for item in (*ALWAYS_BRING, *get_topic(slug).what_to_bring)]  # in the active language
    extra = getattr(sportello, "what_to_bring", "") if sportello is not None else ""
    return items + [line.strip() for line in extra.splitlines() if line.strip()]
