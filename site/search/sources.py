"""What the public search page searches: a registry of "sources".

A source says which objects may be found (a queryset the database filters), how to label them (the
``tipo`` filter: ``guida``, ``pagina``, ``partner``) and how to show them. Wagtail pages are registered
here; a non-page model is one line, for example in ``partners/apps.py``'s ``ready()``::

    register(ModelSource("partners.Partner", type_key="partner", topic_lookup="services__topic"))

Nothing here imports another app's models: they are looked up by label.
"""

import logging
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist

from wagtail.models import Page

from core import cache as page_cache
from core.languages import localized
from core.topics import TOPICS_BY_SLUG

from .analysis import query_languages
from .documents import document_key, field_texts

logger = logging.getLogger("sportello.search")
TEXTS_TIMEOUT = 24 * 60 * 60

TYPE_LABELS = {"guida": "Guida", "pagina": "Pagina", "partner": "Partner", "sportello": "Sportello"}
GUIDE_MODEL = "guides.GuidePage"
SUMMARY_FIELDS = ("summary", "intro", "search_description", "description")


def _model(label):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def _topic_label(slug):
    topic = TOPICS_BY_SLUG.get(slug or "")
    return topic.label if topic else ""


def split_texts(obj, title_field="title"):
    """(summary text, rest of the text) of an object, from its search fields, for the excerpt."""
    texts = {name: text for name, (text, _ac) in field_texts(obj).items() if text and name != title_field}
    summary = next((texts.pop(name) for name in SUMMARY_FIELDS if name in texts), "")
    return summary, " ".join(texts.values())


def _texts_key(obj, generation, language):
    """A cache key that changes when the object is published again (or a shared snippet changes);
    None for objects without a publication date, which are never cached."""
    published = getattr(obj, "last_published_at", None)
    if published is None:
        return None
    return f"search:texts:{generation}:{language}:{document_key(type(obj), obj.pk)}:{published.timestamp()}"


def split_texts_many(objects, title_field="title", load=None, language=""):
    """``split_texts`` of each object, reading the texts of published objects from the cache.

    Walking a page's StreamField for its text is the slowest part of a result list; the text only
    changes when the page is published again, so it is kept (one cache round trip per list).
    ``load(objects)`` may return ``{pk: full object}`` for those not in the cache (e.g. specific
    pages), so complete rows are only read for them. ``language`` is the one the objects are shown
    in, when that is not their own (snippets translated for the reader).
    """
    try:
        generation = page_cache.generation()
        keys = [_texts_key(obj, generation, language) for obj in objects]
        cached = cache.get_many([key for key in keys if key])
    except Exception:  # a cache outage only makes the search slower
        logger.exception("search: texts cache unavailable")
        keys, cached = [None] * len(objects), {}
    uncached = [obj for obj, key in zip(objects, keys, strict=True) if not key or key not in cached]
    full = load(uncached) if load and uncached else {}
    texts, missing = [], {}
    for obj, key in zip(objects, keys, strict=True):
        value = cached.get(key) if key else None
        if value is None:
            value = split_texts(full.get(obj.pk, obj), title_field=title_field)
            if key:
                missing[key] = value
        texts.append(value)
    if missing:
        try:
            cache.set_many(missing, TEXTS_TIMEOUT)
        except Exception:
            logger.exception("search: texts cache unavailable")
    return texts


@dataclass
class Found:
    """One result, as plain values for templates and JSON."""

    title: str
    url: str
    type_key: str
    summary: str
    text: str
    topic: str = ""
    language: str = ""  # the language the texts are shown in, when not the object's own

    @property
    def type_label(self):
        return TYPE_LABELS.get(self.type_key, self.type_key)

    @property
    def topic_label(self):
        return _topic_label(self.topic)


class PageSource:
    """Live, public Wagtail pages of the current site; guides are ``guida``, the rest ``pagina``."""

    key = "pagine"
    type_keys = ("guida", "pagina")
    model = Page

    def _guide_content_type(self):
        model = _model(GUIDE_MODEL)
        return ContentType.objects.get_for_model(model) if model else None

    def queryset(self, site, type_key="", topic=""):
        pages = Page.objects.live().public()
        if site is not None:
            # The reader's language: its translated tree, or the Italian one when there is none;
            # with a translated tree, also the Italian pages not translated into it yet.
            root = site.root_page
            local_root = localized(root)
            local = pages.descendant_of(local_root, inclusive=True)
            if local_root.pk != root.pk:
                translated = Page.objects.filter(locale_id=local_root.locale_id, live=True)
                untranslated = pages.descendant_of(root, inclusive=True).exclude(
                    translation_key__in=translated.values("translation_key")
                )
                local = local | untranslated
            pages = local
        guide_type = self._guide_content_type()
        if type_key == "guida" or topic:
            if guide_type is None:
                return None
            pages = pages.filter(content_type=guide_type)
        elif type_key == "pagina" and guide_type is not None:
            pages = pages.exclude(content_type=guide_type)
        if topic:
            guide_model = guide_type.model_class()
            if not _has_field(guide_model, "topic"):
                return None
            pages = pages.filter(pk__in=guide_model.objects.filter(topic=topic).values("pk"))
        return pages

    def _topics(self, pages):
        """``{page pk: topic slug}`` of the guides among ``pages``, in one small query."""
        guide_type = self._guide_content_type()
        guide_model = guide_type.model_class() if guide_type else None
        ids = [page.pk for page in pages if guide_type and page.content_type_id == guide_type.pk]
        if not ids or not _has_field(guide_model, "topic"):
            return {}
        return dict(guide_model.objects.filter(pk__in=ids).values_list("pk", "topic"))

    def type_of(self, page):
        guide_type = self._guide_content_type()
        return "guida" if guide_type and page.content_type_id == guide_type.pk else "pagina"

    def found(self, objects, request):
        """``Found`` items for base ``Page`` objects, in order. Specific pages (with their
        StreamFields) are only read for results whose text is not cached yet."""

        def load(missing):
            ids = [page.pk for page in missing]
            return {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}

        # The ranked objects may carry only their keys: read the base rows (no StreamField) at once.
        base = Page.objects.in_bulk([page.pk for page in objects])
        objects = [base.get(page.pk, page) for page in objects]
        texts = split_texts_many(objects, load=load)
        topics = self._topics(objects)
        items = []
        for page, (summary, text) in zip(objects, texts, strict=True):
            items.append(
                Found(
                    title=page.title,
                    url=page.get_url(request=request) or "",
                    type_key=self.type_of(page),
                    summary=summary,
                    text=text,
                    topic=topics.get(page.pk, ""),
                )
            )
        return items

    def light(self, page, request):
        """Title, URL and type only (autocomplete): no extra query per page."""
        return {"title": page.title, "url": page.get_url(request=request) or "", "type": self.type_of(page)}


class ModelSource:
    """Any indexed model with ``get_absolute_url()`` (a snippet such as ``partners.Partner``).

    ``load(pks)``, if given, returns ``{pk: object}`` with the texts in the reader's language (the
    partners' translated public texts); without it the objects are shown as they are."""

    def __init__(self, label, type_key, title_field=None, topic_lookup=None, queryset=None, load=None):
        self.label = label
        self.load = load
        self.key = type_key
        self.type_keys = (type_key,)
        self.title_field = title_field
        self.topic_lookup = topic_lookup
        self._queryset = queryset

    @property
    def model(self):
        return _model(self.label)

    def queryset(self, site, type_key="", topic=""):
        model = self.model
        if model is None or (type_key and type_key != self.key):
            return None
        objects = self._queryset() if self._queryset else model.get_indexed_objects()
        if topic:
            if not self.topic_lookup:
                return None
            objects = objects.filter(pk__in=model.objects.filter(**{self.topic_lookup: topic}).values("pk"))
        return objects

    def _title(self, obj):
        return getattr(obj, self.title_field) if self.title_field else str(obj)

    def found(self, objects, request):
        pks = [obj.pk for obj in objects]
        full = self.load(pks) if self.load else self.model._default_manager.in_bulk(pks)
        objects = [full.get(obj.pk, obj) for obj in objects]
        language = query_languages()[0] if self.load else ""
        texts = split_texts_many(objects, title_field=self.title_field or "title", language=language)
        items = []
        for obj, (summary, text) in zip(objects, texts, strict=True):
            items.append(
                Found(
                    title=self._title(obj),
                    url=obj.get_absolute_url(),
                    type_key=self.key,
                    summary=summary,
                    text=text,
                    language=language,
                )
            )
        return items

    def light(self, obj, request):
        return {"title": self._title(obj), "url": obj.get_absolute_url(), "type": self.key}


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


_sources = [PageSource()]


def register(source):
    """Add a source to the search page (replacing one with the same key)."""
    _sources[:] = [existing for existing in _sources if existing.key != source.key] + [source]


def unregister(key):
    _sources[:] = [source for source in _sources if source.key != key]


def get_sources():
    return list(_sources)


def type_choices():
    """``[(type key, label)]`` of every registered source, for the ``tipo`` filter."""
    return [(key, TYPE_LABELS.get(key, key)) for source in _sources for key in source.type_keys]
