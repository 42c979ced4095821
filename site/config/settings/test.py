"""The test suite. SQLite by default; ``DATABASE_URL`` runs it on PostgreSQL."""

import os

from .base import *  # noqa: F403
from .base import VAR_DIR, database_settings

# pytest-xdist runs the suite in several processes (gw0, gw1, …): each has its own search index and
# media folder (pytest-django gives each its own test database).
TEST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]

DATABASES = database_settings(VAR_DIR / "test.sqlite3")
# SQLite test databases default to in-memory; a file lets browser tests and threads share it.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-run.sqlite3")}

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILADMIN_BASE_URL = "http://testserver"

# Serve static files straight from the source folders (no collectstatic needed).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Admin tests log in with force_login; the MFA and lock-out tests switch these back on.
MFA_REQUIRED = False
AXES_ENABLED = False
# Page cache off by default so tests see each change at once; tests/core/test_page_cache.py turns it on.
PAGE_CACHE_ENABLED = False

# The search index of the test run, apart from the development one.
SEARCH_INDEX_DIR = VAR_DIR / f"search-test-{TEST_WORKER}"
if "PATH" in WAGTAILSEARCH_BACKENDS["default"]:  # noqa: F405
    WAGTAILSEARCH_BACKENDS["default"]["PATH"] = SEARCH_INDEX_DIR  # noqa: F405

MEDIA_ROOT = VAR_DIR / f"media-test-{TEST_WORKER}"
