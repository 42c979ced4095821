"""Keep the hub's link tokens out of the logs.

The invitation, verification and beds links carry a secret in the path (``/rete/posti/<token>/``).
Django's request loggers print the path of a 404 or 429: ``RedactHubTokens`` rewrites those records,
as booking's filter does for the manage links. ``NetworkConfig.ready`` attaches it.
"""

import logging
import re

TOKEN_IN_PATH = re.compile(r"(/rete/(?:invito|verifica|posti)/)[^/\s\"']+")
REDACTED = r"\1[token]"


def redact(value):
    return TOKEN_IN_PATH.sub(REDACTED, value) if isinstance(value, str) else value


class RedactHubTokens(logging.Filter):
    def filter(self, record):
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: redact(value) for key, value in record.args.items()}
        request = getattr(record, "request", None)
        if request is not None and TOKEN_IN_PATH.search(getattr(request, "path", "") or ""):
            record.request = None  # handlers such as AdminEmailHandler print the request
        return True


def install():
    for name in ("django.request", "django.server", "django.security"):
        logger = logging.getLogger(name)
        if not any(isinstance(existing, RedactHubTokens) for existing in logger.filters):
            logger.addFilter(RedactHubTokens())
