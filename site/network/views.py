"""Public screens of the hub: no login, each reached only through a signed or secret link.

- the invitation (set a password, then the MFA enrolment),
- the one-click "Ancora tutto giusto" of the verification loop,
- tonight's places from the daily e-mail (one tap per number),
- the public list of places for tonight (availability and phone only, never the numbers or notes).

Links are confirmed with a POST (with CSRF) from the page the link opens: mail scanners that follow
links do not confirm anything. No token is written in logs (``Referrer-Policy`` is ``same-origin``).
"""

from functools import wraps

from django.conf import settings
from django.contrib.auth import login
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core import ratelimit

from . import services
from .forms import AcceptInvitationForm
from .models import PartnerTeam

BED_BUTTONS = range(0, 11)
# Requests per hour from one client address to the token link pages (all three together).
LINK_RATE_LIMIT = 30


def link_rate_limited(view):
    """Answer 429 (an Italian page) after ``NETWORK_LINK_RATE_LIMIT`` link requests per hour per client.

    Guessing tokens is hopeless (signed or 256-bit), but a flood of attempts is not welcome; the
    counter keys on a salted hash of the address (``core.ratelimit``), and the token is redacted
    from Django's request logs (``network.redaction``).
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        limit = getattr(settings, "NETWORK_LINK_RATE_LIMIT", LINK_RATE_LIMIT)
        if ratelimit.hit("network-link", ratelimit.client_address(request), limit=limit):
            return render(request, "network/too_many.html", status=429)
        return view(request, *args, **kwargs)

    return wrapped


@never_cache
@require_http_methods(["GET", "POST"])
@link_rate_limited
def invitation(request, token):
    now = timezone.now()
    found = services.find_invitation(token, now)
    if found is None:
        return render(request, "network/link_invalid.html", {"what": "invito"}, status=404)
    form = AcceptInvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.accept_invitation(
            token, username=form.cleaned_data["username"], password=form.cleaned_data["password1"], now=now
        )
        if user is None:
            return render(request, "network/link_invalid.html", {"what": "invito"}, status=404)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect(f"{reverse('mfa_setup')}?next={reverse('network_admin:home')}")
    return render(request, "network/invitation.html", {"form": form, "partner": found.team.partner})


@never_cache
@require_http_methods(["GET", "POST"])
@link_rate_limited
def verify(request, token):
    verification_round = services.verification_round_for(token)
    if verification_round is None:
        return render(request, "network/link_invalid.html", {"what": "link di verifica"}, status=404)
    partner = verification_round.partner
    if request.method == "POST":
        result, partner = services.confirm_listing(token, now=timezone.now())
        return render(request, "network/verify_done.html", {"partner": partner, "result": result})
    if verification_round.confirmed_at:
        return render(
            request, "network/verify_done.html", {"partner": partner, "result": services.VERIFY_ALREADY}
        )
    edit_url = reverse("network_admin:listing_edit", args=[partner.pk])
    return render(request, "network/verify.html", {"partner": partner, "edit_url": edit_url})


@never_cache
@require_http_methods(["GET", "POST"])
@link_rate_limited
def beds(request, token):
    partner = services.partner_for_beds_token(token)
    if partner is None:
        return render(request, "network/link_invalid.html", {"what": "link dei posti"}, status=404)
    saved = None
    if request.method == "POST":
        try:
            value = int(request.POST.get("free_beds", ""))
        except ValueError:
            value = -1
        if 0 <= value <= 500:
            saved = services.update_beds(partner, value, now=timezone.now())
    current = getattr(partner, "bed_count", None)
    return render(
        request,
        "network/beds.html",
        {"partner": partner, "buttons": BED_BUTTONS, "saved": saved, "current": current},
    )


def capacity_json(request):
    """Open data: the shelters' capacity for tonight, HSDS 3.1 ``service_capacity``-shaped, with its time.

    Public data follow the public page: availability (``has_free_places`` is null when unknown or
    older than 24 hours), never the number or the notes.
    """
    now = timezone.now()
    items = []
    for team in PartnerTeam.objects.filter(offers_beds=True, partner__live=True).select_related("partner"):
        capacity = services.hsds_capacity(team.partner, now, public=True)
        if capacity is not None:
            items.append({"organization_id": team.partner.hsds_id, **capacity})
    response = JsonResponse({"generated_at": now.isoformat(timespec="seconds"), "service_capacity": items})
    response["Cache-Control"] = "max-age=300"
    return response


def tonight(request):
    shelters = services.shelters_tonight(timezone.now())
    return render(request, "network/tonight.html", {"shelters": shelters})
