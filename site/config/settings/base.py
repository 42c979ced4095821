"""Settings shared by every environment.

Only what is the same in development, tests and production lives here. Anything secret or
host-specific comes from the environment in ``production.py``. ``DATABASE_URL`` switches any
settings module to PostgreSQL (see ``database_settings``).
"""

import os
from pathlib import Path

import dj_database_url

SITE_DIR = Path(__file__).resolve().parent.parent.parent  # site/ (the source root)
BASE_DIR = SITE_DIR.parent  # the repository
VAR_DIR = Path(os.environ.get("SPORTELLO_VAR_DIR", BASE_DIR / "var"))  # SQLite, search index, mail
VAR_DIR.mkdir(parents=True, exist_ok=True)
CONTENT_DIR = BASE_DIR / "content"  # demo and first real content, one YAML file per item (core.content)


def database_settings(default_sqlite_path):
    """The default database: ``DATABASE_URL`` when set, otherwise SQLite at the given path.

    SQLite runs with IMMEDIATE transactions (writers queue instead of failing with
    "database is locked" halfway through a booking), a busy timeout and WAL journaling.
    """
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    else:
        config = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(default_sqlite_path)}
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config.setdefault("OPTIONS", {}).update(
            {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            }
        )
    return {"default": config}


INSTALLED_APPS = [
    # Our apps first so their templates and static files take precedence.
    "core",
    "home",
    "guides",
    "feedback",
    "partners",
    "booking",
    "search",
    "operators",
    "network",
    "territory",
    "tools",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales: the admin's language list with sync options
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "schedule",
    "anymail",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "core.middleware.RealClientIPMiddleware",
    "core.middleware.RejectNullCharactersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.languages.TranslationFallbackMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "core.security.AdminMFAMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.security.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it sees the final response of a failed login.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses locked-out logins before checking passwords
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = database_settings(VAR_DIR / "sportello.sqlite3")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "it"
# Italian is the source language and keeps its URLs without prefix; the others get /en/, /fr/...
# Each language is named in its own language (the switcher shows these names).
LANGUAGES = [
    ("it", "Italiano"),
    ("en", "English"),
    ("fr", "Français"),
    ("ar", "العربية"),
    ("ro", "Română"),
    ("uk", "Українська"),
]
LANGUAGES_BIDI = ["ar"]
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Europe/Rome"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"  # never static/: that is the source folder
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Tasks (django-tasks): immediate unless an environment says otherwise.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Anonymous page cache (core/cache.py), purged on publish through Wagtail's frontend cache app.
# With nginx or Varnish in front, add their backend here too (docs/deploy.md).
PAGE_CACHE_ENABLED = True
PAGE_CACHE_SECONDS = 600
WAGTAILFRONTENDCACHE = {"django": {"BACKEND": "core.cache.DjangoCacheBackend"}}
# The cache in front (deploy/varnish/sportello.vcl): public pages carry "s-maxage" for it, publishing
# purges it (PURGE), a change shown on many pages empties it (BAN). Unset: no cache in front.
FRONT_CACHE_SECONDS = int(os.environ.get("FRONT_CACHE_SECONDS", "600"))
if os.environ.get("FRONT_CACHE_URL", "").strip():
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "core.cache.VarnishBackend",
        "LOCATION": os.environ["FRONT_CACHE_URL"].strip(),
    }
# Non-page content shown on many pages: saving or deleting one empties the page cache.
PAGE_CACHE_BUSTING_MODELS = [
    "core.SiteSettings",
    "core.Municipality",
    "core.EmergencyTexts",
    "wagtailcore.Site",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "partners.Partner",
    "partners.PartnerService",
    "partners.PartnerLocation",
    "partners.Language",
    "partners.PartnerText",
    "guides.GlossaryTerm",
]

# Wagtail
WAGTAIL_SITE_NAME = "Servizio Abitare"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Languages whose guides are translated (demo translations in content/translations/). Readers of the
# other languages get the interface in their language and the Italian guide with a notice.
SPORTELLO_CONTENT_TRANSLATED_LANGUAGES = ["en", "fr", "ar"]
# wagtail-localize: the dummy translator everywhere (nothing leaves the machine); production
# switches to DeepL when DEEPL_API_KEY is set (production.py).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party request, not even from the admin
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx", "ods"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]  # no SVG uploads
WAGTAILADMIN_PERMITTED_LANGUAGES = [("it", "Italiano"), ("en", "English")]

# Search results kept per normalised query for anonymous readers (search/result_cache.py), seconds.
SEARCH_RESULTS_CACHE_SECONDS = int(os.environ.get("SEARCH_RESULTS_CACHE_SECONDS", "60"))

# Search (see docs/deploy.md, "Search"). SEARCH_BACKEND picks the engine without code changes:
# "whoosh" (default: embedded, one host, index on local disk in var/), "postgres" (this project's
# backend on PostgreSQL full-text search: several hosts, same quality; docs/search.md), "database"
# (Wagtail's database backend; no typo tolerance or synonyms) or "opensearch".
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "whoosh").strip().lower() or "whoosh"
SEARCH_INDEX_DIR = Path(os.environ.get("SEARCH_INDEX_DIR", VAR_DIR / "search"))
if SEARCH_BACKEND == "whoosh":
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.whoosh",
            "PATH": SEARCH_INDEX_DIR,
            "LOCK_TIMEOUT": float(os.environ.get("SEARCH_LOCK_TIMEOUT", "10")),
        }
    }
elif SEARCH_BACKEND == "postgres":
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.postgres"}}
elif SEARCH_BACKEND == "database":
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "italian"}
    }
elif SEARCH_BACKEND == "opensearch":
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch2",
            "URLS": [os.environ.get("OPENSEARCH_URL", "http://localhost:9200")],
            "INDEX": os.environ.get("OPENSEARCH_INDEX", "sportello"),
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {
                "settings": {
                    "analysis": {
                        "analyzer": {
                            "default": {
                                "tokenizer": "standard",
                                "filter": ["lowercase", "italian_elision", "italian_stop", "italian_stemmer"],
                            }
                        },
                        "filter": {
                            "italian_elision": {
                                "type": "elision",
                                "articles": ["l", "un", "dell", "all", "d"],
                            },
                            "italian_stop": {"type": "stop", "stopwords": "_italian_"},
                            "italian_stemmer": {"type": "stemmer", "language": "light_italian"},
                        },
                    }
                }
            },
        }
    }
else:
    raise ValueError(
        f"SEARCH_BACKEND must be whoosh, postgres, database or opensearch, not {SEARCH_BACKEND!r}"
    )
SEARCH_RESULTS_PER_PAGE = 10
# Only the process with SEARCH_INDEX_WRITER=true writes the Whoosh index (the task worker in
# production); the others enqueue their updates as tasks (search/tasks.py, docs/search.md).
SEARCH_INDEX_WRITER = os.environ.get("SEARCH_INDEX_WRITER", "true").strip().lower() in ("1", "true", "yes")

# E-mail: development and tests override the backend; production picks an anymail ESP.
DEFAULT_FROM_EMAIL = "Servizio Abitare <noreply@example.org>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Seconds for one call to the e-mail provider (SMTP socket operations; anymail's HTTP requests in
# production): a provider that never answers fails the attempt, which is retried later.
EMAIL_TIMEOUT = float(os.environ.get("EMAIL_TIMEOUT", "15"))
# Seconds a message stays claimed ("sending") before send_pending_messages gives it back (>= 4 × timeout).
BOOKING_EMAIL_CLAIM_LEASE = float(os.environ.get("BOOKING_EMAIL_CLAIM_LEASE", "900"))

# Set in production to the header the reverse proxy fills with the client address (core/middleware.py).
REAL_IP_HEADER = ""

# Security defaults that are right everywhere.
# Staff log in with a password and a one-time code (TOTP app, or a recovery code): see core/security.py.
MFA_REQUIRED = True
OTP_TOTP_ISSUER = "Servizio Abitare"
# Lock-out after repeated failed logins (per username and IP), lifted after 30 minutes.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # its log lines carry usernames and IP addresses
AXES_LOCKOUT_TEMPLATE = "core/lockout.html"

# Public pages run no inline script and load nothing from other origins. The Wagtail admin gets
# its own, looser policy (see core.security.ContentSecurityPolicyMiddleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
}
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views set SAMEORIGIN for themselves

# Booking: personal data of appointments are removed this long after they took place.
BOOKING_PERSONAL_DATA_RETENTION_DAYS = 365
BOOKING_EMAIL_MAX_ATTEMPTS = 8
BOOKING_PUBLIC_BASE_URL = os.environ.get("BOOKING_PUBLIC_BASE_URL", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["redact_tokens"]}
    },
    # Manage-link and calendar-feed tokens never reach a log line.
    "filters": {"redact_tokens": {"()": "core.redaction.RedactTokens"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "sportello": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Network hub (issue 16): verification loop, invitations, referrals.
NETWORK_VERIFY_AFTER_MONTHS = 6
NETWORK_VERIFY_LINK_DAYS = 42
NETWORK_INVITATION_DAYS = 7
NETWORK_URGENT_ACCEPT_HOURS = 4  # working hours, Monday to Friday
NETWORK_WORKING_HOURS = (9, 18)
NETWORK_COORDINATOR_EMAIL = os.environ.get("NETWORK_COORDINATOR_EMAIL", "")
