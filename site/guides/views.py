"""The page-feedback form's endpoint.

Guide and topic pages are cached for anonymous visitors (core/cache.py), so their HTML cannot carry
a per-visitor CSRF token. This endpoint is therefore exempt from Django's token check and protects
itself the way the OWASP guidance allows for a form without a session: the browser's ``Origin``
(or, failing that, ``Referer``) must be this site. A forged cross-site post is refused; the form
also has a honeypot and a per-address rate limit, and stores no personal data.
"""

from urllib.parse import urlsplit

from django.http import Http404, HttpResponseForbidden
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from wagtail.models import Page


def same_origin(request):
    source = request.headers.get("Origin") or request.headers.get("Referer") or ""
    if not source or source == "null":
        return False
    return urlsplit(source).netloc == request.get_host()


@csrf_exempt
@never_cache
@require_POST
def feedback(request, page_id):
    from guides.models import FeedbackMixin

    page = Page.objects.live().public().filter(pk=page_id).first()
    page = page.specific if page is not None else None
    if not isinstance(page, FeedbackMixin):
        raise Http404
    if not same_origin(request):
        return HttpResponseForbidden("Richiesta non valida: invia la valutazione dalla pagina del sito.")
    return page.handle_feedback(request)
