from wagtail.models import Locale, Page, Site

import pytest

from core.models import SiteSettings
from tests.browser_support import (  # noqa: F401 - one Chromium for every browser test
    admin_browser,
    chromium,
    javascript_off_phone,
    phone,
    scripts_blocked_phone,
)
from tests.factories.pages import ContentPageFactory, HomePageFactory


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache (rate limits, page cache, search texts)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def italian_after_each_test():
    """A request under /fr/ leaves French active in this thread (LocaleMiddleware does not switch
    back): every test starts, and ends, in Italian, as a new request would."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


def restore_migration_data():
    """Transactional tests (browser, concurrency, HTTP) flush what migrations created: the Italian
    locale, the root page and collection, the district's Comuni, the partner approval workflow.
    Recreate what is missing."""
    import importlib

    from django.apps import apps

    from wagtail.models import Collection

    Locale.objects.get_or_create(language_code="it")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    importlib.import_module("core.migrations.0003_content_municipalities").seed(apps, None)
    importlib.import_module("partners.migrations.0004_partner_approval_workflow").create_workflow(apps, None)
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))


@pytest.fixture
def home_page(db):
    """A site whose root is our HomePage, as the demo loader and production have it."""
    root = restore_migration_data()
    Site.objects.all().delete()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root)
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Test")
    return home


@pytest.fixture
def site_settings(home_page):
    """Site settings filled in as staff would, with the footer pages."""
    settings = SiteSettings.for_site(home_page.get_site())
    settings.phone = "0331 000 0000"
    settings.email = "sportello@example.org"
    settings.address = "Piazza Municipio 1, Sesto Calende"
    settings.emergency_contacts = [
        (
            "contact",
            {"label": "Pronto intervento sociale", "phone": "0331 000 0001", "when": "Sempre attivo"},
        ),
    ]
    settings.accessibility_statement_url = "https://form.agid.gov.it/view/test"
    settings.privacy_page = ContentPageFactory(parent=home_page, title="Privacy", slug="privacy")
    settings.legal_notes_page = ContentPageFactory(parent=home_page, title="Note legali", slug="note-legali")
    settings.faq_page = ContentPageFactory(
        parent=home_page, title="Domande frequenti", slug="domande-frequenti"
    )
    settings.save()
    return settings


def pytest_collection_modifyitems(config, items):
    """Tests with a live server (browsers, HTTP clients in parallel) run one at a time on one
    pytest-xdist worker (``--dist loadgroup``): two Chromiums and their servers at once on a
    2-core machine made timing-sensitive checks flaky. The others spread over the workers."""
    for item in items:
        if "live_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("live-server"))
