"""Shared helpers for the benchmark scripts: a production-like environment on PostgreSQL."""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
BENCH_DB = os.environ.get("BENCH_DB", "sportello_bench")
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
OUT = ROOT / "var" / "bench"


def bench_env(**extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.bench",
        "SECRET_KEY": "bench-only-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"{PG}/{BENCH_DB}",
        "DEFAULT_FROM_EMAIL": "Servizio Abitare <noreply@example.org>",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15"),
        "BENCH_STATIC_ROOT": str(OUT / "static-root"),
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.update(extra)
    return env


def manage(*args, env=None, capture=False):
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env or bench_env(),
        capture_output=capture,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.stderr.write((result.stdout or "") + (result.stderr or ""))
        raise SystemExit(f"manage.py {' '.join(args)} failed")
    return result.stdout


def recreate_database():
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{BENCH_DB}"')


def prepare_site():
    """A fresh production-like site: migrations, demo content, search index, static files."""
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "static-root").mkdir(exist_ok=True)
    recreate_database()
    manage("migrate", "--noinput", capture=True)
    manage("load_demo_content", capture=True)
    manage("update_index", capture=True)
    manage("collectstatic", "--noinput", capture=True)
    subprocess.run(["redis-cli", "-n", "15", "flushdb"], capture_output=True, check=False)


class Gunicorn:
    def __init__(self, port=8765, workers=3, **env):
        self.port = port
        self.workers = workers
        self.env = bench_env(**env)
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                str(ROOT / ".venv" / "bin" / "gunicorn"),
                "--chdir",
                "site",
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 90
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/_bench/bare/", timeout=1)  # noqa: S310
                return self
            except OSError:
                time.sleep(0.3)
        self.__exit__()
        raise SystemExit("gunicorn did not start")

    def __exit__(self, *exc):
        if self.process:
            self.process.terminate()
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:  # a worker stuck in a request on a busy machine
                self.process.kill()
                self.process.wait(timeout=20)


def wrk(url, connections, seconds):
    threads = min(2, connections)
    result = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-s",
            str(ROOT / "bench" / "wrk_report.lua"),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    line = [line for line in result.stdout.splitlines() if line.startswith("{")][-1]
    return json.loads(line)
