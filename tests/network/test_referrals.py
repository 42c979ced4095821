"""Referrals ("invio"): consent, the closed loop of statuses, e-mails, overdue urgent ones, booking."""

import datetime

from django.utils import timezone

import pytest

from booking import services as booking_services
from booking.models import Appointment
from network import services
from network.models import Referral

from .conftest import NOW, referral_fields, rome

pytestmark = pytest.mark.django_db


def form_post(receiver, **overrides):
    data = {
        "receiver": receiver,
        "topic": "sfratto-e-morosita",
        "urgency": "normal",
        "note": "Ha ricevuto lo sfratto.",
        "person_name": "Maria Bianchi",
        "person_phone": "0331 555 0101",
        "person_email": "",
        "contact_by": "phone",
        "consent_given": "on",
        "consent_obtained_by": "Ugo",
        "consent_at": "2026-03-03T07:50",
        "consent_method": "in-person",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_a_referral_without_consent_is_refused(client, union_staff, sportello, operator_user, clock, outbox):
    client.force_login(union_staff)
    response = client.post(
        "/admin/rete/invii/nuovo/", form_post(f"sportello:{sportello.pk}", consent_given=None)
    )
    assert response.status_code == 200
    assert "Senza il consenso della persona" in response.content.decode()
    assert not Referral.objects.exists()
    assert outbox == []
    with pytest.raises(services.ReferralError):
        services.create_referral(
            sender=union_staff, now=NOW, to_sportello=sportello, **referral_fields(consent_given=False)
        )
    assert not Referral.objects.exists()


def test_a_referral_reaches_the_receiver_without_personal_data_in_the_email(
    client, union_staff, union, sportello, operator_user, clock, outbox
):
    client.force_login(union_staff)
    response = client.post("/admin/rete/invii/nuovo/", form_post(f"sportello:{sportello.pk}"))
    referral = Referral.objects.get()
    assert response["Location"] == f"/admin/rete/invii/{referral.pk}/"
    assert referral.sender_partner == union
    assert referral.consent_obtained_by == "Ugo"
    (message,) = outbox
    assert message.to == ["anna@ats.example.org"]
    assert f"Nuovo invio #{referral.pk}" in message.subject
    assert "Maria" not in message.body and "0331 555 0101" not in message.body


def test_each_status_change_emails_the_sender_once(
    client, union_staff, sportello, operator_user, clock, outbox
):
    referral = services.create_referral(
        sender=union_staff, now=NOW, to_sportello=sportello, **referral_fields()
    )
    outbox.clear()
    client.force_login(operator_user)
    client.post(f"/admin/rete/invii/{referral.pk}/", {"action": "accept"})
    client.post(f"/admin/rete/invii/{referral.pk}/", {"action": "accept"})  # a double click
    referral.refresh_from_db()
    assert referral.status == "accepted"
    assert [m.subject for m in outbox] == [f"Invio #{referral.pk}: accettato"]
    assert outbox[0].to == [union_staff.email]

    page = client.post(f"/admin/rete/invii/{referral.pk}/", {"action": "close"}).content.decode()
    assert "Questo campo è obbligatorio" in page or "obbligatorio" in page
    client.post(f"/admin/rete/invii/{referral.pk}/", {"action": "close", "outcome": "helped"})
    client.post(f"/admin/rete/invii/{referral.pk}/", {"action": "close", "outcome": "helped"})
    referral.refresh_from_db()
    assert referral.status == "closed"
    assert [m.subject for m in outbox] == [
        f"Invio #{referral.pk}: accettato",
        f"Invio #{referral.pk}: chiuso",
    ]

    # The sender sees the status and the history.
    client.force_login(union_staff)
    page = client.get(f"/admin/rete/invii/{referral.pk}/").content.decode()
    assert 'data-status="closed"' in page
    assert "Aiutata" in page


def test_decline_needs_a_reason(client, union_staff, sportello, operator_user, clock, outbox):
    referral = services.create_referral(
        sender=union_staff, now=NOW, to_sportello=sportello, **referral_fields()
    )
    outbox.clear()
    client.force_login(operator_user)
    client.post(f"/admin/rete/invii/{referral.pk}/", {"action": "decline", "reason": "other", "note": ""})
    referral.refresh_from_db()
    assert referral.status == "new"
    client.post(
        f"/admin/rete/invii/{referral.pk}/", {"action": "decline", "reason": "out-of-area", "note": ""}
    )
    referral.refresh_from_db()
    assert referral.status == "declined"
    assert referral.get_decline_reason_display() in outbox[0].body


def test_only_sender_and_receiver_see_a_referral(
    client, union_staff, social_staff, sportello, operator_user, clock, db
):
    from tests.factories.booking_operators import operator

    other_operator = operator(username="otto")
    referral = services.create_referral(
        sender=union_staff, now=NOW, to_sportello=sportello, **referral_fields()
    )
    for user in (social_staff, other_operator):
        client.force_login(user)
        for response in (
            client.get(f"/admin/rete/invii/{referral.pk}/"),
            client.post(f"/admin/rete/invii/{referral.pk}/", {"action": "accept"}),
            client.get(f"/admin/rete/invii/{referral.pk}/prenota/"),
        ):
            # 404 for hub users; an operator without sportelli cannot open the hub (sent back home).
            assert response.status_code in (302, 403, 404)
            assert response.status_code != 302 or response["Location"] == "/admin/"
            assert "Maria" not in response.content.decode()
    client.force_login(union_staff)
    assert client.get(f"/admin/rete/invii/{referral.pk}/").status_code == 200
    # The sender cannot accept its own referral.
    assert client.post(f"/admin/rete/invii/{referral.pk}/", {"action": "accept"}).status_code in (302, 403)
    client.force_login(operator_user)
    assert client.get(f"/admin/rete/invii/{referral.pk}/").status_code == 200
    referral.refresh_from_db()
    assert referral.status == "new"


def test_a_partner_receives_and_accepts_a_referral(client, operator_user, union, union_staff, clock, outbox):
    referral = services.create_referral(
        sender=operator_user, now=NOW, to_partner=union, **referral_fields(person_email="")
    )
    assert sorted(m.to[0] for m in outbox) == sorted(["sindacato@example.org", union_staff.email])
    client.force_login(union_staff)
    client.post(f"/admin/rete/invii/{referral.pk}/", {"action": "accept"})
    referral.refresh_from_db()
    assert referral.status == "accepted"
    assert outbox[-1].to == [operator_user.email]


def test_urgent_referral_past_its_time_emails_the_coordinator_once(
    union_staff, sportello, operator_user, coordinator_user, clock, outbox
):
    # Tuesday 16:00: 4 working hours (9-18) end on Wednesday at 11:00.
    clock.move_to(rome(2026, 3, 3, 16, 0))
    referral = services.create_referral(
        sender=union_staff,
        now=timezone.now(),
        to_sportello=sportello,
        **referral_fields(urgency="urgent"),
    )
    assert referral.accept_by == rome(2026, 3, 4, 11, 0)
    outbox.clear()
    clock.move_to(rome(2026, 3, 4, 10, 59))
    assert services.alert_overdue_referrals(timezone.now()) == 0
    clock.move_to(rome(2026, 3, 4, 11, 1))
    assert services.alert_overdue_referrals(timezone.now()) == 1
    assert services.alert_overdue_referrals(timezone.now()) == 0
    clock.move_to(rome(2026, 3, 5, 11, 1))
    assert services.alert_overdue_referrals(timezone.now()) == 0
    assert [m.to for m in outbox] == [["carla@ats.example.org"]]
    assert f"Invio #{referral.pk} non ancora accettato" in outbox[0].subject


def test_accepted_urgent_referral_raises_no_alert(
    union_staff, sportello, operator_user, coordinator_user, clock, outbox
):
    referral = services.create_referral(
        sender=union_staff, now=NOW, to_sportello=sportello, **referral_fields(urgency="urgent")
    )
    services.change_status(referral, Referral.Status.ACCEPTED, by=operator_user, now=NOW)
    assert services.alert_overdue_referrals(NOW + datetime.timedelta(days=3)) == 0


def test_working_hours_skip_the_weekend():
    assert services.add_working_hours(rome(2026, 3, 6, 17, 0), 4) == rome(2026, 3, 9, 12, 0)
    assert services.add_working_hours(rome(2026, 3, 7, 10, 0), 4) == rome(2026, 3, 9, 13, 0)
    assert services.add_working_hours(rome(2026, 3, 3, 7, 0), 4) == rome(2026, 3, 3, 13, 0)


def test_a_referral_becomes_an_appointment_in_one_step(
    client, union_staff, sportello, operator_user, clock, outbox, django_capture_on_commit_callbacks
):
    referral = services.create_referral(
        sender=union_staff, now=NOW, to_sportello=sportello, **referral_fields()
    )
    outbox.clear()
    client.force_login(operator_user)
    page = client.get(f"/admin/rete/invii/{referral.pk}/prenota/").content.decode()
    assert "venerdì 6 marzo, 09:00" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/rete/invii/{referral.pk}/prenota/", {"slot": "2026-03-06T08:00:00Z"})
    assert response.status_code == 302
    referral.refresh_from_db()
    appointment = referral.appointment
    assert appointment.start == rome(2026, 3, 6, 9, 0)
    assert (appointment.name, appointment.phone, appointment.email) == (
        "Maria Bianchi",
        "03315550101",
        "maria.bianchi@example.com",
    )
    assert appointment.booked_by == operator_user
    assert referral.status == "accepted"
    subjects = [m.subject for m in outbox]
    assert any(s.startswith("Appuntamento confermato") for s in subjects)  # the person's normal confirmation
    assert f"Invio #{referral.pk}: accettato" in subjects
    # Booking again the same referral is refused.
    with pytest.raises(services.ReferralError):
        services.book_referral(referral, rome(2026, 3, 6, 9, 30), by=operator_user, now=NOW)


def test_booking_a_referral_keeps_the_seat_rules(union_staff, sportello, operator_user, clock):
    start = rome(2026, 3, 6, 9, 0)
    for phone in ("0331 111", "0331 222"):  # both desks taken
        assert booking_services.book(
            sportello=sportello, start=start, topic="sfratto-e-morosita", name="X", phone=phone, now=NOW
        ).ok
    referral = services.create_referral(
        sender=union_staff, now=NOW, to_sportello=sportello, **referral_fields()
    )
    outcome = services.book_referral(referral, start, by=operator_user, now=NOW)
    assert outcome.status == booking_services.TAKEN
    assert Appointment.objects.filter(start=start, status="confirmed").count() == 2
    referral.refresh_from_db()
    assert referral.appointment is None and referral.status == "new"


def test_personal_data_are_purged_with_the_appointments_rule(union_staff, sportello, operator_user, clock):
    referral = services.create_referral(
        sender=union_staff, now=NOW, to_sportello=sportello, **referral_fields()
    )
    services.change_status(referral, Referral.Status.DECLINED, by=operator_user, now=NOW, reason="full")
    assert services.purge_referrals(now=NOW + datetime.timedelta(days=300)) == 0
    assert services.purge_referrals(now=NOW + datetime.timedelta(days=400)) == 1
    referral.refresh_from_db()
    assert (referral.person_name, referral.person_phone, referral.person_email, referral.note) == (
        "",
        "",
        "",
        "",
    )
    assert referral.status == "declined"  # counts kept
    assert Referral.objects.count() == 1
