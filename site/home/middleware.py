"""Under ``make run`` (DEBUG=True) a wrong address shows the site's own 404 page, as in production.

Django answers a 404 with its yellow technical page whenever DEBUG is on: a newcomer trying the demo
would never see the page citizens get. Staff (the people debugging) still get Django's page. Only the
development settings install this middleware.
"""

from django.http import Http404
from django.views.defaults import page_not_found


class SiteNotFoundPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, Http404):
            return None
        user = getattr(request, "user", None)
        if user is not None and user.is_staff:
            return None  # Django's technical page: which URL patterns were tried
        return page_not_found(request, exception)
