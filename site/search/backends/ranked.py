"""What every search engine of this project shares: the engine ranks, the database filters.

A search asks the backend's ``rank(compiler, limit)`` for ``[(pk, score), ...]`` of documents of the
queryset's model, best first, then keeps those the queryset itself returns
(``queryset.filter(pk__in=ranked)``), in the engine's order. Filters, ``.live()``, ``descendant_of``,
locale and permission restrictions are therefore always exactly the database's, on Whoosh and on
PostgreSQL alike.
"""

from collections import OrderedDict

from django.db.models import Count

from modelsearch.backends.base import BaseSearchQueryCompiler, BaseSearchResults, FilterFieldError
from modelsearch.index import RelatedFields, SearchField, get_indexed_models
from modelsearch.query import MatchAll

from .. import synonyms
from ..analysis import SOURCE_LANGUAGE
from ..documents import document_language

RANK_CHUNK = 500  # primary keys checked against the database at a time
FIRST_LIMIT = 50  # hits fetched for a first page; more only if the database filters many out


class LanguagesMixin:
    """Which language a document is analysed in, and each language's synonym groups (read once per
    backend): the same on every engine. The backend sets ``_locales = {}`` and ``_synonym_groups = {}``;
    the languages a query runs in are ``analysis.query_languages()``."""

    def document_language(self, obj):
        return document_language(obj, self._locales)

    def synonym_groups(self, language=SOURCE_LANGUAGE):
        if language not in self._synonym_groups:
            self._synonym_groups[language] = synonyms.current_groups(language)
        return self._synonym_groups[language]


class RankedQueryCompiler(BaseSearchQueryCompiler):
    DEFAULT_OPERATOR = "or"
    AUTOCOMPLETE = False

    def field_names(self, reader=None):
        if self.fields:
            return list(self.fields)
        if self.AUTOCOMPLETE:
            names = {
                field.field_name
                for field in self.queryset.model.get_autocomplete_search_fields()
                if not isinstance(field, str)
            }
            if names:
                return sorted(names)
        return family_search_fields(self.queryset.model)


def family_search_fields(model):
    """Search field names of ``model`` and of every indexed model inheriting from it (a Page search
    looks in guide and content page fields too), never fields of unrelated models."""
    names = set()
    for indexed in get_indexed_models():
        if not issubclass(indexed, model):
            continue
        for field in indexed.get_search_fields():
            if isinstance(field, SearchField):
                names.add(field.field_name)
            elif isinstance(field, RelatedFields):
                names.update(
                    f"{field.field_name}__{sub.field_name}"
                    for sub in field.fields
                    if isinstance(sub, SearchField)
                )
    return sorted(names)


class RankedAutocompleteQueryCompiler(RankedQueryCompiler):
    DEFAULT_OPERATOR = "and"
    AUTOCOMPLETE = True


class RankedSearchResults(BaseSearchResults):
    supports_facet = True

    @property
    def _model(self):
        return self.query_compiler.queryset.model

    def _match_all(self):
        return isinstance(self.query_compiler.query, MatchAll)

    def ranked(self, limit=None):
        """``([(pk, score), ...], complete)``: the engine's hits for the queryset's model, best first, and
        whether that is all of them (``limit=None`` asks for all). Cached on the compiler, which the
        sliced clones of these results share."""
        compiler = self.query_compiler
        cached = getattr(compiler, "_ranked", None)
        if cached and (cached[1] or (limit is not None and cached[2] >= limit)):
            return cached[0], cached[1]
        ranked = self.backend.rank(compiler, limit=limit)
        complete = limit is None or len(ranked) < limit
        compiler._ranked = (ranked, complete, limit or 0)
        return ranked, complete

    @staticmethod
    def _ordered_queryset(queryset):
        # A stable order across pages when the caller gave none (as Wagtail's database backend does).
        return queryset if queryset.ordered else queryset.order_by("-pk")

    def _annotate(self, objects, scores):
        if self._score_field:
            for obj in objects:
                setattr(obj, self._score_field, scores.get(obj.pk))
        return objects

    def _do_search(self):
        queryset = self.query_compiler.queryset
        if self._match_all():
            objects = list(self._ordered_queryset(queryset)[self.start : self.stop])
            return self._annotate(objects, {})

        if not self.query_compiler.order_by_relevance:
            ranked, _complete = self.ranked()
            pks = [pk for pk, _ in ranked]
            objects = list(self._ordered_queryset(queryset.filter(pk__in=pks))[self.start : self.stop])
            return self._annotate(objects, dict(ranked))

        # Ask the engine for the top hits only and keep what the database allows; ask for more only when
        # the database filtered out so many that the requested slice isn't full.
        wanted = self.stop
        limit = None if wanted is None else max(FIRST_LIMIT, wanted * 2)
        while True:
            ranked, complete = self.ranked(limit)
            kept = []
            for offset in range(0, len(ranked), RANK_CHUNK):
                chunk = [pk for pk, _ in ranked[offset : offset + RANK_CHUNK]]
                allowed = set(queryset.filter(pk__in=chunk).values_list("pk", flat=True))
                kept.extend(pk for pk in chunk if pk in allowed)
                if wanted is not None and len(kept) >= wanted:
                    break
            if complete or len(kept) >= wanted:
                break
            limit *= 8
        scores = dict(ranked)
        page = kept[self.start : self.stop]
        if not page:
            return []
        by_pk = {obj.pk: obj for obj in queryset.filter(pk__in=page)}
        objects = [by_pk[pk] for pk in page if pk in by_pk]
        return self._annotate(objects, scores)

    def _filtered(self):
        queryset = self.query_compiler.queryset
        if self._match_all():
            return queryset
        return queryset.filter(pk__in=[pk for pk, _ in self.ranked()[0]])

    def _do_count(self):
        queryset = self.query_compiler.queryset
        if self._match_all():
            total = queryset.count()
        else:
            ranked = [pk for pk, _ in self.ranked()[0]]
            total = sum(
                queryset.filter(pk__in=ranked[offset : offset + 10_000]).count()
                for offset in range(0, len(ranked), 10_000)
            )
        start = min(self.start, total)
        stop = total if self.stop is None else min(self.stop, total)
        return max(stop - start, 0)

    def facet(self, field_name):
        field = self.query_compiler._get_filterable_field(field_name)
        if field is None:
            raise FilterFieldError(
                f'Cannot facet search results with field "{field_name}". Please add '
                f'index.FilterField("{field_name}") to {self._model.__name__}.search_fields.',
                field_name=field_name,
            )
        rows = self._filtered().order_by().values(field_name).annotate(count=Count("pk")).order_by("-count")
        return OrderedDict((row[field_name], row["count"]) for row in rows)
