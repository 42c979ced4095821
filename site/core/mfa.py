"""Second factor for staff: enrol an authenticator app (TOTP), confirm a code at each login,
or use one of the recovery codes shown once at enrolment.

django-otp does the cryptography, replay protection (a TOTP code is accepted once) and
throttling; these views are the screens around it.
"""

from base64 import b32encode

from django import forms
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

import segno
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10
ADMIN_HOME = "/admin/"


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Codice",
        max_length=16,
        help_text="Il codice di 6 cifre dell'app di autenticazione, oppure un codice di recupero.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


def _next_url(request):
    candidate = request.POST.get("next") or request.GET.get("next") or ADMIN_HOME
    if url_has_allowed_host_and_scheme(candidate, allowed_hosts={request.get_host()}, require_https=False):
        return candidate
    return ADMIN_HOME


@never_cache
@login_required(login_url="/admin/login/")
def verify(request):
    """Ask for the code of an enrolled device; send users without one to enrolment."""
    if not user_has_device(request.user):
        return redirect("mfa_setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = _match(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("code", "Codice non valido o già usato. Controlla l'ora del telefono e riprova.")
    return render(request, "core/mfa_verify.html", {"form": form, "next": _next_url(request)})


def _match(user, code):
    with transaction.atomic():
        for device in devices_for_user(user, for_verify=True):
            allowed, _ = device.verify_is_allowed()
            if allowed and device.verify_token(code):
                return device
    return None


@never_cache
@login_required(login_url="/admin/login/")
def setup(request):
    """Enrol an authenticator app: QR code (and the key as text), then confirm a first code."""
    if user_has_device(request.user):
        return redirect("mfa_verify")
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name="App di autenticazione", confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            with transaction.atomic():
                device.confirmed = True
                device.save()
                codes = _new_recovery_codes(request.user)
            otp_login(request, device)
            return render(
                request, "core/mfa_recovery_codes.html", {"codes": codes, "next": _next_url(request)}
            )
        form.add_error("code", "Codice non valido. Controlla l'ora del telefono e riprova.")
    context = {
        "form": form,
        "next": _next_url(request),
        "qr_svg": segno.make(device.config_url, error="m").svg_inline(
            scale=5, dark="#17324d", light="#ffffff"
        ),
        "secret": " ".join(_chunks(b32encode(device.bin_key).decode(), 4)),
    }
    return render(request, "core/mfa_setup.html", context)


def _new_recovery_codes(user):
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="Codici di recupero", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def _chunks(text, size):
    return [text[i : i + size] for i in range(0, len(text), size)]


urlpatterns = [
    path("", verify, name="mfa_verify"),
    path("attiva/", setup, name="mfa_setup"),
]
