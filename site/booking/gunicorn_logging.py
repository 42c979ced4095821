"""gunicorn's logger without secret tokens: manage links and calendar feeds carry one in the path.

``deploy/gunicorn.conf.py`` sets ``logger_class`` to ``RedactingLogger``. Every value of an access
log line (path, request line, query, headers such as Referer) goes through ``redaction.redact``, so
``/prenota/gestisci/<token>/`` is written ``/prenota/gestisci/[token]/`` whatever the format; the
error log (e.g. "Error handling request /prenota/gestisci/...") gets the same logging filter that
Django's request loggers have.
"""

from gunicorn.glogging import Logger

from .redaction import RedactManageTokens, redact


class RedactingLogger(Logger):
    def setup(self, cfg):
        super().setup(cfg)
        for logger in (self.error_log, self.access_log):
            if not any(isinstance(existing, RedactManageTokens) for existing in logger.filters):
                logger.addFilter(RedactManageTokens())

    def atoms(self, resp, req, environ, request_time):
        return {key: redact(value) for key, value in super().atoms(resp, req, environ, request_time).items()}
