"""The four areas citizens come for, shared by guides, booking and the partner directory.

The slugs are part of public URLs (``/guide/<topic>/``, ``/prenota/?argomento=<topic>``,
``/partner/?argomento=<topic>``), so they never change once published.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    slug: str
    label: str
    description: str


TOPICS = (
    Topic(
        "bonus-e-contributi",
        "Bonus e contributi",
        "Aiuti per pagare l'affitto, le bollette e le spese della casa.",
    ),
    Topic(
        "contratti-e-affitto",
        "Contratti e affitto",
        "Come funziona il contratto, la registrazione, la caparra, la disdetta.",
    ),
    Topic(
        "cercare-casa",
        "Cercare casa",
        "Case popolari, affitto a canone concordato, housing sociale, mutui agevolati.",
    ),
    Topic(
        "sfratto-e-morosita",
        "Sfratto e morosità",
        "Non riesci a pagare l'affitto o hai ricevuto uno sfratto: cosa fare subito.",
    ),
)

TOPIC_CHOICES = [(topic.slug, topic.label) for topic in TOPICS]
TOPICS_BY_SLUG = {topic.slug: topic for topic in TOPICS}
