"""The site's languages: which page or URL a reader of each language should get.

Italian is the source and has no URL prefix; the other languages live under ``/en/``, ``/fr/``...
Pages link their own translations; any other view (booking, search, directory) is the same path
under the other prefix. Languages without translated guides (ro, uk) read the Italian page inside
their own interface, with a notice (see ``guides`` templates).
"""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Locale, Page

from core import pagetree


def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


def prefixed(path, language_code=None):
    """A site path ("/cerca/") for the given (or the current) language: "/en/cerca/"."""
    code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    code = translation.get_supported_language_variant(code)
    if code == settings.LANGUAGE_CODE or not path.startswith("/"):
        return path
    if path == f"/{code}" or path.startswith(f"/{code}/"):
        return path
    return f"/{code}{path}"


def content_translated(language_code):
    return language_code == settings.LANGUAGE_CODE or language_code in getattr(
        settings, "SPORTELLO_CONTENT_TRANSLATED_LANGUAGES", ()
    )


def reading_italian():
    """True when the reader's language is the source language (no query)."""
    return (translation.get_language() or settings.LANGUAGE_CODE) == settings.LANGUAGE_CODE


def reader_locale_id():
    """The reader's ``Locale`` pk, from the page tree snapshot when it is available."""
    tree = pagetree.current()
    locale_id = tree.active_locale_id() if tree is not None else None
    return locale_id if locale_id is not None else Locale.get_active().pk


def localized(page):
    """``page.localized`` without its database queries when the reader's language is Italian."""
    if page is None:
        return None
    italian = reading_italian()
    if italian and getattr(page, "locale_id", None) == _default_locale_id():
        return page
    return page.localized


def _default_locale_id():
    from django.core.cache import cache

    key = "sportello:default-locale-id"
    found = cache.get(key)
    if found is None:
        found = Locale.get_default().pk
        cache.set(key, found, 3600)
    return found


def alternates(request, page=None):
    """One entry per language: code, own name, URL of the same content, whether it is current.

    For a page, the URL is its live translation in that language; when there is none, the
    source page under that language's prefix (Wagtail serves it inside the reader's interface).
    Computed once per request (the switcher, the hreflang links and the notice share it).
    """
    current = translation.get_language() or settings.LANGUAGE_CODE
    cache_key = (current, getattr(page, "pk", None))
    cached = getattr(request, "_sportello_alternates", None)
    if cached is not None and cached[0] == cache_key:
        return cached[1]
    entries = _alternates(request, page, current)
    if request is not None:
        request._sportello_alternates = (cache_key, entries)
    return entries


def page_language(request, page):
    """The language of ``page`` itself (from the same query as the alternates)."""
    alternates(request, page)
    return getattr(request, "_sportello_page_language", None)


def _alternates(request, page, current):
    full_path = request.get_full_path() if request is not None else "/"
    match = getattr(request, "resolver_match", None)
    if match is not None and "token" in match.kwargs:
        full_path = "/"  # a personal link (manage token) is never repeated in the page
    translations = {}
    if isinstance(page, Page) and page.pk:
        for other, code in pagetree.live_translations(page):
            translations[code] = other
            if other.pk == page.pk and request is not None:
                request._sportello_page_language = code
    source = translations.get(settings.LANGUAGE_CODE)
    entries = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request=request)
            translated = True
        elif source is not None:
            with translation.override(settings.LANGUAGE_CODE):
                url = prefixed(source.get_url(request=request) or "/", code)
            translated = False
        else:
            url = translate_url(full_path, code)
            translated = True
        entries.append(
            {"code": code, "name": name, "url": url, "current": code == current, "translated": translated}
        )
    return entries


def suggestions(entries):
    """For the first-visit suggestion: each other language this content really exists in, with the
    sentence that offers it written in that language (the reader may not read the current one).

    Rendered in every page (the page cache serves the same HTML to everyone); ``js/language.js``
    shows the one matching the browser's preferred language, unless the reader already chose
    (Django's language cookie) or the page is already in that language."""
    offers = []
    for entry in entries:
        if entry["current"] or not entry["translated"]:
            continue
        with translation.override(entry["code"]):
            offers.append(
                {
                    **entry,
                    "bidi": translation.get_language_bidi(),
                    "text": translation.gettext("Questa pagina c'è anche nella tua lingua: %(language)s.")
                    % {"language": entry["name"]},
                    "open": translation.gettext("Apri la pagina"),
                    "dismiss": translation.gettext("No, grazie"),
                }
            )
    return offers


class TranslationFallbackMiddleware:
    """/en/guide/x/ with no English translation of that guide: serve the Italian page, not a 404.

    The page keeps the reader's interface language and shows the "not translated yet" notice
    (components/language_notice.html). Only GET/HEAD requests under a language prefix that Wagtail
    answered with 404 are retried, by routing the same path through the Italian tree.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        language = translation.get_language() or settings.LANGUAGE_CODE
        prefix = f"/{language}/"
        if language == settings.LANGUAGE_CODE or not request.path.startswith(prefix):
            return response
        fallback = self._serve_source(request, request.path[len(prefix) - 1 :])
        return fallback if fallback is not None else response

    @staticmethod
    def _serve_source(request, path):
        from django.http import Http404

        from wagtail.models import Site

        site = Site.find_for_request(request)
        if site is None or path.startswith(("/admin/", "/static/", "/media/", "/documenti/")):
            return None
        components = [part for part in path.split("/") if part]
        try:
            root = site.root_page.specific
            if root.locale.language_code != settings.LANGUAGE_CODE:
                return None
            found = root.route(request, components)
        except Http404:
            return None
        page, args, kwargs = found.page, found.args, found.kwargs
        if not page.live or page.get_view_restrictions().exists():
            return None  # restricted pages keep Wagtail's own serving (and its checks)
        response = page.serve(request, *args, **kwargs)
        if hasattr(response, "render"):
            response = response.render()
        return response
