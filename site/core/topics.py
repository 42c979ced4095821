"""The four areas citizens come for, shared by guides, booking and the partner directory.

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


TOPICS = (
    Topic(
        "bonus-e-contributi",
        _("Bonus e contributi"),
        _("Aiuti per pagare l'affitto, le bollette e le spese della casa."),
    ),
    Topic(
        "contratti-e-affitto",
        _("Contratti e affitto"),
        _("Come funziona il contratto, la registrazione, la caparra, la disdetta."),
    ),
    Topic(
        "cercare-casa",
        _("Cercare casa"),
        _("Case popolari, affitto a canone concordato, housing sociale, mutui agevolati."),
    ),
    Topic(
        "sfratto-e-morosita",
        _("Sfratto e morosità"),
        _("Non riesci a pagare l'affitto o hai ricevuto uno sfratto: cosa fare subito."),
    ),
)

TOPIC_CHOICES = [(topic.slug, topic.label) for topic in TOPICS]
TOPICS_BY_SLUG = {topic.slug: topic for topic in TOPICS}
