"""The shipped Varnish configuration (deploy/varnish/sportello.vcl) in front of the real site.

A real ``varnishd`` (Debian's package, installed by .ci/run as Chromium is) runs the shipped VCL with
its backend pointed at the test server. Publishing a page must reach the next visitor through the
cache; personal and per-visitor answers must never be stored.
"""

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from core.models import SiteSettings

VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "sportello.vcl"
VARNISHD = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")

pytestmark = pytest.mark.django_db(transaction=True)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _accepts(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture
def varnish(live_server, tmp_path, settings):
    if VARNISHD is None:
        if os.environ.get("CI") == "true":
            pytest.fail("varnishd is missing: .ci/run installs Debian's varnish package")
        pytest.skip("varnishd not installed (apt-get install varnish)")
    backend_port = live_server.url.rsplit(":", 1)[1]
    vcl = tmp_path / "sportello.vcl"
    vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{backend_port}";'))
    port = _free_port()
    workdir = tmp_path / "varnish"
    process = subprocess.Popen(
        [VARNISHD, "-F", "-j", "none", "-n", str(workdir), "-a", f"127.0.0.1:{port}",
         "-f", str(vcl), "-s", "malloc,32m", "-T", "none"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while not _accepts(port):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"varnishd did not start: {process.stderr.read().decode()[-2000:]}")
        time.sleep(0.1)
    settings.WAGTAILFRONTENDCACHE = {
        "django": {"BACKEND": "core.cache.DjangoCacheBackend"},
        "varnish": {"BACKEND": "core.cache.VarnishBackend", "LOCATION": url},
    }
    yield url
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def get(url, cookie=None):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - local test server
        return response.headers, response.read().decode()


def test_publishing_a_page_reaches_the_next_visitor_through_varnish(varnish, site_settings):
    page = site_settings.privacy_page
    first, _ = get(f"{varnish}/privacy/")
    second, body = get(f"{varnish}/privacy/")
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert "max-age=0" in second["Cache-Control"]  # browsers keep nothing: purges take effect

    page.title = "Privacy: testo nuovo"
    page.save_revision().publish()

    headers, body = get(f"{varnish}/privacy/")
    assert headers["X-Cache"] == "miss"
    assert "Privacy: testo nuovo" in body


def test_a_settings_change_shown_on_every_page_empties_varnish(varnish, site_settings):
    get(f"{varnish}/privacy/")
    assert get(f"{varnish}/privacy/")[0]["X-Cache"] == "hit"
    current = SiteSettings.objects.get()
    current.phone = "0331 999 0000"
    current.save()
    headers, body = get(f"{varnish}/privacy/")
    assert headers["X-Cache"] == "miss"
    assert "0331 999 0000" in body


def test_booking_search_and_session_bearing_requests_are_never_stored(varnish, site_settings):
    for path in ("/prenota/", "/cerca/?q=sfratto", "/admin/login/"):
        get(f"{varnish}{path}")
        headers, _ = get(f"{varnish}{path}")
        assert headers["X-Cache"] == "miss", path
    # A visitor with a session (staff, a booking in progress) is never served a stored copy.
    get(f"{varnish}/privacy/")
    headers, _ = get(f"{varnish}/privacy/", cookie="sessionid=abc")
    assert headers["X-Cache"] == "miss"
    # Other cookies do not split or bypass the cache.
    headers, _ = get(f"{varnish}/privacy/", cookie="csrftoken=xyz")
    assert headers["X-Cache"] == "hit"


def test_a_cache_that_never_answers_does_not_hang_publishing(site_settings, settings, monkeypatch):
    import threading

    from core.cache import VarnishBackend

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()  # accepts connections, never answers
    accepted = []
    threading.Thread(target=lambda: accepted.append(silent.accept()), daemon=True).start()
    monkeypatch.setattr(VarnishBackend, "TIMEOUT", 0.5)
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "core.cache.VarnishBackend",
            "LOCATION": f"http://127.0.0.1:{silent.getsockname()[1]}",
        }
    }
    page = site_settings.privacy_page
    page.title = "Privacy aggiornata"
    started = time.monotonic()
    page.save_revision().publish()  # must not raise nor wait for ever
    assert time.monotonic() - started < 10
    page.refresh_from_db()
    assert page.title == "Privacy aggiornata" and page.live
    assert accepted, "the purge was attempted"
    silent.close()
