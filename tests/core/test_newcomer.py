"""A newcomer runs `make run`: she must see where the site is, how to log in, the site's own 404 page,
and links (e-mails, share box) that open on her machine, port included."""

import io
import re

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Site

import pytest
from bs4 import BeautifulSoup

from booking import emails
from tests.factories.pages import GuideIndexPageFactory, GuidePageFactory, GuideTopicPageFactory

pytestmark = pytest.mark.django_db


def run_create_demo_admin(*args):
    out = io.StringIO()
    call_command("create_demo_admin", *args, stdout=out)
    return out.getvalue()


def test_the_last_lines_give_the_address_with_its_port_and_every_demo_login(site_settings):
    get_user_model().objects.create_user(
        "operatrice", "operatrice@example.org", "sportello-demo", is_staff=True
    )
    output = run_create_demo_admin("--port", "8123")
    assert "<porta>" not in output
    assert "Il sito dimostrativo: http://127.0.0.1:8123/" in output
    assert "http://127.0.0.1:8123/admin/" in output
    assert "password per tutti: sportello-demo" in output
    logins = re.findall(r"^\s{2}(\S+)\s{2,}", output, flags=re.MULTILINE)
    assert logins == ["admin", "operatrice"]  # the partner accounts only when the demo made them
    # The admin login works with the password printed.
    assert get_user_model().objects.get(username="admin").check_password("sportello-demo")


def test_the_demo_site_is_served_on_the_port_so_email_links_open(site_settings, settings):
    settings.BOOKING_PUBLIC_BASE_URL = ""
    assert emails.manage_url("abc").startswith("http://localhost/")  # before: no port, does not open
    run_create_demo_admin("--port", "8123")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
    assert emails.manage_url("abc").startswith("http://127.0.0.1:8123/prenota/")
    # Run again (make run twice): nothing else changes, the site still answers.
    run_create_demo_admin("--port", "8123")
    assert Site.objects.filter(is_default_site=True).count() == 1


def test_the_share_box_links_the_address_the_reader_used(client, site_settings, home_page):
    topic = GuideTopicPageFactory(parent=GuideIndexPageFactory(parent=home_page))
    guide = GuidePageFactory(parent=topic, slug="una-guida", title="Una guida")
    html = BeautifulSoup(client.get(guide.url, HTTP_HOST="127.0.0.1:8123").content, "html.parser")
    share = html.select_one(".share p a")["href"]
    assert share == f"http://127.0.0.1:8123{guide.url}"


@pytest.fixture
def make_run_settings(settings):
    """What config.settings.dev adds for the 404 page (DEBUG on, the middleware at the end)."""
    settings.DEBUG = True
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "home.middleware.SiteNotFoundPageMiddleware"]
    return settings


def test_a_wrong_address_shows_the_sites_own_404_page_under_make_run(
    client, site_settings, make_run_settings
):
    for url in ("/pagina-che-non-esiste/", "/guide/non-esiste/", "/partner/non-esiste/"):
        response = client.get(url)
        assert response.status_code == 404, url
        html = BeautifulSoup(response.content, "html.parser")
        assert html.h1.get_text(strip=True) == "Non troviamo questa pagina", url
        assert html.find("footer") is not None and html.select_one("a.skip-link") is not None
        assert "Using the URLconf" not in response.content.decode()


def test_staff_still_get_djangos_debug_page(client, site_settings, make_run_settings):
    staff = get_user_model().objects.create_user("dev", "dev@example.org", "x", is_staff=True)
    client.force_login(staff)
    response = client.get("/pagina-che-non-esiste/")
    assert response.status_code == 404
    assert "Non troviamo questa pagina" not in response.content.decode()


def test_the_development_settings_install_it():
    from pathlib import Path

    dev = Path(__file__).resolve().parents[2] / "site" / "config" / "settings" / "dev.py"
    assert "home.middleware.SiteNotFoundPageMiddleware" in dev.read_text()
