import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_page_editor_works_under_the_admin_content_security_policy(admin_browser, site_settings):
    page = admin_browser
    page.goto(f"/admin/pages/{site_settings.privacy_page.pk}/edit/")
    title = page.locator("#id_title")
    title.fill("Informativa privacy aggiornata")
    page.get_by_role("button", name="Salva bozza").click()
    page.wait_for_url("**/edit/")
    assert page.locator("#id_title").input_value() == "Informativa privacy aggiornata"
    assert page.csp_violations() == []
