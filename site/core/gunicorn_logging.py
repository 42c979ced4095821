"""gunicorn's logger without secret tokens (manage links, calendar feeds, the network's links).

``deploy/gunicorn.conf.py`` sets ``logger_class`` to ``RedactingLogger``. Every value of an access
log line (path, request line, query, headers such as Referer) goes through
``core.redaction.redact``: ``/prenota/gestisci/<token>/`` is written ``/prenota/gestisci/[token]/``
whatever the format. The workers load the Django application before serving, so every app has
registered its token paths by then. The error log gets the filter Django's request loggers have.
"""

from gunicorn.glogging import Logger

from core import redaction


class RedactingLogger(Logger):
    def setup(self, cfg):
        super().setup(cfg)
        redaction.install((self.error_log, self.access_log))

    def atoms(self, resp, req, environ, request_time):
        return {
            key: redaction.redact(value)
            for key, value in super().atoms(resp, req, environ, request_time).items()
        }
