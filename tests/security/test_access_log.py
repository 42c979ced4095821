"""gunicorn's access log, with the production configuration (deploy/gunicorn.conf.py), holds no
manage or calendar-feed token: a real gunicorn writes a real log file, and we read it back.

Before, the format ``%(U)s`` wrote lines like ``302 "GET /prenota/gestisci/<token>/"``.
"""

import re

import pytest

from booking import services, slots
from booking.models import new_manage_token
from core.gunicorn_logging import RedactingLogger
from tests.booking.integrity_http import Browser, gunicorn
from tests.factories.booking import SportelloFactory, weekly_opening

pytestmark = pytest.mark.django_db(transaction=True)

# deploy/gunicorn.conf.py: '%(h)s "%(m)s %(U)s" %(s)s %(b)s %(L)s'
LINE = re.compile(r'^(?P<h>[\d.]+) "(?P<m>[A-Z]+) (?P<U>\S+)" (?P<s>\d{3}) (?P<b>\d+|-) (?P<L>[\d.]+)$')


def test_a_manage_link_visit_leaves_no_token_in_the_access_log(site_settings, tmp_path):
    from django.utils import timezone

    sportello = SportelloFactory()
    weekly_opening(sportello, timezone.localdate(), capacity=1)
    start = slots.first_free_slot(sportello, timezone.now()).start
    outcome = services.book(
        sportello=sportello,
        start=start,
        topic="altro",
        name="Anna",
        phone="0331 000 1234",
        now=timezone.now(),
    )
    assert outcome.ok
    wrong = new_manage_token()
    feed = new_manage_token()
    access_log = tmp_path / "access.log"
    with gunicorn(workers=1, access_log=access_log, error_log=tmp_path / "error.log") as server:
        browser = Browser(server.port)
        assert browser.get(f"/prenota/gestisci/{outcome.token}/")[:1] == (302,)
        assert browser.get("/prenota/gestisci/")[0] == 200
        assert browser.get(f"/prenota/gestisci/{wrong}/")[0] == 404
        assert browser.get(f"/prenota/gestisci/{outcome.token}/?utm=x")[0] == 302
        assert browser.get(f"/calendario/{feed}.ics")[0] == 404
        assert browser.get("/prenota/?argomento=altro")[0] == 200
    lines = access_log.read_text().splitlines()
    error_log = (tmp_path / "error.log").read_text()
    for secret in (outcome.token, wrong, feed):
        assert secret not in access_log.read_text() and secret not in error_log
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines  # every line has the documented format
    requests = [(m["m"], m["U"], m["s"]) for m in parsed if not m["U"].startswith("/robots")]
    # gunicorn's threads write their lines as each response ends: the order may differ from ours.
    assert sorted(requests) == sorted(
        [
            ("GET", "/prenota/gestisci/[token]/", "302"),
            ("GET", "/prenota/gestisci/", "200"),
            ("GET", "/prenota/gestisci/[token]/", "404"),
            ("GET", "/prenota/gestisci/[token]/", "302"),
            ("GET", "/calendario/[token].ics", "404"),
            ("GET", "/prenota/", "200"),  # no query string, ever
        ]
    )


def test_every_atom_of_a_custom_format_is_redacted():
    class Config:
        access_log_format = "%(r)s %(q)s %({referer}i)s"
        errorlog = "-"
        loglevel = "info"
        accesslog = None
        syslog = False
        capture_output = False
        logconfig = None
        logconfig_dict = {}
        logconfig_json = None
        disable_redirect_access_to_syslog = False
        user = group = None
        umask = 0

    token = new_manage_token()
    logger = RedactingLogger.__new__(RedactingLogger)

    class Request:
        method = "GET"
        path = f"/prenota/gestisci/{token}/"
        query = f"next=/calendario/{token}.ics"
        uri = f"{path}?{query}"
        version = (1, 1)
        headers = [("REFERER", f"https://example.org/prenota/gestisci/{token}/")]

    class Response:
        status = "302 Found"
        sent = 0
        headers = ()

    logger.cfg = Config()
    environ = {
        "REMOTE_ADDR": "127.0.0.1",
        "REQUEST_METHOD": "GET",
        "RAW_URI": Request.uri,
        "PATH_INFO": Request.path,
        "QUERY_STRING": Request.query,
        "SERVER_PROTOCOL": "HTTP/1.1",
    }
    import datetime

    atoms = logger.atoms(Response(), Request(), environ, datetime.timedelta(seconds=0.1))
    assert token not in repr(atoms)
    assert atoms["U"] == "/prenota/gestisci/[token]/"
    assert atoms["q"] == "next=/calendario/[token].ics"
    assert atoms["{referer}i"] == "https://example.org/prenota/gestisci/[token]/"
