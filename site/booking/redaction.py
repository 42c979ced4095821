"""Booking's secret paths, redacted from the logs by ``core.redaction``.

A manage link is ``/prenota/gestisci/<token>/``. The view never logs it, and it answers with a
redirect to ``/prenota/gestisci/`` (token moved into the session) so the token is not in the URL
of any later page, its links or its Referer. The private calendar feeds (``/calendario/<token>.ics``)
carry a secret too. Importing this module registers both with the shared log filter.
"""

from core.redaction import register

TOKEN_IN_PATH = register(r"(/prenota/gestisci/|/calendario/)[A-Za-z0-9_-]{8,}")
