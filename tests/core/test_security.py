"""MFA on the admin, lock-out after failed logins, and the Content-Security-Policy."""

import pytest
import time_machine
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "una-password-lunga-123"
T0 = "2026-12-01 09:00:00+01:00"


@pytest.fixture
def mfa_on(settings):
    settings.MFA_REQUIRED = True


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(
        "operatrice", "operatrice@example.org", PASSWORD, is_staff=True, is_superuser=True
    )


def password_login(client, username="operatrice", password=PASSWORD):
    return client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})


def current_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


def enrol(client, staff):
    client.get("/admin/mfa/attiva/")
    device = TOTPDevice.objects.get(user=staff)
    response = client.post("/admin/mfa/attiva/", {"code": current_code(device), "next": "/admin/"})
    return device, response


def test_production_requires_mfa():
    from config.settings import base

    assert base.MFA_REQUIRED is True
    assert "django_otp.middleware.OTPMiddleware" in base.MIDDLEWARE


def test_password_alone_does_not_reach_the_admin(client, staff, mfa_on):
    response = password_login(client)
    assert response.status_code == 302
    for url in ["/admin/", "/admin/pages/", "/admin/snippets/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/mfa/")
    # Without a device, the verification screen sends the user to enrolment.
    assert client.get("/admin/mfa/")["Location"] == "/admin/mfa/attiva/"


@time_machine.travel(T0, tick=False)
def test_enrolment_shows_a_qr_code_then_recovery_codes_and_opens_the_admin(client, staff, mfa_on):
    password_login(client)
    page = client.get("/admin/mfa/attiva/").content.decode()
    assert "<svg" in page and "Attiva la verifica in due passaggi" in page
    device, response = enrol(client, staff)
    device.refresh_from_db()
    assert device.confirmed
    codes = response.context["codes"]
    assert len(codes) == 10 and StaticToken.objects.filter(device__user=staff).count() == 10
    assert codes[0] in response.content.decode()
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_with_a_message(client, staff, mfa_on):
    password_login(client)
    client.get("/admin/mfa/attiva/")
    response = client.post("/admin/mfa/attiva/", {"code": "000000"})
    assert "Codice non valido" in response.content.decode()
    assert not TOTPDevice.objects.get(user=staff).confirmed
    assert client.get("/admin/")["Location"].startswith("/admin/mfa/")


def test_a_replayed_code_is_refused_and_the_next_one_works(client, staff, mfa_on):
    with time_machine.travel(T0, tick=False):
        password_login(client)
        device, _ = enrol(client, staff)
        used_code = current_code(device)
        client.post("/admin/logout/")
        password_login(client)
        response = client.post("/admin/mfa/", {"code": used_code, "next": "/admin/"})
        assert response.status_code == 200
        assert "Codice non valido o già usato" in response.content.decode()
        assert client.get("/admin/").status_code == 302
    with time_machine.travel("2026-12-01 09:01:05+01:00", tick=False):
        device.refresh_from_db()
        device.throttle_reset()
        response = client.post("/admin/mfa/", {"code": current_code(device), "next": "/admin/pages/"})
        assert response["Location"] == "/admin/pages/"
        assert client.get("/admin/").status_code == 200


@time_machine.travel(T0, tick=False)
def test_a_recovery_code_works_once(client, staff, mfa_on):
    password_login(client)
    _, response = enrol(client, staff)
    recovery = response.context["codes"][0]
    for attempt in range(2):
        client.post("/admin/logout/")
        password_login(client)
        response = client.post("/admin/mfa/", {"code": recovery, "next": "/admin/"})
        if attempt == 0:
            assert response.status_code == 302 and client.get("/admin/").status_code == 200
        else:
            assert "Codice non valido" in response.content.decode()


def test_mfa_next_parameter_cannot_redirect_off_site(client, staff, mfa_on):
    with time_machine.travel(T0, tick=False):
        password_login(client)
        device, _ = enrol(client, staff)
        client.post("/admin/logout/")
        password_login(client)
    with time_machine.travel("2026-12-01 09:00:40+01:00", tick=False):
        device.refresh_from_db()
        response = client.post("/admin/mfa/", {"code": current_code(device), "next": "https://evil.example/"})
        assert response["Location"] == "/admin/"


def test_login_locks_out_after_repeated_failures(client, staff, settings):
    settings.AXES_ENABLED = True
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = password_login(client, password="sbagliata")
        assert response.status_code == 200  # the form again, with an error
    assert password_login(client, password="sbagliata").status_code == 429  # the 5th failure locks
    response = password_login(client)  # even the right password is refused now
    assert response.status_code == 429
    assert "Accesso bloccato" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_public_pages_have_a_strict_content_security_policy(client, site_settings):
    policy = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_admin_has_its_own_policy(client, staff):
    client.force_login(staff)
    policy = client.get("/admin/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "frame-ancestors 'self'" in policy


def test_client_address_comes_from_the_proxy_header_only_when_configured(rf, settings):
    from core.middleware import RealClientIPMiddleware

    seen = {}

    def view(request):
        seen["ip"] = request.META["REMOTE_ADDR"]

    request = rf.get("/", HTTP_X_REAL_IP="203.0.113.7", REMOTE_ADDR="127.0.0.1")
    settings.REAL_IP_HEADER = ""
    RealClientIPMiddleware(view)(request)
    assert seen["ip"] == "127.0.0.1"
    settings.REAL_IP_HEADER = "HTTP_X_REAL_IP"
    RealClientIPMiddleware(view)(rf.get("/", HTTP_X_REAL_IP="203.0.113.7", REMOTE_ADDR="127.0.0.1"))
    assert seen["ip"] == "203.0.113.7"


def test_null_characters_get_a_plain_400_not_a_server_error(client, site_settings):
    assert client.get("/prenota/", {"sportello": "a\x00b"}).status_code == 400
    assert client.get("/partner/", {"q": "\x00"}).status_code == 400
    assert client.post("/partner/x/segnala/", {"message": "ciao\x00"}).status_code == 400
    assert client.get("/prenota/", {"sportello": "sesto-calende"}).status_code == 200
