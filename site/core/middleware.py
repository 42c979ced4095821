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
