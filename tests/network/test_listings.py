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


def approve_url(partner, action="approve"):
    partner.refresh_from_db()
    task_state = partner.current_workflow_task_state
    return f"/admin/snippets/partners/partner/workflow/action/{partner.pk}/{action}/{task_state.pk}/"


def test_partner_staff_edit_is_public_only_after_workflow_approval(
    client, union, union_staff, approver, django_user_model
):
    client.force_login(union_staff)
    response = client.post(
        f"/admin/rete/scheda/{union.pk}/", listing_post(union, phone="0331 999 999"), follow=True
    )
    assert response.status_code == 200
    assert "diventano pubbliche quando" in response.content.decode()

    # A draft in the Wagtail workflow "Approvazione schede partner", not public yet.
    union.refresh_from_db()
    assert union.has_unpublished_changes and union.workflow_in_progress
    state = union.current_workflow_state
    assert state.workflow.name == "Approvazione schede partner"
    assert state.requested_by == union_staff
    assert state.current_task_state.task.name == "Approvazione del Servizio Abitare"
    assert "0331 999 999" not in client.get(union.get_absolute_url()).content.decode()
    assert "modifiche in attesa di approvazione" in client.get("/admin/rete/").content.decode()

    # The service's staff see it on the hub and approve it in Wagtail's workflow: now it is public.
    staff = client_for(approver)
    page = staff.get("/admin/rete/").content.decode()
    assert union.name in page and "Schede da approvare" in page
    edit = staff.get(f"/admin/snippets/partners/partner/edit/{union.pk}/").content.decode()
    assert "0331 999 999" in edit
    assert staff.post(approve_url(union)).status_code == 302
    union.refresh_from_db()
    assert union.phone == "0331 999 999"
    assert not union.has_unpublished_changes and not union.workflow_in_progress
    assert "0331 999 999" in client.get(union.get_absolute_url()).content.decode()


def client_for(user):
    from django.test import Client

    other = Client()
    other.force_login(user)
    return other


def test_changes_requested_then_resubmitted(client, union, union_staff, approver):
    client.force_login(union_staff)
    client.post(f"/admin/rete/scheda/{union.pk}/", listing_post(union, phone="0331 999 999"))
    staff = client_for(approver)
    staff.post(approve_url(union, "reject"), {"comment": "Manca il prefisso del cellulare"})
    union.refresh_from_db()
    assert union.current_workflow_state.status == "needs_changes"
    assert union.phone != "0331 999 999"
    page = client.get(f"/admin/rete/scheda/{union.pk}/").content.decode()
    assert "chiede di correggere" in page and "Manca il prefisso del cellulare" in page

    # She corrects it: the same workflow goes on, and the approval publishes the corrected version.
    client.post(f"/admin/rete/scheda/{union.pk}/", listing_post(union, phone="0331 888 888"))
    union.refresh_from_db()
    assert union.workflow_in_progress
    staff.post(approve_url(union))
    union.refresh_from_db()
    assert union.phone == "0331 888 888"


def test_second_edit_starts_from_the_pending_draft(client, union, union_staff):
    client.force_login(union_staff)
    client.post(f"/admin/rete/scheda/{union.pk}/", listing_post(union, phone="0331 999 999"))
    page = client.get(f"/admin/rete/scheda/{union.pk}/").content.decode()
    assert "0331 999 999" in page
    assert "modifiche in attesa" in page
    # A second submission restarts the moderation: one workflow in progress, on the latest version.
    client.post(f"/admin/rete/scheda/{union.pk}/", listing_post(union, phone="0331 777 777"))
    union.refresh_from_db()
    assert union.workflow_states.filter(status="in_progress").count() == 1
    assert union.get_latest_revision_as_object().phone == "0331 777 777"


def test_a_listing_locked_by_staff_cannot_be_saved_by_the_partner(client, union, union_staff, approver):
    Partner.objects.filter(pk=union.pk).update(locked=True, locked_by=approver)
    client.force_login(union_staff)
    page = client.post(f"/admin/rete/scheda/{union.pk}/", listing_post(union, phone="0331 999 999"))
    assert "bloccata dal Servizio Abitare" in page.content.decode()
    union.refresh_from_db()
    assert union.latest_revision is None or union.get_latest_revision_as_object().phone != "0331 999 999"


def test_partner_staff_cannot_approve_in_the_workflow(client, union, union_staff):
    client.force_login(union_staff)
    client.post(f"/admin/rete/scheda/{union.pk}/", listing_post(union, phone="0331 999 999"))
    assert client.post(approve_url(union)).status_code in (302, 403)
    union.refresh_from_db()
    assert union.phone != "0331 999 999" and union.workflow_in_progress


WORKFLOW_URLS = [
    "/admin/snippets/partners/partner/workflow/action/{pk}/approve/{task_state}/",
    "/admin/snippets/partners/partner/workflow/action/{pk}/reject/{task_state}/",
    "/admin/snippets/partners/partner/workflow/collect_action_data/{pk}/approve/{task_state}/",
    "/admin/snippets/partners/partner/workflow/confirm_cancellation/{pk}/",
    "/admin/snippets/partners/partner/workflow/preview/{pk}/{task}/",
    "/admin/snippets/partners/partner/workflow_history/{pk}/",
    "/admin/snippets/partners/partner/workflow_history/{pk}/detail/{workflow_state}/",
    "/admin/snippets/partners/partner/lock/{pk}/",
    "/admin/snippets/partners/partner/unlock/{pk}/",
]


@pytest.mark.parametrize("url", WORKFLOW_URLS)
def test_workflow_urls_refuse_partner_staff(client, union, union_staff, social_service, social_staff, url):
    """Every Wagtail workflow URL answers 403 (or 404, or a redirect away) to partner staff for
    another organisation's listing in moderation, and for their own too."""
    other = client_for(social_staff)
    other.post(
        f"/admin/rete/scheda/{social_service.pk}/",
        listing_post(social_service, phone="0331 999 999"),
    )
    social_service.refresh_from_db()
    state = social_service.current_workflow_state
    assert state is not None
    client.force_login(union_staff)
    target = url.format(
        pk=social_service.pk,
        task_state=state.current_task_state_id,
        task=state.current_task_state.task_id,
        workflow_state=state.pk,
    )
    for method in (client.get, client.post):
        response = method(target)
        assert response.status_code in (302, 403, 404), (method, target, response.status_code)
        if response.status_code == 302:
            assert "/admin/snippets/" not in response["Location"]
    social_service.refresh_from_db()
    assert social_service.workflow_in_progress and social_service.phone != "0331 999 999"
    assert not social_service.locked


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
