"""Keep secret tokens out of the logs: one logging filter for every app.

Some links carry a secret in their path (a booking's manage link, a calendar feed, the network's
invitation and beds links). The views never log them, but Django's request loggers print the path
of a 404 or 429 (and runserver every request line). Each app registers the pattern of its token
paths with ``register``; ``RedactTokens`` rewrites matching log records to ``.../[token]``.
``CoreConfig.ready`` attaches the filter to Django's request loggers; settings can also declare it.
A pattern's first group is the part kept, the rest of the match is replaced.
"""

import logging
import re

_PATTERNS = []


def register(pattern):
    """Add a token path pattern (a string or compiled regex whose group 1 is kept)."""
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    if compiled.pattern not in {existing.pattern for existing in _PATTERNS}:
        _PATTERNS.append(compiled)
    return compiled


def redact(value):
    if not isinstance(value, str):
        return value
    for pattern in _PATTERNS:
        value = pattern.sub(r"\1[token]", value)
    return value


def has_token(value):
    return isinstance(value, str) and any(pattern.search(value) for pattern in _PATTERNS)


class RedactTokens(logging.Filter):
    def filter(self, record):
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: redact(value) for key, value in record.args.items()}
        request = getattr(record, "request", None)
        if request is not None and has_token(getattr(request, "path", "") or ""):
            record.request = None  # handlers such as AdminEmailHandler print the request
        return True


def install(logger_names=("django.request", "django.server", "django.security")):
    """Attach the filter to the given loggers (idempotent)."""
    for name in logger_names:
        logger = logging.getLogger(name) if isinstance(name, str) else name
        if not any(isinstance(existing, RedactTokens) for existing in logger.filters):
            logger.addFilter(RedactTokens())
