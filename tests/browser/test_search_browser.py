import pytest

from tests.browser_support import assert_no_axe_violations, page_width
from tests.search.corpus import build_corpus

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def whoosh_index(settings, tmp_path):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends.whoosh", "PATH": tmp_path / "search", "LOCK_TIMEOUT": 2}
    }


@pytest.fixture
def pages(site_settings, home_page):
    return build_corpus(home_page)


def test_results_and_empty_state_are_accessible_on_a_phone(phone, pages):
    phone.goto("/cerca/?q=sfrato")
    assert phone.locator("ol.search-results li").first.locator("h3").inner_text() == "Le fasi dello sfratto"
    assert page_width(phone) <= 390
    assert_no_axe_violations(phone)

    phone.goto("/cerca/?q=zfratto")
    assert "Forse cercavi" in phone.locator(".search-empty").inner_text()
    assert phone.outside_requests == []
    assert_no_axe_violations(phone)


def test_autocomplete_is_a_keyboard_combobox(phone, pages):
    phone.goto("/cerca/")
    box = phone.locator("#id_q")
    assert box.get_attribute("role") == "combobox"
    box.type("depo")
    option = phone.locator('[role="option"]').first
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert option.inner_text().startswith("Deposito cauzionale")
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")
    assert_no_axe_violations(phone)
    box.press("Enter")
    phone.wait_for_url("**/deposito-cauzionale/")


def test_search_page_works_without_javascript(javascript_off_phone, pages):
    javascript_off_phone.goto("/cerca/")
    javascript_off_phone.fill("#id_q", "caparra")
    javascript_off_phone.locator(".search-form__more summary").click()  # the filters are folded on a phone
    javascript_off_phone.select_option("#id_tipo", "pagina")
    javascript_off_phone.get_by_role("button", name="Applica i filtri").click()
    assert "tipo=pagina" in javascript_off_phone.url
    titles = javascript_off_phone.locator("ol.search-results h3").all_inner_texts()
    assert titles[0] == "Deposito cauzionale (caparra)"
