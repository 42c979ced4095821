"""Production: everything host-specific or secret comes from the environment.

Start-up stops with a clear message when a required variable is missing, so a half-configured
server never serves citizens. See docs/deploy.md for the full list.
"""

import os

from django.core.exceptions import ImproperlyConfigured

import dj_database_url

from .base import *  # noqa: F403


def required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} is required in production.")
    return value


def csv_list(value):
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = csv_list(required("ALLOWED_HOSTS"))
CSRF_TRUSTED_ORIGINS = csv_list(os.environ.get("CSRF_TRUSTED_ORIGINS", ""))
DATABASES = {
    "default": dj_database_url.parse(required("DATABASE_URL"), conn_max_age=60, conn_health_checks=True)
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_FROM_EMAIL = required("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_BASE_URL = required("WAGTAILADMIN_BASE_URL")

# E-mail: any anymail ESP, e.g. EMAIL_BACKEND=anymail.backends.brevo.EmailBackend and
# ANYMAIL_BREVO_API_KEY=...; every ANYMAIL_* variable is passed to anymail as is.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
ANYMAIL = {
    key.removeprefix("ANYMAIL_"): value for key, value in os.environ.items() if key.startswith("ANYMAIL_")
}
# anymail's HTTP providers: the same timeout as SMTP (EMAIL_TIMEOUT, base settings) unless set.
ANYMAIL["REQUESTS_TIMEOUT"] = float(ANYMAIL.get("REQUESTS_TIMEOUT") or EMAIL_TIMEOUT)  # noqa: F405
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"

# Tasks (e-mails, search index updates) are queued in the database and run by
# `manage.py db_worker` (a systemd service: see docs/deploy.md).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "core.redis_cache.RedisCache", "LOCATION": REDIS_URL}}

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# nginx passes the client address in X-Real-IP (deploy/nginx/sportello.conf); set REAL_IP_HEADER=""
# if gunicorn is ever reachable without the proxy.
REAL_IP_HEADER = os.environ.get("REAL_IP_HEADER", "HTTP_X_REAL_IP")

# HTTPS everywhere: the site handles personal data of people in housing distress.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True

# Machine translation for staff (wagtail-localize's translation editor): DeepL when a key is set.
if os.environ.get("DEEPL_API_KEY", "").strip():
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"].strip()},
    }
