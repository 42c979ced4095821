"""Anonymous page cache, purged on publish through ``wagtail.contrib.frontend_cache``.

Public Wagtail pages are the same for every visitor without a session, so their rendered
responses are kept in Django's cache (Redis in production, shared by every worker) and served
without touching the database. What is never cached: anything with a query string, the admin,
booking and manage pages, search, any request carrying a session (logged-in staff, a booking in
progress), any response that sets a cookie or says ``private``/``no-store``, and pages with view
restrictions.

Invalidation: Wagtail's frontend-cache app calls ``DjangoCacheBackend.purge(url)`` for a page and
its URLs when it is published or unpublished; we add the page's ancestors (a topic page lists its
guides, the home lists the topics). Changes that are not pages (snippets such as partners or the
glossary, site settings) can show up on many pages, so they bump a generation number: every stored
page carries the generation it was rendered in, and an entry from an older generation counts as a
miss, which empties the whole page cache at once. A lookup is one cache round trip (the page and
the current generation are read together), which is what a cache hit costs.
"""

import logging
import uuid
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend

KEY_PREFIX = "pagecache"
GENERATION_KEY = f"{KEY_PREFIX}:generation"
SKIP_COOKIES = ("sessionid", "messages")
# Only Wagtail pages (see mark_cacheable) and views that call allow_caching are ever stored;
# these paths are not even looked up.
NEVER_CACHED_PREFIXES = ("/admin/", "/prenota/", "/cerca/", "/documenti/")
MARK = "_sportello_page_cacheable"
GENERATION_ATTR = "_sportello_cache_generation"  # read by the middleware, reused by fragments
logger = logging.getLogger("sportello.cache")


def timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


def _generation(current=None):
    if current is None:
        cache.add(GENERATION_KEY, 1, None)
        current = cache.get(GENERATION_KEY, 1)
    return current


def generation():
    """The current generation: changes whenever a snippet or setting shown on many pages changes."""
    return _generation()


def fragment_version(request, page):
    """``(timeout, version)`` for a ``{% cache %}`` fragment of ``page`` that only changes when the
    page is published again, a snippet/setting shown on many pages changes (the generation) or any
    page changes (the page tree's token: the fragment may list other pages).

    Previews, pages never published and a cache outage get a one-off version and timeout 0, so
    an editor's draft is never stored nor served from the cache.
    """
    from core import pagetree

    published = getattr(page, "last_published_at", None)
    if not getattr(request, "is_preview", False) and published is not None:
        try:
            current = getattr(request, GENERATION_ATTR, None) or generation()
            tree = pagetree.current()
            if tree is not None:
                return timeout(), f"{published.timestamp()}:{current}:{tree.token}"
        except Exception:
            logger.exception("page cache: generation unavailable")
    return 0, uuid.uuid4().hex


def bump_generation(**kwargs):
    """Invalidate every cached page (a snippet or setting changed), here and in the cache in front."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)
    except Exception:  # the cache being down must never stop an editor from saving
        logger.exception("page cache: could not invalidate")
    ban_front_caches()


def ban_front_caches():
    """Empty every configured cache in front of Django that can be emptied at once (Varnish BAN)."""
    from wagtail.contrib.frontend_cache.utils import get_backends

    for backend in get_backends().values():
        if hasattr(backend, "ban_all"):
            backend.ban_all()


def front_cache_seconds():
    """How long a cache in front (Varnish, deploy/varnish/) may keep a public page: ``s-maxage``."""
    return getattr(settings, "FRONT_CACHE_SECONDS", timeout())


def cache_key(path):
    # One site per deployment: the path is the key, so purges built from the Wagtail Site's
    # hostname match requests whatever Host they came with (ALLOWED_HOSTS limits those).
    return f"{KEY_PREFIX}:page:{path}"


def lookup(path):
    """The stored response for ``path`` if it is from the current generation, and that generation."""
    key = cache_key(path)
    found = cache.get_many([GENERATION_KEY, key])
    generation = _generation(found.get(GENERATION_KEY))
    frozen = found.get(key)
    if frozen is not None and frozen.get("generation") != generation:
        frozen = None
    return frozen, generation


def allow_caching(request):
    """For a Django view whose plain URL is the same for every anonymous visitor and that has no
    form with a CSRF token (the partner directory): its responses may be stored like pages."""
    setattr(request, MARK, True)


def mark_cacheable(request, page):
    """Called from the ``before_serve_page`` hook: only Wagtail pages without restrictions qualify.

    No query when the page tree snapshot knows (core.pagetree); otherwise one: a restriction on
    the page or any ancestor (``Page.get_view_restrictions`` takes two).
    """
    from wagtail.models import PageViewRestriction

    from core import pagetree

    if not PageCacheMiddleware._request_is_cacheable(request):
        return  # not stored anyway: spare the query
    if pagetree.unrestricted(page):
        setattr(request, MARK, True)
        return
    steplen = page.steplen
    paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    if not PageViewRestriction.objects.filter(page__path__in=paths).exists():
        setattr(request, MARK, True)


class PageCacheMiddleware:
    """Serve and store anonymous responses of public pages. Place it right after WhiteNoise."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._request_is_cacheable(request):
            return self.get_response(request)
        if not getattr(settings, "PAGE_CACHE_ENABLED", True):
            response = self.get_response(request)
            if self._response_is_cacheable(request, response):
                self._mark_shared(response)
            return response
        try:
            cached, generation = lookup(request.path)
        except Exception:  # a cache outage degrades to uncached pages, never to an error page
            logger.exception("page cache: lookup failed")
            return self.get_response(request)
        if cached is not None:
            return self._rebuild(cached)
        setattr(request, GENERATION_ATTR, generation)
        response = self.get_response(request)
        if self._response_is_cacheable(request, response):
            self._mark_shared(response)
            try:
                # Stored with the generation read before rendering: if a snippet changed meanwhile,
                # the entry is already stale and the next visitor gets a fresh page.
                cache.set(cache_key(request.path), self._freeze(response, generation), timeout())
                response["X-Page-Cache"] = "miss"
            except Exception:
                logger.exception("page cache: store failed")
        return response

    @staticmethod
    def _mark_shared(response):
        """Tell a shared cache in front that it may keep this response (browsers keep nothing,
        so a purge on publish reaches the next visitor). Without this header Varnish stores nothing."""
        seconds = front_cache_seconds()
        if seconds:
            response["Cache-Control"] = f"public, max-age=0, s-maxage={seconds}"

    @staticmethod
    def _request_is_cacheable(request):
        return (
            request.method in ("GET", "HEAD")
            and not request.META.get("QUERY_STRING")
            and not request.path.startswith(NEVER_CACHED_PREFIXES)
            and not any(name in request.COOKIES for name in SKIP_COOKIES)
        )

    @staticmethod
    def _response_is_cacheable(request, response):
        control = response.get("Cache-Control", "")
        return (
            getattr(request, MARK, False)
            and response.status_code == 200
            and not response.cookies
            and not response.streaming
            and "private" not in control
            and "no-store" not in control
            and getattr(request, "user", None) is not None
            and not request.user.is_authenticated
        )

    @staticmethod
    def _freeze(response, generation):
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        headers = {k: v for k, v in response.items() if k.lower() not in ("set-cookie", "x-page-cache")}
        return {
            "generation": generation,
            "status": response.status_code,
            "headers": headers,
            "content": response.content,
        }

    @staticmethod
    def _rebuild(frozen):
        response = HttpResponse(frozen["content"], status=frozen["status"])
        for name, value in frozen["headers"].items():
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response


class DjangoCacheBackend(BaseBackend):
    """A ``WAGTAILFRONTENDCACHE`` backend that purges ``PageCacheMiddleware``'s entries."""

    def purge(self, url):
        cache.delete(cache_key(urlsplit(url).path or "/"))


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP purger for the shipped Varnish (deploy/varnish/sportello.vcl), with a timeout
    (a cache that does not answer must not hang an editor's publish) and ``ban_all`` for changes
    shown on many pages. Settings: ``{"BACKEND": "core.cache.VarnishBackend", "LOCATION": url}``."""

    TIMEOUT = 5

    def purge(self, url):
        parts = urlsplit(url)
        self._send("PURGE", parts.path or "/", parts.netloc)

    def ban_all(self):
        self._send("BAN", "/", self.cache_netloc)

    def _send(self, method, path, host):
        from urllib.request import Request, urlopen

        target = urlunsplit([self.cache_scheme, self.cache_netloc, path, "", ""])
        request = Request(target, method=method, headers={"Host": host})  # noqa: S310 - http(s) from settings
        try:
            urlopen(request, timeout=self.TIMEOUT).close()  # noqa: S310 - LOCATION comes from settings
        except Exception as error:  # purging is best effort: the page TTL bounds staleness
            logger.error("front cache: %s %s failed: %s", method, path, error)


def purge_page_and_ancestors(instance, **kwargs):
    """Also purge the pages that list this one (topic page, guide index, home)."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    for page in instance.get_ancestors().filter(depth__gt=1).specific(defer=True):
        batch.add_page(page)
    batch.purge()
