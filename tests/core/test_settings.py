import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-that-is-not-in-the-repository-1234567890",
    "ALLOWED_HOSTS": "abitare.example.org,www.abitare.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://abitare.example.org",
    "DATABASE_URL": "postgres://sportello@127.0.0.1:5432/sportello",
    "DEFAULT_FROM_EMAIL": "Servizio Abitare <noreply@abitare.example.org>",
    "WAGTAILADMIN_BASE_URL": "https://abitare.example.org",
}


# The browser tests' conftest allows the ORM under Playwright's loop; a real deployment never does.
NOT_INHERITED = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}


def manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DEFAULT_FROM_EMAIL"])
def test_production_refuses_to_start_without_a_required_variable(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"The environment variable {missing} is required" in result.stderr


def test_production_reads_allowed_hosts_and_redis_from_the_environment():
    code = (
        "from django.conf import settings as s;"
        "print(s.ALLOWED_HOSTS, s.CACHES['default']['BACKEND'], s.DATABASES['default']['ENGINE'])"
    )
    env = {**PRODUCTION_ENV, "REDIS_URL": "redis://127.0.0.1:6379/1"}
    result = manage("shell", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    assert "['abitare.example.org', 'www.abitare.example.org']" in result.stdout
    assert "RedisCache" in result.stdout
    assert "postgresql" in result.stdout


def test_development_needs_no_environment_and_uses_sqlite_in_var():
    env = {"DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    code = (
        "from django.conf import settings as s; d = s.DATABASES['default'];"
        "print(d['ENGINE'], d['NAME'], d['OPTIONS'])"
    )
    clean = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "sqlite3" in result.stdout and "var/sportello.sqlite3" in result.stdout
    assert "'transaction_mode': 'IMMEDIATE'" in result.stdout and "journal_mode=WAL" in result.stdout


def test_time_zone_and_language(settings):
    assert settings.TIME_ZONE == "Europe/Rome"
    assert settings.LANGUAGE_CODE == "it"
    assert settings.USE_TZ
