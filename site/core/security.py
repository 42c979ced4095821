"""Security middleware: the admin's own Content-Security-Policy, and MFA enforcement on /admin/."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect

from csp.middleware import CSPMiddleware, PolicyParts

ADMIN_PREFIX = "/admin/"
# Reachable with a password only: logging in and out, and the MFA screens themselves.
MFA_EXEMPT_PREFIXES = ("/admin/login/", "/admin/logout/", "/admin/mfa/", "/admin/password_reset/")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict site-wide policy, replaced by ``ADMIN_CONTENT_SECURITY_POLICY`` inside the admin.

    The Wagtail admin relies on inline scripts and styles in places; public pages do not.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            return PolicyParts(
                config=None,
                update=None,
                replace=settings.ADMIN_CONTENT_SECURITY_POLICY,
                nonce=parts.nonce,
            )
        return parts


class AdminMFAMiddleware:
    """Staff must confirm a one-time code before any admin page, when ``MFA_REQUIRED`` is on.

    Runs after django-otp's ``OTPMiddleware``, which sets ``request.user.is_verified()``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            settings.MFA_REQUIRED
            and path.startswith(ADMIN_PREFIX)
            and not path.startswith(MFA_EXEMPT_PREFIXES)
            and request.user.is_authenticated
            and not request.user.is_verified()
        ):
            query = urlencode({"next": request.get_full_path()}) if request.method == "GET" else ""
            return redirect(f"/admin/mfa/?{query}" if query else "/admin/mfa/")
        return self.get_response(request)
