"""Search results kept briefly per normalised query, for anonymous readers.

The same few queries come again and again ("sfratto", "bonus affitto"): for a minute, the second
reader of a query gets the first reader's results without running the engine. Keyed by the
normalised query, the filters, the page, the language and the site, and by a version that changes
whenever a page is published, unpublished or deleted and whenever the page cache's generation
changes (snippets, settings) — so a published change is found at once. Staff never use it.
What the reader searched is still counted (popular searches, searches without results).

The rendered results page is kept beside the results, for the exact address asked (the query as
typed shows in the search box), under the same key and version: a repeated query costs a cache
read and the count, not a render. Readers with a session or messages cookie never get a stored page.
"""

import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.utils import translation

from core import cache as page_cache

from .analysis import normalise_query

logger = logging.getLogger("sportello.search")
VERSION_KEY = "search:results:version"


def seconds():
    return getattr(settings, "SEARCH_RESULTS_CACHE_SECONDS", 60)


def bump(**kwargs):
    try:
        cache.set(VERSION_KEY, uuid.uuid4().hex, None)
    except Exception:  # a cache outage must never stop an editor from publishing
        logger.exception("search cache: could not invalidate")


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(VERSION_KEY, version, None):
            version = cache.get(VERSION_KEY) or version
    return version


def key(request, query, type_key, topic, page_number, per_page):
    from wagtail.models import Site

    site = Site.find_for_request(request) if request is not None else None
    parts = [
        normalise_query(query),
        type_key or "",
        topic or "",
        str(page_number or 1),
        str(per_page),
        translation.get_language() or "",
        str(getattr(site, "pk", "")),
        _version(),
        str(page_cache.generation()),
    ]
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return f"search:results:{digest}"


def usable(request):
    user = getattr(request, "user", None)
    return seconds() > 0 and not (user is not None and user.is_authenticated)


def get(cache_key):
    try:
        return cache.get(cache_key)
    except Exception:
        logger.exception("search cache: lookup failed")
        return None


def store(cache_key, outcome):
    """Keep a picklable copy: the page of engine rows becomes a page of a range of the same size."""
    if outcome.page is not None:
        per_page = outcome.page.paginator.per_page
        outcome.page = Paginator(range(outcome.total), per_page).get_page(outcome.page.number)
    try:
        cache.set(cache_key, outcome, seconds())
    except Exception:
        logger.exception("search cache: store failed")


def page_key(request, outcome):
    """Where the rendered page of ``outcome`` for this address is kept, or None if it may not be."""
    if not outcome.cache_key or any(name in request.COOKIES for name in page_cache.SKIP_COOKIES):
        return None
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"{outcome.cache_key}:page:{digest}"


def get_page(key):
    frozen = get(key)
    if frozen is None:
        return None
    response = HttpResponse(frozen["content"], content_type=frozen["content_type"])
    response["X-Search-Cache"] = "hit"
    return response


def store_page(key, response):
    if response.status_code != 200 or response.cookies:
        return
    try:
        cache.set(key, {"content": response.content, "content_type": response["Content-Type"]}, seconds())
    except Exception:
        logger.exception("search cache: page store failed")
