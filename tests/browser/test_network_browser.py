"""The hub on a phone: a shelter updates tonight's places from the e-mail link; an operator accepts a
referral and books it. axe (WCAG 2.1 AA) on every new screen."""

import datetime

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

import pytest
from playwright.sync_api import expect

from network import services
from network.models import BedCount, Referral, VerificationRound
from tests.browser_support import PHONE, assert_no_axe_violations
from tests.factories.booking import SportelloFactory, weekly_opening
from tests.factories.booking_operators import operator
from tests.factories.partners import create_partner

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def shelter(site_settings):
    partner = create_partner("Casa La Soglia", services=("accoglienza-temporanea",), phone="0331 000 777")
    services.ensure_team(partner, offers_beds=True)
    return partner


@pytest.fixture
def sportello(home_page):
    sportello = SportelloFactory(name="Sportello di Sesto Calende", slug="sesto-calende")
    first_day = timezone.localdate() - datetime.timedelta(days=14)
    for offset in range(7):
        weekly_opening(sportello, first_day + datetime.timedelta(days=offset), start="09:00", end="11:00")
    return sportello


def logged_in_phone(chromium, live_server, user):
    client = Client()
    client.force_login(user)
    context = chromium.new_context(base_url=live_server.url, **PHONE)
    host = live_server.url.split("://", 1)[1].split(":")[0]
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "domain": host, "path": "/"}]
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


def assert_no_axe_violations_in_main(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        context="main",
        options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}},
    )
    violations = results.response["violations"]
    assert not violations, results.generate_report()


def test_shelter_updates_tonight_from_the_email_link(phone, shelter):
    token = services.beds_token(shelter, timezone.now())
    phone.goto(f"/rete/posti/{token}/")
    expect(phone.get_by_role("heading", name="Quanti posti liberi stanotte?")).to_be_visible()
    assert_no_axe_violations(phone)
    phone.get_by_role("button", name="3", exact=True).tap()
    expect(phone.locator("[data-saved]")).to_contain_text("aggiornato alle")
    assert BedCount.objects.get(partner=shelter).free_beds == 3

    phone.goto("/rete/posti-stanotte/")
    expect(phone.locator("[data-beds=free]")).to_contain_text("Ci sono posti liberi")
    expect(phone.get_by_role("link", name="Chiama 0331 000 777")).to_be_visible()
    assert_no_axe_violations(phone)


def test_verification_and_invitation_screens_are_accessible(phone, shelter, admin_user):
    shelter.verified_on = datetime.date(2020, 1, 1)
    shelter.save()
    services.run_verification(timezone.now())
    token = services.verify_token(VerificationRound.objects.get())
    phone.goto(f"/rete/verifica/{token}/")
    assert_no_axe_violations(phone)
    phone.get_by_role("button", name="Ancora tutto giusto").tap()
    expect(phone.get_by_role("heading", name="Grazie!")).to_be_visible()
    assert_no_axe_violations(phone)

    _, invitation_token = services.invite(
        shelter.network_team, "nuova@example.org", by=admin_user, now=timezone.now()
    )
    phone.goto(f"/rete/invito/{invitation_token}/")
    assert_no_axe_violations(phone)


def test_operator_accepts_a_referral_and_books_it(chromium, live_server, sportello, shelter):
    anna = operator(sportello, username="anna", first_name="Anna", email="anna@ats.example.org")
    sender = get_user_model().objects.create_user("ugo", "ugo@example.org", "x")
    referral = services.create_referral(
        sender=sender,
        to_sportello=sportello,
        topic="sfratto-e-morosita",
        urgency="urgent",
        person_name="Maria Bianchi",
        person_phone="0331 555 0101",
        consent_given=True,
        consent_obtained_by="Ugo",
        consent_at=timezone.now(),
        consent_method="phone",
        now=timezone.now(),
    )
    context, page = logged_in_phone(chromium, live_server, anna)
    try:
        page.goto("/admin/rete/")
        page.get_by_role("link", name=f"Invio #{referral.pk}").click()
        page.wait_for_url(f"**/admin/rete/invii/{referral.pk}/")
        expect(page.locator("[data-status]")).to_contain_text("Nuovo")
        assert_no_axe_violations_in_main(page)
        page.get_by_role("button", name="Accetta").click()
        expect(page.locator("[data-status]")).to_contain_text("Accettato")
        page.get_by_role("link", name="Prenota un appuntamento").click()
        page.wait_for_url(f"**/admin/rete/invii/{referral.pk}/prenota/")
        expect(page.get_by_role("button", name="Prenota")).to_be_visible()
        assert_no_axe_violations_in_main(page)
        page.get_by_role("button", name="Prenota").click()
        expect(page.get_by_text("Appuntamento prenotato")).to_be_visible()
        referral.refresh_from_db()
        assert referral.status == Referral.Status.ACCEPTED
        assert referral.appointment.name == "Maria Bianchi"

        page.goto("/admin/rete/invii/nuovo/")
        page.wait_for_load_state()
        assert_no_axe_violations_in_main(page)
        page.goto("/admin/rete/")
        assert_no_axe_violations_in_main(page)
    finally:
        context.close()


def test_partner_edits_her_listing_on_a_phone_and_staff_approve_it(
    chromium, live_server, shelter, admin_browser
):
    staff = get_user_model().objects.create_user("silvia", "silvia@example.org", "x", is_staff=True)
    staff.groups.add(shelter.network_team.group)
    context, page = logged_in_phone(chromium, live_server, staff)
    try:
        page.goto(f"/admin/rete/scheda/{shelter.pk}/")
        page.wait_for_load_state()
        assert_no_axe_violations_in_main(page)
        page.get_by_label("Telefono", exact=True).fill("0331 999 999")
        page.get_by_role("button", name="Invia per l'approvazione").click()
        expect(page.get_by_text("diventano pubbliche quando")).to_be_visible()
        page.goto(f"/admin/rete/scheda/{shelter.pk}/posti/")
        assert_no_axe_violations_in_main(page)
    finally:
        context.close()
    shelter.refresh_from_db()
    assert shelter.phone == "0331 000 777"

    # An approver of "Staff Servizio Abitare" finds it on the hub and approves it in Wagtail's workflow.
    admin_browser.goto("/admin/rete/")
    assert_no_axe_violations_in_main(admin_browser)
    admin_browser.locator("[data-pending-listings]").get_by_role("link", name=shelter.name).click()
    admin_browser.wait_for_load_state()
    footer = admin_browser.locator("footer")
    footer.locator("[data-w-dropdown-target='toggle']").first.click()
    approve = footer.locator(
        "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    )
    approve.click()
    admin_browser.wait_for_load_state()
    expect(admin_browser.get_by_text(shelter.name).first).to_be_visible()
    shelter.refresh_from_db()
    assert shelter.phone == "0331 999 999"
    assert not shelter.workflow_in_progress
    admin_browser.goto("/admin/rete/inviti/nuovo/")
    assert_no_axe_violations_in_main(admin_browser)


def test_operator_sees_beds_on_the_agenda_and_the_too_many_page_is_accessible(
    chromium, live_server, sportello, shelter, phone
):
    services.update_beds(shelter, 2, note="Solo donne con bambini", now=timezone.now())
    anna = operator(sportello, username="anna", first_name="Anna", email="anna@ats.example.org")
    context, page = logged_in_phone(chromium, live_server, anna)
    try:
        page.goto("/admin/sportelli/")
        beds = page.locator(".agenda-beds")
        expect(beds.get_by_role("heading", name="Posti per stanotte")).to_be_visible()
        expect(beds.locator(f"[data-shelter='{shelter.slug}']")).to_contain_text("Solo donne con bambini")
        assert_no_axe_violations_in_main(page)
    finally:
        context.close()

    # The 31st request from one address to the link pages in an hour: an Italian page, 429.
    for _ in range(30):
        phone.request.get("/rete/posti/not-a-token/")
    response = phone.goto("/rete/posti/not-a-token/")
    assert response.status == 429
    expect(phone.get_by_role("heading", name="Troppi tentativi")).to_be_visible()
    assert_no_axe_violations(phone)
