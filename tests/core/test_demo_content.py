from django.core.management import call_command

from wagtail.models import Page, Site

import pytest

from core.models import SiteSettings
from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        list(Page.objects.order_by("path").values_list("path", "slug", "title", "live")),
        list(Site.objects.values_list("hostname", "root_page_id", "is_default_site")),
    )


def test_demo_content_loads_and_running_it_twice_changes_nothing(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = snapshot()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert snapshot() == first

    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert set(ContentPage.objects.values_list("slug", flat=True)) >= {"privacy", "note-legali", "contatti"}
    settings = SiteSettings.for_site(home.get_site())
    assert settings.show_demo_banner and settings.privacy_page and len(settings.emergency_contacts) >= 2

    response = client.get("/")
    assert response.status_code == 200
    assert "Sito dimostrativo" in response.content.decode()


def test_demo_admin_can_log_in(client):
    call_command("create_demo_admin", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert client.login(username="admin", password="sportello-demo")
    assert client.get("/admin/").status_code == 200
