"""Staff review the reports in the admin; staff see full figures; partners read only verified ones."""

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils.text import slugify

import pytest
import time_machine

from core.demo import MUNICIPALITIES
from territory import demo
from territory.models import ObservatorySnapshot, Status, VacantBuilding
from territory.privacy import MIN_CELL
from tests.factories.booking import MunicipalityFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/territory/vacantbuilding/"


@pytest.fixture
def staff(client, site_settings):
    user = get_user_model().objects.create_superuser("sportello", "sportello@example.org", "password-lunga-1")
    client.force_login(user)
    return client


def building(town, address, **fields):
    values = {
        "reporter_role": "cittadino",
        "municipality": town,
        "address": address,
        "kind": "appartamento",
        "ownership": "privata",
        "condition": "pronto",
        **fields,
    }
    return VacantBuilding.objects.create(**values)


def user_with(client, *codenames):
    user = get_user_model().objects.create_user("partner", "partner@example.org", "password-lunga-1")
    group = Group.objects.create(name="Partner della rete")
    group.permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    user.groups.add(group)
    client.force_login(user)
    return client


def test_the_list_filters_by_municipality_and_status(staff, towns):
    building(towns["angera"], "Via Angera 1")
    building(towns["ispra"], "Via Ispra 2", status=Status.VERIFIED)
    building(towns["ispra"], "Via Ispra 3")
    html = staff.get(LIST_URL).content.decode()
    assert all(address in html for address in ("Via Angera 1", "Via Ispra 2", "Via Ispra 3"))
    html = staff.get(LIST_URL, {"municipality": towns["ispra"].pk}).content.decode()
    assert "Via Angera 1" not in html and "Via Ispra 2" in html
    html = staff.get(LIST_URL, {"municipality": towns["ispra"].pk, "status": "verificato"}).content.decode()
    assert "Via Ispra 2" in html and "Via Ispra 3" not in html


def test_staff_change_the_status_and_a_refusal_needs_a_reason(staff, towns):
    item = building(towns["angera"], "Via Roma 1", contact="0331 111111", contact_consent=True)
    edit = f"{LIST_URL}edit/{item.pk}/"
    assert staff.get(edit).status_code == 200
    data = {
        "status": "non-idoneo",
        "unsuitable_reason": "",
        "staff_notes": "Visto il 3 marzo",
        "duplicate_of": "",
        "municipality": towns["angera"].pk,
        "address": "Via Roma 1",
        "kind": "appartamento",
        "ownership": "privata",
        "condition": "grandi-lavori",
        "size_sqm": "",
        "rooms": "",
        "rent_concordato": "no",
        "lend_temporary": "no",
        "description": "",
        "reporter_role": "cittadino",
        "contact_name": "",
        "contact": "0331 111111",
    }
    response = staff.post(edit, data)
    assert response.status_code == 200
    assert "Scrivi perché l&#x27;immobile non è idoneo." in response.content.decode()
    assert VacantBuilding.objects.get().status == Status.REPORTED
    response = staff.post(edit, {**data, "unsuitable_reason": "Tetto crollato"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.status, item.unsuitable_reason, item.staff_notes) == (
        "non-idoneo",
        "Tetto crollato",
        "Visto il 3 marzo",
    )


def test_duplicates_are_shown_and_filterable(staff, towns):
    first = building(towns["angera"], "Via Roma 1")
    building(towns["angera"], "via roma, 1", duplicate_of=first)
    html = staff.get(LIST_URL).content.decode()
    assert f"Doppione di n. {first.pk}" in html
    html = staff.get(LIST_URL, {"duplicate_of__isnull": "true"}).content.decode()
    assert "via roma, 1" not in html and "Via Roma 1" in html


def test_staff_see_small_groups_and_a_formula_safe_csv(staff, towns, make_appointments):
    evil = MunicipalityFactory(name="=1+1", slug="uguale")
    make_appointments(2, dt.date(2026, 2, 3), municipality=evil)
    with time_machine.travel(dt.datetime(2026, 2, 20, tzinfo=dt.UTC), tick=False):
        response = staff.get("/admin/osservatorio/")
        assert response.status_code == 200
        html = response.content.decode()
        assert "non ancora congelati" in html
        assert "<td>2</td>" in html  # the 2 appointments are visible to staff
        export = staff.get("/admin/osservatorio/", {"trimestre": "2026-t1", "formato": "csv"})
    text = export.content.decode("utf-8-sig")
    assert "'=1+1;2" in text
    assert "\n=1+1" not in text and ";=1+1" not in text


def test_staff_freeze_the_last_closed_quarter_once(staff, towns, make_appointments):
    make_appointments(6, dt.date(2026, 2, 3), municipality=towns["angera"])
    with time_machine.travel(dt.datetime(2026, 4, 3, tzinfo=dt.UTC), tick=False):
        assert "Congela e pubblica il 1º trimestre 2026" in staff.get("/admin/osservatorio/").content.decode()
        response = staff.post("/admin/osservatorio/")
        assert response.status_code == 302
        assert staff.get("/osservatorio/").status_code == 200
        make_appointments(10, dt.date(2026, 3, 3), municipality=towns["angera"])
        staff.post("/admin/osservatorio/")
        html = staff.get("/osservatorio/").content.decode()
    assert "In tutto 6 appuntamenti." in html


def test_the_observatory_admin_needs_its_permission(client, site_settings):
    user_with(client)
    assert client.get("/admin/osservatorio/").status_code in (302, 403)


def test_partners_read_only_verified_buildings_without_reporter_data(client, site_settings, towns):
    building(
        towns["angera"],
        "Via Verificata 1",
        status=Status.VERIFIED,
        contact="segreto@example.org",
        contact_consent=True,
        staff_notes="Nota riservata",
    )
    building(towns["angera"], "Via Da Vedere 2")
    partner = user_with(client, "view_verified_buildings")
    response = partner.get("/admin/immobili-verificati/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Via Verificata 1" in html
    assert "Via Da Vedere 2" not in html
    assert "segreto@example.org" not in html and "Nota riservata" not in html
    # They cannot open the full list with the reporters' contacts.
    assert partner.get(LIST_URL).status_code in (302, 403)
    assert partner.get("/admin/osservatorio/").status_code in (302, 403)


def test_someone_without_the_permission_cannot_read_the_verified_list(client, site_settings):
    user_with(client)
    assert client.get("/admin/immobili-verificati/").status_code in (302, 403)


def test_demo_content_is_realistic_clearly_demo_and_idempotent(site_settings):
    for position, name in enumerate(MUNICIPALITIES):
        MunicipalityFactory(name=name, slug=slugify(name), sort_order=position)
    with time_machine.travel(dt.datetime(2026, 12, 2, tzinfo=dt.UTC), tick=False):
        demo.load(None)
        demo.load(None)
    snapshots = list(ObservatorySnapshot.objects.all())
    assert [s.slug for s in snapshots] == ["2026-t3", "2026-t2", "2026-t1", "2025-t4"]
    assert all(s.is_demo for s in snapshots)
    for snapshot in snapshots:
        town = next(t for t in snapshot.published["tables"] if t["id"] == "appuntamenti_per_comune")
        assert 100 < town["total"] < 300
        assert len(town["cells"]) >= 4  # several municipalities, the small ones merged
        for item in snapshot.published["tables"]:
            assert all(cell["count"] >= MIN_CELL for cell in item["cells"])
        appointments = {t["total"] for t in snapshot.published["tables"] if t["dataset"] == "appuntamenti"}
        assert len(appointments) == 1  # every table of one dataset adds up to the same total
    assert VacantBuilding.objects.count() == 4


def test_the_audit_log_label_carries_no_address(staff, towns):
    from wagtail.models import ModelLogEntry

    item = building(towns["angera"], "Via Privata 9")
    data = {
        "status": "verificato",
        "unsuitable_reason": "",
        "staff_notes": "",
        "duplicate_of": "",
        "municipality": towns["angera"].pk,
        "address": "Via Privata 9",
        "kind": "casa",
        "ownership": "privata",
        "condition": "pronto",
        "size_sqm": "",
        "rooms": "",
        "rent_concordato": "si",
        "lend_temporary": "no",
        "description": "",
        "reporter_role": "cittadino",
        "contact_name": "",
        "contact": "3331234567",  # added by staff without the reporter's consent: refused
    }
    response = staff.post(f"{LIST_URL}edit/{item.pk}/", data)
    assert response.status_code == 200
    assert "solo se chi segnala ha dato il consenso" in response.content.decode()
    response = staff.post(f"{LIST_URL}edit/{item.pk}/", {**data, "contact": ""})
    assert response.status_code == 302
    labels = list(ModelLogEntry.objects.values_list("label", flat=True))
    assert labels and all("Via Privata" not in label for label in labels)
