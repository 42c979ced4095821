"""The hub's secret paths, redacted from the logs by ``core.redaction``.

The invitation, verification and beds links carry a secret in the path (``/rete/posti/<token>/``).
Importing this module registers them with the shared log filter.
"""

from core.redaction import register

TOKEN_IN_PATH = register(r"(/rete/(?:invito|verifica|posti)/)[^/\s\"']+")
