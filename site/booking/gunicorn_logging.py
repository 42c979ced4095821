"""gunicorn's logger without secret tokens: manage links and calendar feeds carry one in the path.

``deploy/gunicorn.conf.py`` sets ``logger_class`` to ``RedactingLogger``. Every value of an access
log line (path, request line, query, headers such as Referer) goes through
``core.redaction.redact`` (the workers have loaded every app, so every app's token paths are
registered): ``/prenota/gestisci/<token>/`` is written ``/prenota/gestisci/[token]/`` whatever the
format. The error log gets the same logging filter that Django's request loggers have.
"""

from gunicorn.glogging import Logger

from core import redaction

from . import redaction as booking_paths  # noqa: F401 - registers booking's token paths


class RedactingLogger(Logger):
    def setup(self, cfg):
        super().setup(cfg)
        redaction.install((self.error_log, self.access_log))

    def atoms(self, resp, req, environ, request_time):
        return {
            key: redaction.redact(value)
            for key, value in super().atoms(resp, req, environ, request_time).items()
        }
