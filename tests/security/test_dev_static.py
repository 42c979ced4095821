"""``make run`` (runserver with the development settings) answers bad static paths with 404.

Django's runserver static handler raised (500) on ``/static/..%2F..%2Fetc%2Fpasswd``; with
``whitenoise.runserver_nostatic`` WhiteNoise serves /static/ as in production. The server is a real
``manage.py runserver`` process on the test database.
"""

import http.client

import pytest

from tests.booking.integrity_http import BIN, ROOT, Browser, Server, server_env

pytestmark = pytest.mark.django_db(transaction=True)

TRAVERSALS = [
    "/static/..%2F..%2F..%2Fetc%2Fpasswd",
    "/static/..%2f..%2fsettings.py",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/css/..%2F..%2F..%2Fpyproject.toml",
    "/static/css/%ff.css",
]


def raw_get(port, path):
    """A GET with the path exactly as written (no client-side normalisation)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.putrequest("GET", path, skip_host=True)
        connection.putheader("Host", "localhost")
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_runserver_answers_path_traversal_with_404_and_still_serves_static_files(site_settings):
    command = [str(BIN / "python"), "manage.py", "runserver", "--noreload", "127.0.0.1:{port}"]
    with Server(command, server_env("config.settings.dev"), cwd=ROOT) as server:
        for path in TRAVERSALS:
            status, body = raw_get(server.port, path)
            assert status == 404, (path, status)
            assert b"root:" not in body and b"[project]" not in body
        status, _ = raw_get(server.port, "/static/%00")
        assert status == 400  # a NUL character: refused before any lookup (RejectNullCharactersMiddleware)
        status, _, css = Browser(server.port).get("/static/css/booking.css")
    assert status == 200 and css.strip()
