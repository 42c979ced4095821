import pytest

from core.demo import MUNICIPALITIES
from core.models import Municipality
from tests.browser.conftest import chromium, javascript_off_phone, phone  # noqa: F401 - browser fixtures
from tools import demo
from tools.models import AgreedRentPage, EvictionToolPage, HelpFinderPage, LetterToolPage


class Quiet:
    class stdout:  # noqa: N801 - mimics a management command's stdout
        @staticmethod
        def write(text):
            pass


@pytest.fixture
def municipalities(db):
    from django.utils.text import slugify

    # The district's Comuni exist from the core 0003 data migration (transactional tests flush them).
    return {
        name: Municipality.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "sort_order": order, "in_district": True}
        )[0]
        for order, name in enumerate(MUNICIPALITIES)
    }


@pytest.fixture
def tools(site_settings, municipalities):
    """The demo tools from content/tools/, published under the home page, by kind."""
    demo.load(Quiet())
    return {
        "sfratto": EvictionToolPage.objects.get(),
        "aiuti": HelpFinderPage.objects.get(),
        "lettere": LetterToolPage.objects.get(),
        "canone": AgreedRentPage.objects.get(),
    }
