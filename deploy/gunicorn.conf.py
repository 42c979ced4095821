"""gunicorn settings for sportello-web (deploy/systemd/sportello-web.service: ``-c`` this file).

The access log holds, per request: client address (nginx's X-Real-IP is not used here: it is
127.0.0.1 behind nginx), method, path without query string, status, bytes, seconds. Paths that
carry a secret (``/prenota/gestisci/<token>/``, ``/calendario/<token>.ics``) are written with
``[token]`` instead: see site/core/gunicorn_logging.py and docs/deploy.md.
"""

import os
import sys
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parent.parent / "site"
if str(SOURCE_ROOT) not in sys.path:
    sys.path.insert(0, str(SOURCE_ROOT))  # so logger_class can be imported before --chdir applies

chdir = str(SOURCE_ROOT)
wsgi_app = "config.wsgi"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
threads = 2
timeout = 30
accesslog = "-"
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(b)s %(L)s'
logger_class = "core.gunicorn_logging.RedactingLogger"
