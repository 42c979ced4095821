"""Invitations: a single-use, expiring link to set a password, then the MFA enrolment."""

import datetime
import re

from django.contrib.auth import get_user_model

import pytest
from django_otp import user_has_device
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from network import permissions, services

from .conftest import NOW

pytestmark = pytest.mark.django_db


def invitation_link(outbox):
    (message,) = [m for m in outbox if "invitiamo" in m.subject]
    return re.search(r"http://\S+/rete/invito/\S+/", message.body).group(0).replace("http://localhost", "")


def accept(client, link, username="nuova"):
    return client.post(
        link,
        {"username": username, "password1": "Una-casa-per-tutti-26", "password2": "Una-casa-per-tutti-26"},
    )


def test_invited_user_sets_password_and_mfa(client, admin_client, union, outbox, settings, clock):
    response = admin_client.post(
        "/admin/rete/inviti/nuovo/", {"partner": union.pk, "email": "Nuova@Sindacato.example.org"}
    )
    assert response.status_code == 302
    settings.MFA_REQUIRED = True
    link = invitation_link(outbox)
    assert outbox[-1].to == ["nuova@sindacato.example.org"]

    page = client.get(link).content.decode()
    assert f"Crea il tuo accesso per {union.name}" in page
    response = accept(client, link)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/mfa/attiva/")

    user = get_user_model().objects.get(username="nuova")
    assert user.email == "nuova@sindacato.example.org"
    assert user.check_password("Una-casa-per-tutti-26")
    assert list(permissions.partners_for(user)) == [union]

    # Staff screens ask for the second factor first.
    assert client.get("/admin/rete/")["Location"].startswith("/admin/mfa/")
    client.get("/admin/mfa/attiva/")
    device = TOTPDevice.objects.get(user=user)
    code = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()
    response = client.post("/admin/mfa/attiva/", {"code": f"{code:06d}"})
    assert "codici di recupero" in response.content.decode().lower()
    assert user_has_device(user)
    assert client.get("/admin/rete/").status_code == 200


def test_invitation_link_works_once(client, union, outbox, admin_user, clock):
    team = services.ensure_team(union)
    services.invite(team, "una@example.org", by=admin_user, now=NOW)
    link = invitation_link(outbox)
    assert accept(client, link, "una").status_code == 302
    client.logout()
    assert client.get(link).status_code == 404
    assert accept(client, link, "due").status_code == 404
    assert not get_user_model().objects.filter(username="due").exists()


def test_invitation_link_expires(client, union, outbox, admin_user, clock):
    team = services.ensure_team(union)
    services.invite(team, "una@example.org", by=admin_user, now=NOW)
    link = invitation_link(outbox)
    clock.shift(datetime.timedelta(days=7, minutes=1))
    response = client.get(link)
    assert response.status_code == 404
    assert "non vale più" in response.content.decode()
    assert accept(client, link).status_code == 404


def test_partner_staff_cannot_invite(client, union_staff):
    client.force_login(union_staff)
    assert client.get("/admin/rete/inviti/nuovo/").status_code in (302, 403)


def test_partner_staff_may_read_the_verified_vacant_buildings(client, union):
    from django.urls import reverse

    from tests.network.conftest import staff_of

    user = staff_of(union, "lucia.sindacato")
    assert user.has_perm("territory.view_verified_buildings")
    client.force_login(user)
    assert client.get(reverse("territory_verified_buildings")).status_code == 200
