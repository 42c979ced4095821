"""Staff in the Wagtail admin: add partners, see reports, read error reports."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from partners.models import ErrorReport, Partner
from tests.factories.partners import create_partner

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/partners/partner/add/"


@pytest.fixture
def staff(client, site_settings):
    user = get_user_model().objects.create_superuser("redazione", "redazione@example.org", "password-lunga-1")
    client.force_login(user)
    return client


def partner_form(sesto, ispra, arabic, **overrides):
    data = {
        "name": "Associazione Casa Aperta",
        "slug": "casa-aperta",
        "kind": "terzo-settore",
        "description": "Ti aiutano a cercare casa e a parlare con il proprietario.",
        "phone": "0331 000 160",
        "email": "casaaperta@example.org",
        "other_phone": "",
        "other_phone_label": "",
        "website": "",
        "status": "attivo",
        "status_note": "",
        "verified_on": "2026-11-01",
        "services": inline_formset(
            [
                {
                    "service_type": "cercare-casa",
                    "description": "Ti aiutano a cercare una casa in affitto.",
                    "audience": "",
                    "access": "appuntamento",
                    "cost": "gratuito",
                    "languages": (str(arabic.pk),),
                },
                {
                    "service_type": "mediazione",
                    "description": "Parlano con il proprietario per te.",
                    "audience": "Inquilini",
                    "access": "telefono",
                    "cost": "gratuito",
                    "languages": (),
                },
            ],
            min=1,
        ),
        "locations": inline_formset(
            [
                {
                    "name": "Sede",
                    "address": "Via Roma 10",
                    "postal_code": "21018",
                    "municipality": str(sesto.pk),
                    "latitude": "",
                    "longitude": "",
                    "opening_hours": streamfield(
                        [("hours", {"days": ("MO", "WE"), "opens": "09:00", "closes": "12:00", "note": ""})]
                    ),
                    "hours_note": "",
                    "accessibility": "",
                },
                {
                    "name": "Recapito",
                    "address": "Via Milano 2",
                    "postal_code": "21027",
                    "municipality": str(ispra.pk),
                    "latitude": "45.800000",
                    "longitude": "8.600000",
                    "opening_hours": streamfield([]),
                    "hours_note": "Su appuntamento",
                    "accessibility": "",
                },
            ]
        ),
    }
    data.update(overrides)
    # Multiple-choice values are tuples: ``nested_form_data`` would flatten lists into indexed keys.
    return nested_form_data(data)


def post(client, data):
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    for key, value in data.items():
        if isinstance(value, tuple):
            query.setlist(key, list(value))
        else:
            query[key] = value
    return client.post(ADD_URL, query.urlencode(), content_type="application/x-www-form-urlencoded")


def test_staff_add_a_partner_with_two_services_and_two_locations_and_see_it_at_once(
    staff, sesto, ispra, arabic
):
    response = post(staff, {**partner_form(sesto, ispra, arabic), "action-publish": "action-publish"})
    assert response.status_code == 302, response.content.decode()[:3000]

    partner = Partner.objects.get(slug="casa-aperta")
    assert partner.live
    assert [s.service_type for s in partner.services.all()] == ["cercare-casa", "mediazione"]
    assert list(partner.services.first().languages.values_list("code", flat=True)) == ["ar"]
    assert [p.municipality.name for p in partner.locations.all()] == ["Sesto Calende", "Ispra"]

    listing = staff.get("/partner/", {"argomento": "mediazione", "comune": "ispra"}).content.decode()
    assert "Associazione Casa Aperta" in listing
    assert "Lunedì e mercoledì, 9:00–12:00" in listing
    detail = staff.get("/partner/casa-aperta/").content.decode()
    assert "Parlano con il proprietario per te." in detail
    from partners.services import partners_for_topic

    assert [p.name for p in partners_for_topic("cercare-casa")] == ["Associazione Casa Aperta"]


def test_a_partner_saved_as_draft_is_not_public(staff, client, sesto, ispra, arabic):
    response = post(staff, partner_form(sesto, ispra, arabic))  # "Save draft"
    assert response.status_code == 302
    partner = Partner.objects.get(slug="casa-aperta")
    assert not partner.live
    staff.logout()
    assert "Casa Aperta" not in staff.get("/partner/").content.decode()
    assert staff.get("/partner/casa-aperta/").status_code == 404
    assert "Casa Aperta" not in staff.get("/partner/dati.json").content.decode()


def test_bad_data_is_refused_with_a_message(staff, sesto, ispra, arabic):
    data = partner_form(sesto, ispra, arabic)
    data["locations-1-longitude"] = ""  # latitude without longitude
    data["locations-0-opening_hours-0-value-closes"] = "08:00"  # closes before it opens
    response = post(staff, {**data, "action-publish": "action-publish"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Scrivi sia la latitudine sia la longitudine, o nessuna delle due." in html
    assert not Partner.objects.filter(slug="casa-aperta").exists()


def test_listing_filters_and_search(staff, ispra):
    create_partner("Sportello uno", places=[ispra])
    create_partner("Bozza due", places=[ispra], live=False)
    html = staff.get("/admin/snippets/partners/partner/").content.decode()
    assert "Sportello uno" in html and "Bozza due" in html
    html = staff.get("/admin/snippets/partners/partner/", {"live": "false"}).content.decode()
    assert "Bozza due" in html and "Sportello uno" not in html


def test_report_lists_partners_not_verified_in_six_months_oldest_first(staff, ispra, monkeypatch):
    today = datetime.date(2026, 11, 29)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: today)
    create_partner("Recente", places=[ispra], verified_on=today - datetime.timedelta(days=30))
    create_partner("Vecchio", places=[ispra], verified_on=today - datetime.timedelta(days=200))
    create_partner("Vecchissimo", places=[ispra], verified_on=today - datetime.timedelta(days=700))
    never = create_partner("Mai verificato", places=[ispra])
    Partner.objects.filter(pk=never.pk).update(verified_on=None)

    response = staff.get("/admin/reports/partner-da-verificare/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Recente" not in html
    positions = [html.index(name) for name in ("Mai verificato", "Vecchissimo", "Vecchio")]
    assert positions == sorted(positions)

    export = staff.get("/admin/reports/partner-da-verificare/", {"export": "csv"})
    assert export.status_code == 200
    content = b"".join(export.streaming_content) if export.streaming else export.content
    assert b"Vecchissimo" in content and b"Recente" not in content


def test_report_needs_the_change_permission(client, site_settings):
    user = get_user_model().objects.create_user("ospite", "ospite@example.org", "password-lunga-1")
    editors = Group.objects.create(name="Solo admin")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(editors)
    client.force_login(user)
    assert client.get("/admin/reports/partner-da-verificare/").status_code in (302, 403)
    editors.permissions.add(Permission.objects.get(codename="change_partner"))
    assert client.get("/admin/reports/partner-da-verificare/").status_code == 200


def test_error_reports_are_listed_in_the_admin(staff, ispra):
    partner = create_partner("Sportello tre", places=[ispra])
    report = ErrorReport.objects.create(partner=partner, message="Il numero è sbagliato")
    html = staff.get("/admin/snippets/partners/errorreport/").content.decode()
    assert "Il numero è sbagliato" in html
    edit = staff.get(f"/admin/snippets/partners/errorreport/edit/{report.pk}/")
    assert edit.status_code == 200


def test_add_edit_and_history_pages_render(staff, ispra):
    assert staff.get(ADD_URL).status_code == 200
    partner = create_partner("Sportello quattro", places=[ispra])
    partner.save_revision().publish()
    edit = staff.get(f"/admin/snippets/partners/partner/edit/{partner.pk}/")
    assert edit.status_code == 200
    assert "Sportello quattro" in edit.content.decode()
    assert staff.get(f"/admin/snippets/partners/partner/history/{partner.pk}/").status_code == 200


def test_preview_shows_the_public_page_with_the_unsaved_data(staff, sesto, ispra, arabic):
    from django.http import QueryDict

    url = "/admin/snippets/partners/partner/preview/"
    query = QueryDict(mutable=True)
    for key, value in partner_form(sesto, ispra, arabic).items():
        if isinstance(value, tuple):
            query.setlist(key, list(value))
        else:
            query[key] = value
    response = staff.post(url, query.urlencode(), content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200 and response.json()["is_valid"]
    preview = staff.get(url).content.decode()
    assert '<h1 id="partner-title">Associazione Casa Aperta</h1>' in preview
    assert "Parlano con il proprietario per te." in preview
    assert not Partner.objects.exists()
