"""Partner staff edit only their organisation, as drafts that become public after approval."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest

from partners.models import Partner

pytestmark = pytest.mark.django_db


def listing_post(partner, **changes):
    service = partner.services.first()
    data = {
        "name": partner.name,
        "description": partner.description,
        "phone": partner.phone,
        "email": partner.email,
        "other_phone": "",
        "other_phone_label": "",
        "website": "",
        "serves_whole_district": "",
        "services": inline_formset(
            [
                {
                    "id": service.pk,
                    "service_type": service.service_type,
                    "description": service.description,
                    "audience": service.audience,
                    "access": service.access,
                    "cost": service.cost,
                }
            ],
            initial=1,
        ),
        "locations": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


def test_partner_staff_edit_is_public_only_after_approval(client, union, union_staff, admin_client):
    client.force_login(union_staff)
    response = client.post(
        f"/admin/rete/scheda/{union.pk}/", listing_post(union, phone="0331 999 999"), follow=True
    )
    assert response.status_code == 200
    assert "diventano pubbliche quando" in response.content.decode()

    # Not public yet: the directory page and the row still have the old number.
    union.refresh_from_db()
    assert union.has_unpublished_changes
    assert "0331 999 999" not in client.get(union.get_absolute_url()).content.decode()

    # The service's staff approve it: now it is public.
    page = admin_client.get("/admin/rete/approvazioni/").content.decode()
    assert union.name in page
    admin_client.post("/admin/rete/approvazioni/", {"partner": union.pk})
    union.refresh_from_db()
    assert union.phone == "0331 999 999"
    assert not union.has_unpublished_changes
    assert "0331 999 999" in client.get(union.get_absolute_url()).content.decode()


def test_second_edit_starts_from_the_pending_draft(client, union, union_staff):
    client.force_login(union_staff)
    client.post(f"/admin/rete/scheda/{union.pk}/", listing_post(union, phone="0331 999 999"))
    page = client.get(f"/admin/rete/scheda/{union.pk}/").content.decode()
    assert "0331 999 999" in page
    assert "modifiche in attesa" in page


def test_partner_staff_cannot_publish_or_approve(client, union, union_staff):
    client.force_login(union_staff)
    client.post(f"/admin/rete/scheda/{union.pk}/", listing_post(union, phone="0331 999 999"))
    assert client.get("/admin/rete/approvazioni/").status_code in (302, 403)
    assert client.post("/admin/rete/approvazioni/", {"partner": union.pk}).status_code in (302, 403)
    union.refresh_from_db()
    assert union.phone != "0331 999 999"


@pytest.mark.parametrize(
    "url",
    [
        "/admin/rete/scheda/{pk}/",
        "/admin/rete/scheda/{pk}/posti/",
    ],
)
def test_hub_urls_of_another_organisation_answer_404(client, union, union_staff, social_service, url):
    client.force_login(union_staff)
    assert client.get(url.format(pk=social_service.pk)).status_code == 404
    assert client.post(url.format(pk=social_service.pk), {}).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/partners/partner/",
        "/admin/snippets/partners/partner/edit/{pk}/",
        "/admin/snippets/partners/partner/history/{pk}/",
        "/admin/snippets/partners/partner/delete/{pk}/",
        "/admin/snippets/partners/partner/unpublish/{pk}/",
        "/admin/snippets/partners/partner/add/",
    ],
)
def test_wagtail_partner_screens_are_closed_to_partner_staff(client, union, union_staff, social_service, url):
    """Partner staff have no model permission on partners: Wagtail's own screens refuse them, for
    their own organisation too (they edit only through the hub's draft screen)."""
    client.force_login(union_staff)
    for partner in (social_service, union):
        response = client.get(url.format(pk=partner.pk))
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert "/admin/snippets/" not in response["Location"]


def test_a_user_of_no_organisation_cannot_open_the_hub(client, db):
    from tests.factories.booking_operators import UserFactory

    client.force_login(UserFactory(username="estraneo"))
    assert client.get("/admin/rete/").status_code in (302, 403)


def test_hub_home_lists_only_my_organisation(client, union, union_staff, social_service):
    client.force_login(union_staff)
    page = client.get("/admin/rete/").content.decode()
    assert union.name in page
    assert social_service.name not in page
    assert Partner.objects.count() == 2


def test_hub_shows_the_emergency_contact(client, union_staff, site_settings):
    client.force_login(union_staff)
    for url in ("/admin/rete/", "/admin/rete/invii/nuovo/"):
        page = client.get(url).content.decode()
        assert "data-hub-emergency" in page
        assert "Pronto intervento sociale" in page and "0331 000 0001" in page
