"""The operator screens: the "Done when" day of an operator, openings, closures, export, numbers,
permissions across sportelli and the audit log."""

import csv
import datetime
import io

from django.core import mail
from django.urls import reverse

from wagtail.models import ModelLogEntry

import openpyxl
import pytest

from booking import slots
from booking.models import Appointment, Closure, Opening, OutgoingMessage
from tests.booking.operators_fixtures import *  # noqa: F403 - fixtures
from tests.booking.operators_fixtures import NOW
from tests.factories.booking_operators import rome

pytestmark = pytest.mark.django_db

AGENDA = "/admin/sportelli/"


def streamed(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def appointment_url(appointment):
    return reverse("booking_operators:appointment", args=[appointment.pk])


def test_operator_day(client, clock, agenda, operator_a, anymail_backend, django_capture_on_commit_callbacks):
    """Logs in, sees today's appointments of their sportello only, marks one attended and one no-show,
    books one for a caller, closes Friday and sees the affected appointments moved and notified."""
    client.force_login(operator_a)
    page = client.get(AGENDA)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Oggi, martedì 3 marzo 2026" in html
    assert agenda["a1"].reference in html and agenda["a2"].reference in html
    assert agenda["b1"].reference not in html  # another sportello
    assert agenda["f1"].reference not in html  # another day
    assert "Maria Bianchi" in html and "03315550202" in html  # contact, for the operator
    assert "Urgente" in html
    mail.outbox.clear()

    # Attended and no-show.
    assert client.post(appointment_url(agenda["a1"]), {"action": "attended"}).status_code == 302
    assert client.post(appointment_url(agenda["a2"]), {"action": "no_show"}).status_code == 302
    assert Appointment.objects.get(pk=agenda["a1"].pk).status == "attended"
    assert Appointment.objects.get(pk=agenda["a2"].pk).status == "no_show"

    # A caller: book on behalf, same rules as online (here, Friday 11:00 at A).
    book_url = reverse("booking_operators:book")
    form = client.get(book_url, {"sportello": agenda["a1"].sportello_id, "argomento": "contratti-e-affitto"})
    assert form.status_code == 200
    slot_key = slots.Slot(0, 0, rome(2026, 3, 6, 11, 0), rome(2026, 3, 6, 11, 30), 2).key
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            book_url,
            {
                "sportello": agenda["a1"].sportello_id,
                "argomento": "contratti-e-affitto",
                "slot": slot_key,
                "name": "Paolo Azzurri",
                "phone": "0331 555 0404",
                "email": "paolo@example.com",
            },
        )
    assert response.status_code == 302
    booked = Appointment.objects.get(name="Paolo Azzurri")
    assert booked.booked_by == operator_a and booked.assigned_operator == operator_a
    assert booked.start == rome(2026, 3, 6, 11, 0)
    confirmation = [m for m in mail.outbox if m.to == ["paolo@example.com"]]
    assert len(confirmation) == 1 and "/prenota/gestisci/" in confirmation[0].body

    # Close next Friday: preview first, then confirm; appointments are moved and told.
    closure_url = reverse("booking_operators:closure")
    data = {
        "sportello": agenda["a1"].sportello_id,
        "start_date": "2026-03-06",
        "end_date": "",
        "reason": "Chiusura straordinaria",
        "then": "sposta",
    }
    preview = client.post(closure_url, data)
    assert preview.status_code == 200
    affected = preview.context["affected"]
    assert {a.pk for a in affected} == {agenda["f1"].pk, agenda["f2"].pk, booked.pk}
    assert not Closure.objects.exists()  # nothing happens before confirming
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(closure_url, {**data, "confirm": "1"})
    assert response.status_code == 302
    assert Closure.objects.get().start_date == datetime.date(2026, 3, 6)
    for item in (agenda["f1"], agenda["f2"], booked):
        item.refresh_from_db()
        assert item.status == "confirmed"
        assert item.start.date() > datetime.date(2026, 3, 6)  # moved after the closure
    told = sorted(m.to[0] for m in mail.outbox if m.subject.startswith("Appuntamento spostato"))
    assert told == ["franco@example.com", "paolo@example.com"]  # f2 has no e-mail: phone them

    # Every action is in the audit log, labelled with the reference, never a name or contact.
    entries = ModelLogEntry.objects.filter(action__startswith="booking.")
    actions = set(entries.values_list("action", flat=True))
    assert {
        "booking.attended",
        "booking.no_show",
        "booking.book_on_behalf",
        "booking.closure",
        "booking.move",
    } <= actions
    for entry in entries:
        text = f"{entry.label} {entry.data}"
        for personal in ("Maria", "Luca", "Paolo", "Azzurri", "0331", "@example.com"):
            assert personal not in text
    assert entries.filter(action="booking.attended").get().label == agenda["a1"].reference


def test_week_view_and_filters(client, clock, agenda, operator_a):
    client.force_login(operator_a)
    week = client.get(AGENDA, {"vista": "settimana", "giorno": "2026-03-04"}).content.decode()
    for key in ("a1", "a2", "f1", "f2"):
        assert agenda[key].reference in week
    only_urgent_topic = client.get(
        AGENDA, {"vista": "settimana", "operatore": operator_a.pk, "stato": "cancelled"}
    )
    assert only_urgent_topic.context["count"] == 0


def test_operator_of_a_cannot_open_b_by_url(client, clock, agenda, operator_a, operator_b):
    client.force_login(operator_a)
    b1 = agenda["b1"]
    assert client.get(appointment_url(b1)).status_code == 404
    assert client.post(appointment_url(b1), {"action": "attended"}).status_code == 404
    assert client.post(appointment_url(b1), {"action": "cancel", "reason": "x"}).status_code == 404
    assert Appointment.objects.get(pk=b1.pk).status == "confirmed"
    assert client.get(AGENDA, {"sportello": b1.sportello_id}).context["count"] == 2  # filter ignored: only A
    opening_b = Opening.objects.filter(sportello=b1.sportello).first()
    assert client.get(reverse("booking_operators:opening_edit", args=[opening_b.pk])).status_code == 404
    assert (
        client.get(reverse("booking_operators:opening_create"), {"sportello": b1.sportello_id}).status_code
        == 404
    )
    closure = client.post(
        reverse("booking_operators:closure"),
        {
            "sportello": b1.sportello_id,
            "start_date": "2026-03-10",
            "reason": "x",
            "then": "annulla",
            "confirm": "1",
        },
    )
    assert closure.status_code == 200 and not Closure.objects.exists()  # not a choice for this operator
    # Operator B sees their own.
    client.force_login(operator_b)
    assert client.get(appointment_url(b1)).status_code == 200
    assert client.get(appointment_url(agenda["a1"])).status_code == 404


def test_non_operators_are_kept_out(client, clock, agenda):
    from tests.factories.booking_operators import UserFactory

    editor = UserFactory(username="redattore")
    client.force_login(editor)
    # Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard.
    for url in (AGENDA, appointment_url(agenda["a1"])):
        response = client.get(url)
        assert response.status_code == 302 and response.url == "/admin/"


def test_coordinator_sees_all_and_exports(client, clock, agenda, coordinator_user, operator_a):
    client.force_login(coordinator_user)
    html = client.get(AGENDA).content.decode()
    assert agenda["a1"].reference in html and agenda["b1"].reference in html
    assert client.get(appointment_url(agenda["b1"])).status_code == 200
    export = reverse("booking_operators:export")
    march = {"day_from": "2026-03-01", "day_to": "2026-03-31"}
    screen = client.get(export, march)
    assert screen.status_code == 200
    html = screen.content.decode()
    assert agenda["a1"].reference in html and "export=csv" in html and "export=xlsx" in html
    assert "Maria Bianchi" not in html  # names and contacts only in the download
    assert not ModelLogEntry.objects.filter(action="booking.export").exists()

    response = client.get(export, {**march, "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "no-store" in response["Cache-Control"]  # the admin never caches
    assert 'filename="appuntamenti-20260301-20260331.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(streamed(response).decode("utf-8-sig"))))
    assert rows[0][:4] == ["codice", "sportello", "data", "ora"]
    assert rows[0][-3:] == ["nome", "telefono", "e-mail"]
    assert {row[0] for row in rows[1:]} == {a.reference for a in agenda.values()}
    maria = next(row for row in rows if row[0] == agenda["a1"].reference)
    assert maria[2:4] == ["03/03/2026", "09:00"] and "Maria Bianchi" in maria
    assert ModelLogEntry.objects.filter(action="booking.export").count() == 1

    # One sportello, one day, in XLSX: a second download, a second audit entry.
    only_b = client.get(
        export,
        {"day_from": "2026-03-03", "day_to": "2026-03-03", "sportello": agenda["b1"].sportello_id}
        | {"export": "xlsx"},
    )
    assert only_b.status_code == 200 and only_b["Content-Type"].startswith("application/vnd.openxml")
    sheet = openpyxl.load_workbook(io.BytesIO(streamed(only_b))).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [agenda["b1"].reference]
    assert ModelLogEntry.objects.filter(action="booking.export").count() == 2

    # Operators may not export.
    client.force_login(operator_a)
    assert client.get(export).url == "/admin/"
    refused = client.get(export, {**march, "export": "csv"})
    assert refused.status_code == 302 and refused.url == "/admin/"
    assert ModelLogEntry.objects.filter(action="booking.export").count() == 2


def test_csv_cells_cannot_run_formulas(client, clock, agenda, coordinator_user):
    Appointment.objects.filter(pk=agenda["a1"].pk).update(name='=HYPERLINK("http://x","y")')
    client.force_login(coordinator_user)
    export = reverse("booking_operators:export")
    day = {"day_from": "2026-03-03", "day_to": "2026-03-03"}
    text = streamed(client.get(export, {**day, "export": "csv"})).decode("utf-8-sig")
    assert """'=HYPERLINK(""http://x"",""y"")""" in text
    assert "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text
    sheet = openpyxl.load_workbook(io.BytesIO(streamed(client.get(export, {**day, "export": "xlsx"})))).active
    cells = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert '\'=HYPERLINK("http://x","y")' in cells


def test_cancel_move_notes_assign_from_the_appointment_page(
    client, clock, agenda, operator_a, anymail_backend, django_capture_on_commit_callbacks
):
    client.force_login(operator_a)
    f1 = agenda["f1"]
    page = client.get(appointment_url(f1))
    assert page.status_code == 200 and f1.reference in page.content.decode()
    assert "Conferma: inviato il" in page.content.decode()
    # Cancel needs a reason.
    assert client.post(appointment_url(f1), {"action": "cancel", "reason": ""}).status_code == 200
    # Move.
    new_key = slots.Slot(0, 0, rome(2026, 3, 10, 10, 0), rome(2026, 3, 10, 10, 30), 2).key
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(appointment_url(f1), {"action": "move", "slot": new_key}).status_code == 302
    f1.refresh_from_db()
    assert f1.start == rome(2026, 3, 10, 10, 0)
    assert [m.to for m in mail.outbox] == [["franco@example.com"]]
    # Notes stay out of the log.
    client.post(appointment_url(f1), {"action": "notes", "internal_notes": "Porta il contratto"})
    f1.refresh_from_db()
    assert f1.internal_notes == "Porta il contratto"
    assert "contratto" not in str(
        ModelLogEntry.objects.filter(action="booking.notes").values_list("data", "label")
    )
    # Cancel: the citizen is told, with the reason.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(appointment_url(f1), {"action": "cancel", "reason": "Operatore in malattia"})
    f1.refresh_from_db()
    assert f1.status == "cancelled" and f1.cancelled_by == "operator" and f1.cancelled_by_user == operator_a
    assert len(mail.outbox) == 1 and "Motivo: Operatore in malattia" in mail.outbox[0].body
    assert OutgoingMessage.objects.filter(appointment=f1, kind="cancellation").count() == 1


def test_openings_without_jargon(client, clock, sportello_a, operator_a):
    client.force_login(operator_a)
    create = reverse("booking_operators:opening_create")
    assert client.get(create, {"sportello": sportello_a.pk}).status_code == 200
    bad = client.post(
        create,
        {
            "sportello": sportello_a.pk,
            "weekdays": ["0"],
            "start_time": "12:00",
            "end_time": "09:00",
            "every": "1",
            "slot_minutes": "30",
            "capacity": "1",
            "first_day": "2026-03-09",
            "last_day": "2026-06-30",
        },
    )
    assert bad.status_code == 200
    assert "L&#x27;ora di fine deve essere dopo" in bad.content.decode()
    response = client.post(
        create,
        {
            "sportello": sportello_a.pk,
            "weekdays": ["0", "2"],
            "start_time": "14:00",
            "end_time": "16:00",
            "every": "2",
            "slot_minutes": "20",
            "capacity": "1",
            "first_day": "2026-03-09",
            "last_day": "2026-06-30",
            "topics": ["cercare-casa"],
        },
    )
    assert response.status_code == 302
    new = Opening.objects.filter(slot_minutes=20).select_related("event", "event__rule")
    assert new.count() == 2
    monday = new.get(event__start__week_day=2)
    assert monday.event.calendar == sportello_a.calendar
    assert monday.event.rule.frequency == "WEEKLY" and "interval:2" in monday.event.rule.params
    assert monday.describe().startswith("ogni 2 settimane, il lunedì")
    free = slots.free_slots(
        sportello_a, NOW, topic="cercare-casa", start=rome(2026, 3, 9), end=rome(2026, 3, 10)
    )
    assert [s.start.strftime("%H:%M") for s in free] == ["14:00", "14:20", "14:40", "15:00", "15:20", "15:40"]
    # Change it: later start, one more seat, ends earlier.
    edit = reverse("booking_operators:opening_edit", args=[monday.pk])
    assert client.get(edit).status_code == 200
    client.post(
        edit,
        {
            "start_time": "15:00",
            "end_time": "16:00",
            "every": "1",
            "slot_minutes": "30",
            "capacity": "2",
            "last_day": "2026-04-30",
            "topics": [],
        },
    )
    monday.refresh_from_db()
    monday.event.refresh_from_db()
    assert monday.capacity == 2 and monday.topics == []
    free = slots.free_slots(sportello_a, NOW, start=rome(2026, 3, 9), end=rome(2026, 3, 10))
    assert [s.start.strftime("%H:%M") for s in free] == ["15:00", "15:30"]
    assert ModelLogEntry.objects.filter(action="booking.opening_create").count() == 2
    assert client.get(reverse("booking_operators:openings")).status_code == 200


def test_closure_can_cancel_instead_of_moving(
    client, clock, agenda, operator_a, anymail_backend, django_capture_on_commit_callbacks
):
    client.force_login(operator_a)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("booking_operators:closure"),
            {
                "sportello": agenda["f1"].sportello_id,
                "start_date": "2026-03-06",
                "end_date": "2026-03-06",
                "reason": "Festa del patrono",
                "then": "annulla",
                "confirm": "1",
            },
        )
    for key in ("f1", "f2"):
        assert Appointment.objects.get(pk=agenda[key].pk).status == "cancelled"
    assert [m.to for m in mail.outbox] == [["franco@example.com"]]
    assert "Motivo: Festa del patrono" in mail.outbox[0].body


def test_numbers_for_planning_have_no_personal_data(client, clock, agenda, operator_a):
    Appointment.objects.filter(pk=agenda["a1"].pk).update(status="attended")
    Appointment.objects.filter(pk=agenda["a2"].pk).update(status="no_show")
    client.force_login(operator_a)
    period = {"day_from": "2026-02-01", "day_to": "2026-03-31"}
    response = client.get(reverse("booking_operators:numbers"), period)
    assert response.status_code == 200
    numbers = response.context["numbers"]
    assert numbers["total"] == 4  # A only
    assert numbers["no_show_rate"] == 50
    assert numbers["urgent_share"] == 25
    assert numbers["lead_time_median"] is not None
    html = response.content.decode()
    assert html.count('<svg role="img"') == 4
    for personal in ("Maria", "Bianchi", "0331", "@example.com", agenda["a1"].reference):
        assert personal not in html


def test_agenda_queries_do_not_grow_with_appointments(
    client,
    clock,
    agenda,
    operator_a,
    sportello_a,
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
):
    from tests.factories.booking_operators import book

    client.force_login(operator_a)
    client.get(AGENDA, {"vista": "settimana"})  # warm caches (site, permissions)
    with django_assert_max_num_queries(30) as few:  # mostly the admin frame (menu, profile)
        client.get(AGENDA, {"vista": "settimana"})
    with django_capture_on_commit_callbacks(execute=True):
        for hour in (10, 11):
            for minute in (0, 30):
                book(
                    sportello_a,
                    rome(2026, 3, 6, hour, minute),
                    now=NOW - datetime.timedelta(days=7),
                    phone=f"0331 7{hour}{minute}",
                    email="",
                )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(AGENDA, {"vista": "settimana"})
    assert response.context["count"] == 8


def test_menu_shows_the_agenda_to_operators_only(client, clock, agenda, operator_a):
    from tests.factories.booking_operators import UserFactory

    client.force_login(operator_a)
    menu = client.get("/admin/").content.decode()
    assert "Sportelli" in menu and "/admin/sportelli/" in menu  # the "Sportelli" menu: Agenda...
    assert "/admin/sportelli/elenco/" in menu  # ... and Appuntamenti (the viewset)
    assert "/admin/sportelli/esporta/" not in menu  # export is for coordinators
    client.force_login(UserFactory(username="redattrice"))
    assert "/admin/sportelli/" not in client.get("/admin/").content.decode()
