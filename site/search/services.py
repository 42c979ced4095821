"""The public search: run a query over every source, merge, paginate, explain an empty result.

Views call ``run_search`` and ``autocomplete`` and get plain Python objects back; nothing here exposes
the search engine, so the same page works on Whoosh, the database backend or OpenSearch.
"""

import logging
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import F

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Site
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from core import pagetree

from . import result_cache, synonyms
from . import sources as registry
from .analysis import SOURCE_LANGUAGE, content_words, normalise_query, query_languages
from .documents import document_language
from .highlight import excerpt, query_stems, terms_in
from .models import ZeroResultQuery

logger = logging.getLogger("sportello.search")

MAX_QUERY_LENGTH = 200
MAX_RESULTS_PER_SOURCE = 100  # ten pages of results: nobody reads further
AUTOCOMPLETE_LIMIT = 8
# Queries that look like personal data are never stored (e-mail, phone, tax code, long numbers).
PERSONAL_DATA = re.compile(
    r"@|\d{5,}|\b[a-z]{6}\d{2}[a-z]\d{2}[a-z]\d{3}[a-z]\b|(\d[\s./-]?){7,}", re.IGNORECASE
)


@dataclass
class Hit:
    title: str
    url: str
    type_key: str
    type_label: str
    excerpt: str  # safe HTML
    topic_label: str = ""
    by_synonym_only: bool = False  # found through a synonym, not through the words typed


@dataclass
class Promotion:
    title: str
    url: str
    description: str


@dataclass
class SearchOutcome:
    query: str
    type_key: str = ""
    topic: str = ""
    hits: list = field(default_factory=list)
    page: object = None  # a Django paginator page (of internal rows); use ``hits`` for display
    total: int = 0
    suggestion: str = ""
    promotions: list = field(default_factory=list)
    also_searched: list = field(default_factory=list)  # synonyms the query was expanded with
    cache_key: str = ""  # set when anonymous results are cached (result_cache)

    @property
    def searched(self):
        return bool(self.query or self.topic or self.type_key)

    @property
    def filtered(self):
        return bool(self.type_key or self.topic)


def clean_query(raw):
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def _site(request):
    return Site.find_for_request(request) if request is not None else None


def _ranked_rows(query, sources, site, type_key, topic):
    """``[(score, order, source, object)]`` across sources, best first."""
    backend = get_search_backend()
    rows = []
    for source_index, source in enumerate(sources):
        queryset = source.queryset(site, type_key=type_key, topic=topic)
        if queryset is None:
            continue
        # Rank with primary keys only: whole objects are fetched for the displayed page alone.
        keys_only = queryset.select_related(None).prefetch_related(None).only(queryset.model._meta.pk.attname)
        if query:
            results = backend.search(query, keys_only, operator="or").annotate_score("_search_score")
            objects = list(results[:MAX_RESULTS_PER_SOURCE])
        elif _orderable(queryset):  # browsing a type or a topic without words
            objects = list(keys_only.order_by("title")[:MAX_RESULTS_PER_SOURCE])
        else:
            objects = []
        for position, obj in enumerate(objects):
            score = getattr(obj, "_search_score", None)
            rows.append((float(score) if score is not None else 0.0, position, source_index, source, obj))
    rows.sort(key=lambda row: (-row[0], row[1], row[2]))
    return rows


def _orderable(queryset):
    try:
        queryset.model._meta.get_field("title")
    except Exception:
        return False
    return True


def _promotions(query, request):
    picks = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    promotions = []
    for pick in picks:
        if pick.page_id and not (pick.page.live and pick.page.get_view_restrictions().count() == 0):
            continue
        url = pick.page.get_url(request=request) if pick.page_id else pick.external_link_url
        promotions.append(Promotion(title=pick.title, url=url or "", description=pick.description or ""))
    return promotions


def run_search(request, raw_query, type_key="", topic="", page_number=1, per_page=None, record=True):
    query = clean_query(raw_query)
    per_page = per_page or getattr(settings, "SEARCH_RESULTS_PER_PAGE", 10)
    outcome = SearchOutcome(query=query, type_key=type_key, topic=topic)
    if not outcome.searched:
        return outcome
    cache_key = None
    if result_cache.usable(request):
        cache_key = result_cache.key(request, query, type_key, topic, page_number, per_page)
        cached = result_cache.get(cache_key)
        if cached is not None:
            first_page = str(page_number) in ("", "1", "None")
            if query and record and first_page:
                zero = cached.total == 0 and not cached.filtered and not cached.promotions
                _record(query, zero=zero)
            return cached
    outcome = _run(request, query, outcome, type_key, topic, page_number, per_page, record)
    if cache_key is not None:
        outcome.cache_key = cache_key  # the rendered page is kept under it too (views.search)
        result_cache.store(cache_key, outcome)
    return outcome


def _run(request, query, outcome, type_key, topic, page_number, per_page, record):
    sources = [s for s in registry.get_sources() if not type_key or type_key in s.type_keys]
    rows = _ranked_rows(query, sources, _site(request), type_key, topic)
    first_page = str(page_number) in ("", "1", "None")

    if query and first_page and not outcome.filtered:
        outcome.promotions = _promotions(query, request)
        promoted_urls = {promotion.url for promotion in outcome.promotions}
    else:
        promoted_urls = set()

    paginator = Paginator(rows, per_page)
    outcome.page = paginator.get_page(page_number)
    outcome.total = paginator.count
    stems_in = _QueryStems(query)
    outcome.hits = _hits(list(outcome.page.object_list), request, stems_in)
    if outcome.hits and query and any(hit.by_synonym_only for hit in outcome.hits):
        # Only worth saying when the synonyms brought results the typed words alone would not.
        terms = [
            term
            for language in query_languages()
            for term in synonyms_for(query, groups=stems_in.groups(language), language=language)
        ]
        outcome.also_searched = list(dict.fromkeys(terms))
    if promoted_urls:
        outcome.hits = [hit for hit in outcome.hits if hit.url not in promoted_urls]

    if query and outcome.total == 0:
        outcome.suggestion = _suggestion(query)
    if query and record and first_page:
        _record(query, zero=outcome.total == 0 and not outcome.filtered and not outcome.promotions)
    return outcome


class _QueryStems:
    """The stems a query marks in each language its results are in (as the index analysed them):
    ``(with synonyms, as typed)``, each language's synonym groups read once per search."""

    def __init__(self, query):
        self.query = query
        self.by_language = {}
        self._groups = {}

    def groups(self, language):
        if language not in self._groups:
            self._groups[language] = synonyms.current_groups(language)
        return self._groups[language]

    def __call__(self, language):
        if language not in self.by_language:
            if not self.query:
                self.by_language[language] = (set(), set())
            else:
                self.by_language[language] = (
                    query_stems(self.query, groups=self.groups(language), language=language),
                    {word.stem for word in content_words(self.query, language)},
                )
        return self.by_language[language]


def _hits(rows, request, stems_in):
    # Result languages from the page tree snapshot's locales (no query); Locale rows otherwise.
    tree = pagetree.current()
    locales = dict(tree.language_codes) if tree is not None else {}
    by_source = {}
    for _score, _position, _index, source, obj in rows:
        by_source.setdefault(id(source), (source, []))[1].append(obj)
    found = {}
    for source, objects in by_source.values():
        for obj, item in zip(objects, source.found(objects, request), strict=True):
            found[(id(source), obj.pk)] = item
    hits = []
    for _score, _position, _index, source, obj in rows:
        item = found[(id(source), obj.pk)]
        language = item.language or document_language(obj, locales)
        stems, own = stems_in(language)
        hits.append(
            Hit(
                title=item.title,
                url=item.url,
                type_key=item.type_key,
                type_label=item.type_label,
                excerpt=excerpt(item.summary, item.text, stems, language=language),
                topic_label=item.topic_label,
                by_synonym_only=bool(stems - own)
                and not terms_in(f"{item.title}\n{item.summary}\n{item.text}", own, language),
            )
        )
    return hits


def _suggestion(query):
    """ "Forse cercavi…", when the backend has a spelling corrector (Whoosh has; others return "")."""
    suggest = getattr(get_search_backend(), "suggest", None)
    if suggest is None:
        return ""
    try:
        suggestion = suggest(query) or ""
    except Exception:
        logger.exception("Spelling suggestion failed")
        return ""
    return "" if normalise_query(suggestion) == normalise_query(query) else suggestion


def _record(query, zero):
    """Count the query for staff: Wagtail's popular searches, and our zero-result counter."""
    if PERSONAL_DATA.search(query):
        return
    try:
        Query.get(query).add_hit()
        if zero:
            normalised = normalise_query(query)
            if normalised:
                with transaction.atomic():
                    counter, _created = ZeroResultQuery.objects.get_or_create(query=normalised)
                    ZeroResultQuery.objects.filter(pk=counter.pk).update(count=F("count") + 1)
    except IntegrityError:  # two first searches at once: the other one counted it
        logger.info("Concurrent first search for a query; one hit not counted")


def autocomplete(request, raw_query, limit=AUTOCOMPLETE_LIMIT):
    """Titles and URLs that start like what the person is typing (for the header search box)."""
    query = clean_query(raw_query)
    if len(query) < 2:
        return []
    backend = get_search_backend()
    site = _site(request)
    suggestions = []
    for source in registry.get_sources():
        queryset = source.queryset(site)
        if queryset is None:
            continue
        for obj in backend.autocomplete(query, queryset)[:limit]:
            suggestions.append(source.light(obj, request))
    return suggestions[:limit]


def synonyms_for(query, groups=None, language=SOURCE_LANGUAGE):
    """The synonym alternatives a query triggers in a language (for the page's "Abbiamo cercato
    anche" note)."""
    words = content_words(query, language)
    found = []
    for match in synonyms.find(words, groups=groups, language=language):
        found.extend(alt.text for alt in match.alternatives[1:])
    return found
