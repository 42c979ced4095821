"""Local development: ``make run``. Needs no environment variable."""

import os

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = True
SECRET_KEY = "dev-only-not-secret-sportello-abitare"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

# Every outgoing message lands as a file in var/mail/ (and nothing leaves the machine).
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = VAR_DIR / "mail"

# Serve static files straight from the source folders (no collectstatic needed).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# runserver serves /static/ through WhiteNoise too (as production does), not through Django's
# static view, which answers a bad path such as /static/..%2F..%2Fetc%2Fpasswd with a 500.
INSTALLED_APPS = ["whitenoise.runserver_nostatic", *INSTALLED_APPS]  # noqa: F405
# A path that climbs out of /static/ answers 404 (as nginx in production), before anything parses it.
MIDDLEWARE = ["core.middleware.StaticTraversalNotFoundMiddleware", *MIDDLEWARE]  # noqa: F405

# The demo admin logs in with a password only, so `make run` works without a phone.
# Production (and the MFA tests) keep MFA_REQUIRED = True; set SPORTELLO_DEV_MFA=1 to try it here.
MFA_REQUIRED = os.environ.get("SPORTELLO_DEV_MFA") == "1"

# A wrong address shows the site's own 404 page (Django's yellow page only for staff).
MIDDLEWARE = [*MIDDLEWARE, "home.middleware.SiteNotFoundPageMiddleware"]  # noqa: F405
