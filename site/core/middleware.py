"""Client address behind the reverse proxy.

Rate limits (booking, feedback, error reports) and the login lock-out count per client address.
Behind nginx every request comes from 127.0.0.1, so production reads the address nginx puts in
``X-Real-IP`` (``proxy_set_header X-Real-IP $remote_addr``). Only enable this when gunicorn is
reachable from the proxy alone (it binds to 127.0.0.1 in deploy/), or anyone could pick an address.
"""

from django.conf import settings


class RealClientIPMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.header = getattr(settings, "REAL_IP_HEADER", "")

    def __call__(self, request):
        if self.header:
            value = request.META.get(self.header, "").split(",")[0].strip()
            if value:
                request.META["REMOTE_ADDR"] = value
        return self.get_response(request)


class RejectNullCharactersMiddleware:
    """Answer 400 to any request with a NUL character in its path or parameters.

    No person types one; PostgreSQL refuses it in every text query, so without this check any view
    that looks up a raw parameter (``?sportello=``, ``?argomento=``...) would fail with a 500.
    Form fields already refuse it (Django's ProhibitNullCharactersValidator); this covers the rest.
    The admin is left alone: its uploads must not be parsed here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            "\x00" in request.path
            or _has_null(request.GET)
            or (
                request.method == "POST"
                and not request.path.startswith("/admin/")
                and _has_null(request.POST)
            )
        ):
            from django.http import HttpResponseBadRequest

            return HttpResponseBadRequest(
                "Richiesta non valida: contiene caratteri non ammessi.",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


def _has_null(params):
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in params.lists())


class StaticTraversalNotFoundMiddleware:
    """Under ``make run``, a static path that climbs out of its folder (``/static/..%2F..%2Fetc``)
    answers 404, as nginx does in production, instead of a suspicious-operation 400 or a 500."""

    def __init__(self, get_response):
        from django.conf import settings

        self.get_response = get_response
        self.prefix = settings.STATIC_URL or "/static/"

    def __call__(self, request):
        if request.path.startswith(self.prefix) and ".." in request.path.replace("\\", "/").split("/"):
            from django.http import HttpResponseNotFound

            return HttpResponseNotFound("Pagina non trovata.", content_type="text/plain; charset=utf-8")
        return self.get_response(request)
