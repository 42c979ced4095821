"""The page-feedback form's endpoint: ``POST /valuta/<page id>/`` for any live, public page.

Pages are cached for anonymous visitors (core/cache.py), so their HTML cannot carry a per-visitor
CSRF token. This endpoint is therefore exempt from Django's token check and protects itself the way
the OWASP guidance allows for a form without a session: the browser's ``Origin`` (or, failing that,
``Referer``) must be this site. A forged cross-site post is refused; the form also has a honeypot
and a per-address rate limit, and stores no personal data.

It works without JavaScript. Success redirects back with ``?valutazione=grazie`` (reloading does not
post twice); errors re-render the page with the answers kept.
"""

from urllib.parse import urlsplit

from django.http import Http404, HttpResponseForbidden, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from wagtail.models import Page

from feedback import services
from feedback.forms import FeedbackForm

THANKS_PARAM = "valutazione"
THANKS_VALUE = "grazie"


def same_origin(request):
    source = request.headers.get("Origin") or request.headers.get("Referer") or ""
    if not source or source == "null":
        return False
    return urlsplit(source).netloc == request.get_host()


@csrf_exempt
@never_cache
@require_POST
def feedback(request, page_id):
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    page = page.specific
    if not same_origin(request):
        return HttpResponseForbidden("Richiesta non valida: invia la valutazione dalla pagina del sito.")
    form = FeedbackForm(request.POST)
    if form.is_valid():
        outcome = services.submit(page, form.cleaned_data, client_ip=request.META.get("REMOTE_ADDR", ""))
        if outcome is not services.RATE_LIMITED:
            return HttpResponseRedirect(f"{page.url}?{THANKS_PARAM}={THANKS_VALUE}#valutazione")
        form.add_error(None, "Hai già inviato molte valutazioni. Riprova tra un'ora.")
        status = 429
    else:
        status = 400
    context = page.get_context(request)
    context["feedback_form"] = form
    return TemplateResponse(request, page.get_template(request), context, status=status)
