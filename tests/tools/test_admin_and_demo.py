"""Staff edit the tools in the admin; the demo loader can run twice."""

from wagtail.models import Page

import pytest

from tests.tools.conftest import Quiet
from tools import demo
from tools.models import EvictionToolPage, ToolIndexPage

pytestmark = pytest.mark.django_db


def test_loading_the_demo_tools_twice_changes_nothing(tools):
    before = list(Page.objects.order_by("path").values_list("path", "title", "live"))
    demo.load(Quiet())
    assert list(Page.objects.order_by("path").values_list("path", "title", "live")) == before
    assert ToolIndexPage.objects.get().get_children().live().count() == 4


def test_staff_edit_every_tool_in_the_admin(client, django_user_model, tools):
    client.force_login(django_user_model.objects.create_superuser("redattore", "r@example.org", "x" * 16))
    for page in [*tools.values(), ToolIndexPage.objects.get()]:
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page.title


def test_a_stage_edited_in_the_admin_shows_on_the_site(client, tools):
    page = EvictionToolPage.objects.get()
    stages = page.stages.raw_data
    stages[0]["value"]["where"] = "Testo cambiato dalla redazione."
    page.stages = stages
    page.save_revision().publish()
    response = client.post(page.url, {"fase": "lettera"})
    assert "Testo cambiato dalla redazione." in response.content.decode()
