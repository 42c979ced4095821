"""Keep manage tokens out of the logs.

A manage link is ``/prenota/gestisci/<token>/``. The view never logs it, and it answers with a
redirect to ``/prenota/gestisci/`` (token moved into the session) so the token is not in the URL
of any later page, its links or its Referer. What remains is Django's own request logging: a 404
or 429 on a token URL would be logged by ``django.request`` (and every request line by
``django.server`` under runserver). ``RedactManageTokens`` rewrites such records. ``BookingConfig``
attaches it to those two loggers at start-up; settings can also declare it (docs/booking.md).
"""

import logging
import re

# Manage links and the private calendar feeds (/calendario/<token>.ics) carry secrets in the path.
TOKEN_IN_PATH = re.compile(r"(/prenota/gestisci/|/calendario/)[A-Za-z0-9_-]{8,}")
REDACTED = r"\1[token]"


def redact(value):
    return TOKEN_IN_PATH.sub(REDACTED, value) if isinstance(value, str) else value


class RedactManageTokens(logging.Filter):
    def filter(self, record):
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: redact(value) for key, value in record.args.items()}
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path") and TOKEN_IN_PATH.search(request.path or ""):
            # Handlers such as AdminEmailHandler print the request: hide the path there too.
            record.request = None
        return True


def install():
    """Attach the filter to Django's request loggers (idempotent)."""
    for name in ("django.request", "django.server", "django.security"):
        logger = logging.getLogger(name)
        if not any(isinstance(existing, RedactManageTokens) for existing in logger.filters):
            logger.addFilter(RedactManageTokens())
