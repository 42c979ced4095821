"""The page tree as this process last saw it: routing, view restrictions, breadcrumbs and language
alternates answered without a query per request (issue 19).

Serving a guide asked the database the same questions on every request: which site, which
locale root, which page lives at this URL, whether it or an ancestor is restricted, its ancestors
for the breadcrumb, its translations for the language switcher: eight of its twelve queries.
Those answers change only when a page, a view restriction, a site or a locale changes, so each
process keeps one snapshot of the tree fields of every page (base ``Page`` rows, no content) and
reuses it while the token shared in Django's cache is the same. Any such change deletes the token
at once and again after its transaction commits (a process that rebuilt in between, from data not
yet committed, then rebuilds again); the next request in each process builds a new snapshot with
three queries.

Only what the snapshot knows is answered from it: a page it does not hold, or holds at another
place in the tree, and a cache outage go to the database as Wagtail does. The page served is
always read from the database (its specific row), so Wagtail's own check serves nothing that is
no longer live.
"""

import logging
import uuid
from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.http import Http404
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant

VERSION_KEY = "pagetree:version"
logger = logging.getLogger("sportello.cache")
_snapshot = (None, None)  # (token, Tree) of this process


class Tree:
    """Every page's tree fields, with the lookups serving needs."""

    def __init__(self, pages, restricted_ids, locales):
        self.by_id = {page.pk: page for page in pages}
        self.by_url_path = {}
        self.by_path = {}
        self.translations = defaultdict(list)
        for page in pages:
            self.by_url_path.setdefault(page.url_path, page)
            self.by_path[page.path] = page
            self.translations[page.translation_key].append(page)
        self.restricted_ids = frozenset(restricted_ids)
        self.locale_ids = {code: pk for pk, code in locales}
        self.language_codes = dict(locales)
        self.sites = {}
        self.token = None

    @classmethod
    def build(cls):
        from wagtail.models import Locale, Page, PageViewRestriction

        pages = list(Page.objects.order_by("path"))
        restricted = PageViewRestriction.objects.values_list("page_id", flat=True)
        return cls(pages, restricted, list(Locale.objects.values_list("pk", "language_code")))

    def knows(self, page):
        """True if ``page`` is in the snapshot at the same place in the tree."""
        node = self.by_id.get(getattr(page, "pk", None))
        return node is not None and node.path == page.path

    def ancestors(self, page):
        """The ancestors of ``page`` from the root down (as ``Page.get_ancestors``), or None."""
        steplen = page.steplen
        found = [self.by_path.get(page.path[:end]) for end in range(steplen, len(page.path), steplen)]
        return None if None in found else found

    def is_restricted(self, page):
        """As ``Page.get_view_restrictions``: the page or an ancestor (an alias counting as the page
        it is an alias of) carries a view restriction."""
        ancestors = self.ancestors(page)
        if ancestors is None:
            return True  # cannot tell: the database decides
        for node in [page, *ancestors]:
            seen = set()
            while node.alias_of_id is not None and node.pk not in seen:
                seen.add(node.pk)
                node = self.by_id.get(node.alias_of_id)
                if node is None:
                    return True
            if node.pk in self.restricted_ids:
                return True
        return False

    def active_locale_id(self):
        """As ``Locale.get_active()``: the reader's language, else the default one."""
        for code in (translation.get_language(), settings.LANGUAGE_CODE):
            try:
                variant = get_supported_content_language_variant(code)
            except (LookupError, TypeError):
                continue
            if variant in self.locale_ids:
                return self.locale_ids[variant]
        return None

    def localized(self, page, locale_id):
        """As ``Page.localized``: the live translation of ``page`` in the locale, else ``page``."""
        for other in self.translations.get(page.translation_key, ()):
            if other.locale_id == locale_id:
                return other if other.live else page
        return page

    def live_translations(self, page):
        """As ``page.get_translations(inclusive=True).live()``."""
        return [other for other in self.translations.get(page.translation_key, ()) if other.live]

    def site_for(self, request):
        from django.http.request import split_domain_port

        from wagtail.models import Site

        key = (split_domain_port(request._get_raw_host())[0], request.get_port())
        if key not in self.sites:
            self.sites[key] = Site._find_for_request(request)
        return self.sites[key]


def current():
    """This process's snapshot, rebuilt if the shared token changed; None if the cache is down."""
    global _snapshot
    try:
        token = cache.get(VERSION_KEY)
        if token is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex, None)
            token = cache.get(VERSION_KEY)
    except Exception:
        logger.exception("page tree: cache unavailable, reading the database")
        return None
    if token is None:
        return None
    held_token, tree = _snapshot
    if held_token != token:
        tree = Tree.build()
        tree.token = token
        _snapshot = (token, tree)
    return tree


def invalidate(**kwargs):
    """A page, view restriction, site or locale changed: every process rebuilds its snapshot."""
    _forget()
    transaction.on_commit(_forget, robust=True)


def _forget():
    global _snapshot
    _snapshot = (None, None)
    try:
        cache.delete(VERSION_KEY)
    except Exception:  # the cache being down must never stop an editor from saving
        logger.exception("page tree: could not invalidate")


def invalidate_on_page_save(sender, **kwargs):
    from wagtail.models import Page

    if issubclass(sender, Page):
        invalidate()


def unrestricted(page):
    """True when the snapshot knows no view restriction applies to ``page`` (no query)."""
    tree = current()
    return tree is not None and tree.knows(page) and not tree.is_restricted(page)


def url_path_prefixes(url_path, path_components):
    """The URL paths a request for ``path_components`` under ``url_path`` may match, longest first."""
    return [
        url_path + "/".join(path_components[:length]) + "/" for length in range(len(path_components), 0, -1)
    ]


def ancestors(page):
    """``page.get_ancestors()``, from the snapshot when it knows the page."""
    tree = current()
    found = tree.ancestors(page) if tree is not None and tree.knows(page) else None
    return page.get_ancestors() if found is None else found


def live_translations(page):
    """``(page, language code)`` for each live translation of ``page`` (itself included if live)."""
    tree = current()
    if tree is not None and tree.knows(page):
        return [(other, tree.language_codes[other.locale_id]) for other in tree.live_translations(page)]
    found = page.get_translations(inclusive=True).live().select_related("locale")
    return [(other, other.locale.language_code) for other in found]


def route(request, path):
    """``(site, RouteResult)`` for ``path`` from the snapshot and one query, or None.

    The same answer as ``HomePage.route`` from the site's localized root (the deepest page whose
    URL is a prefix of the path, which routes the rest), for roots whose model routes that way
    (``routes_by_url_path``).
    """
    tree = current()
    if tree is None:
        return None
    site = tree.site_for(request)
    root = tree.by_id.get(site.root_page_id) if site is not None else None
    locale_id = tree.active_locale_id()
    if root is None or locale_id is None:
        return None
    root = tree.localized(root, locale_id)
    components = [component for component in path.split("/") if component]
    node = root
    for prefix in url_path_prefixes(root.url_path, components):
        match = tree.by_url_path.get(prefix)
        if match is not None and match.path.startswith(root.path):
            node = match
            break
    else:
        if components:
            return None
    model = ContentType.objects.get_for_id(node.content_type_id).model_class()
    root_model = ContentType.objects.get_for_id(root.content_type_id).model_class()
    if model is None or root_model is None or not getattr(root_model, "routes_by_url_path", False):
        return None
    page = model._default_manager.filter(pk=node.pk).first()
    if page is None or page.path != node.path:
        return None
    try:
        return site, page.route(request, components[node.depth - root.depth :])
    except Http404:
        return None


def serve(request, path):
    """Wagtail's page view, with the route (and the site) found in the snapshot when it can be."""
    from wagtail.views import serve as wagtail_serve

    found = route(request, path)
    if found is not None:
        request._wagtail_site, request._wagtail_route_for_request = found  # Wagtail's own caches
    return wagtail_serve(request, path)


class TreePageMixin:
    """For every page model: view restrictions from the snapshot when it knows there are none."""

    def get_view_restrictions(self):
        if unrestricted(self):
            from wagtail.models import PageViewRestriction

            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
