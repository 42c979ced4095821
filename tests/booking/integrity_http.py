"""Real HTTP for the integrity tests: gunicorn (or runserver) on the test database, and a small
browser with its own cookies and its own client address.

The servers are separate processes with the test settings and ``DATABASE_URL`` pointing at the
test database (SQLite file or PostgreSQL), so requests run truly in parallel, as in production.
Each ``Browser`` binds to its own loopback address (127.0.0.N): the per-address rate limits count
per person, as they do behind nginx.
"""

import http.client
import os
import re
import socket
import subprocess
import threading
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import quote, urlencode

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"


def database_url_of_test_run():
    """The URL of the database the test run uses (its test name, not the configured one)."""
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{Path(db['NAME']).resolve()}"
    user = quote(db.get("USER") or "")
    password = f":{quote(db['PASSWORD'])}" if db.get("PASSWORD") else ""
    return (
        f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"
    )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(settings_module="config.settings.test", **extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DATABASE_URL": database_url_of_test_run(),
    }
    env.pop("PYTEST_CURRENT_TEST", None)
    env.update(extra)
    return env


class Server:
    """A server process on a free port; ``with`` starts it and waits until it answers."""

    def __init__(self, command, env, cwd=ROOT, log=None):
        self.port = free_port()
        self.command = [part.replace("{port}", str(self.port)) for part in command]
        self.env = env
        self.cwd = cwd
        self.log = log
        self.process = None

    def __enter__(self):
        output = open(self.log, "ab") if self.log else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(
            self.command, cwd=self.cwd, env=self.env, stdout=output, stderr=output
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}: {self.command}")
            try:
                status, _, _ = Browser(self.port).get("/robots.txt")
                if status:
                    return self
            except OSError:
                time.sleep(0.3)
        self.__exit__()
        raise RuntimeError("server did not start")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def gunicorn(*, workers=3, access_log=None, error_log=None, env=None, log=None):
    """gunicorn with the production configuration file (deploy/gunicorn.conf.py), on a free port."""
    command = [str(BIN / "gunicorn"), "-c", str(ROOT / "deploy" / "gunicorn.conf.py")]
    command += ["--bind", "127.0.0.1:{port}", "--workers", str(workers)]
    command += ["--access-logfile", str(access_log) if access_log else "/dev/null"]
    if error_log:
        command += ["--error-logfile", str(error_log)]
    return Server(command, env or server_env(), log=log)


CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Browser:
    """Cookies, CSRF and a client address of its own; no redirect following (we check them)."""

    def __init__(self, port, address="127.0.0.1"):
        self.port = port
        self.address = address
        self.cookies = {}
        self.lock = threading.Lock()

    def request(self, method, path, data=None):
        connection_ = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=120, source_address=(self.address, 0)
        )
        headers = {"Host": "localhost"}
        with self.lock:
            if self.cookies:
                headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in self.cookies.items())
            body = None
            if data is not None:
                data = {**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
                body = urlencode(data, doseq=True)
                headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection_.request(method, path, body=body, headers=headers)
            response = connection_.getresponse()
            content = response.read().decode("utf-8", errors="replace")
        finally:
            connection_.close()
        with self.lock:
            for header in response.headers.get_all("Set-Cookie") or []:
                for key, morsel in SimpleCookie(header).items():
                    self.cookies[key] = morsel.value
        return response.status, response.headers, content

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, data):
        return self.request("POST", path, data)


def together(calls):
    """Run the callables at the same instant in threads; their results in order."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index, call):
        barrier.wait()
        try:
            results[index] = call()
        except Exception as error:  # noqa: BLE001 - reported by the caller's assertions
            results[index] = error

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    return results
