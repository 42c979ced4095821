"""A Wagtail (modelsearch) search backend on Whoosh, with Italian analysis.

Whoosh ranks, the database filters: a search asks Whoosh for the ranked primary keys of documents of
the queryset's model, then keeps those the queryset itself returns
(``queryset.filter(pk__in=ranked)``), in Whoosh's order. Filters, ``.live()``, ``descendant_of``,
locale and permission restrictions are therefore always exactly the database's.

Configure in ``WAGTAILSEARCH_BACKENDS``::

    "default": {
        "BACKEND": "search.backends.whoosh",
        "PATH": VAR_DIR / "search",      # local disk, never NFS
        "LOCK_TIMEOUT": 10,              # seconds an update waits for another writer
        "FIELD_BOOSTS": {"title": 6, "summary": 2.5},
    }
"""

import logging
from collections import OrderedDict

from django.db.models import Count

from modelsearch.backends.base import (
    BaseIndex,
    BaseSearchBackend,
    BaseSearchQueryCompiler,
    BaseSearchResults,
    FilterFieldError,
)
from modelsearch.index import RelatedFields, SearchField, get_indexed_models
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText

from .. import synonyms
from .._whoosh import distance
from .._whoosh import query as wq
from ..analysis import AUTOCOMPLETE_MAX, content_words, fold, words
from ..documents import content_types, document_key, field_texts, model_label
from ..scoring import Scorer, top
from ..store import AUTOCOMPLETE_SUFFIX, FOLDED_SUFFIX, STEMMED_SUFFIX, IndexStore

logger = logging.getLogger("sportello.search")

DEFAULT_FIELD_BOOSTS = {
    "title": 6.0,
    "name": 6.0,
    "summary": 2.5,
    "intro": 2.0,
    "search_description": 1.5,
    "body": 1.0,
}
FOLDED_EXACT_WEIGHT = 0.5  # an exact unstemmed form when the stemmer disagrees ("popolare"/"popolari")
FUZZY_WEIGHT = 0.4  # typo matches count less than real ones
FUZZY_PREFIX = 2  # typos after the first two letters (checking every word of the index is too slow)
SYNONYM_WEIGHT = 0.8  # a synonym counts a little less than the word typed
RANK_CHUNK = 500  # primary keys checked against the database at a time
FIRST_LIMIT = 50  # Whoosh hits fetched for a first page; more only if the database filters many out


def Union(subqueries, **kwargs):  # noqa: N802 - reads like the query class it builds
    """An Or that always uses Whoosh's union tree, which can skip low-scoring blocks in a top-N search
    (the default Or preloads and scores every posting on indexes under 5,000 documents)."""
    return wq.DefaultOr(subqueries, **kwargs)


def fuzzy_distance(word):
    if len(word) < 4:
        return 0
    return 1 if len(word) <= 6 else 2


class QueryBuilder:
    """Translates modelsearch query objects into Whoosh queries against one reader."""

    def __init__(self, backend, reader, field_names, autocomplete=False):
        self.backend = backend
        self.reader = reader
        self.field_names = field_names
        self.autocomplete = autocomplete
        self.used_fuzzy = False
        self._groups = None

    def weight(self, name):
        return self.backend.field_weight(name)

    def build(self, query, operator="or"):
        if isinstance(query, MatchAll):
            return wq.Every()
        if isinstance(query, PlainText):
            built = (self.autocomplete_text if self.autocomplete else self.plain_text)(
                query.query_string, query.operator
            )
            if query.boost != 1:
                built = Union([built], boost=query.boost)
            return built
        if isinstance(query, Fuzzy):
            units = [self.fuzzy_unit(w.folded, force=True) for w in content_words(query.query_string)]
            return self.combine(units, query.operator)
        if isinstance(query, Phrase):
            phrase_stems = [w.stem for w in content_words(query.query_string)]
            if not phrase_stems:
                return wq.NullQuery
            return Union(
                [
                    wq.Phrase(name + STEMMED_SUFFIX, phrase_stems, boost=self.weight(name))
                    if len(phrase_stems) > 1
                    else wq.Term(name + STEMMED_SUFFIX, phrase_stems[0], boost=self.weight(name))
                    for name in self.field_names
                ]
            )
        if isinstance(query, Boost):
            return Union([self.build(query.subquery)], boost=query.boost)
        if isinstance(query, And):
            return wq.And([self.build(sub) for sub in query.subqueries])
        if isinstance(query, Or):
            return Union([self.build(sub) for sub in query.subqueries])
        if isinstance(query, Not):
            return wq.Not(self.build(query.subquery))
        raise NotImplementedError(f"{type(query).__name__} is not supported by the Whoosh backend.")

    # Plain text -----------------------------------------------------------------------------------

    def _in(self, suffix, text):
        reader = self.reader
        return [name for name in self.field_names if reader.doc_frequency(name + suffix, text)]

    def known(self, word):
        return bool(self._in(STEMMED_SUFFIX, word.stem) or self._in(FOLDED_SUFFIX, word.folded))

    def word_unit(self, word, boost=1.0):
        """The stem in every field that has it; else the exact unstemmed form; else a fuzzy match."""
        stemmed = self._in(STEMMED_SUFFIX, word.stem)
        if stemmed:
            return Union(
                [
                    wq.Term(name + STEMMED_SUFFIX, word.stem, boost=self.weight(name) * boost)
                    for name in stemmed
                ]
            )
        folded = self._in(FOLDED_SUFFIX, word.folded)
        if folded:
            weight = boost * FOLDED_EXACT_WEIGHT
            return Union(
                [
                    wq.Term(name + FOLDED_SUFFIX, word.folded, boost=self.weight(name) * weight)
                    for name in folded
                ]
            )
        return self.fuzzy_unit(word.folded, boost=boost)

    def fuzzy_unit(self, folded, boost=1.0, force=False):
        maxdist = fuzzy_distance(folded) or (1 if force else 0)
        if not maxdist:
            return wq.NullQuery
        self.used_fuzzy = True
        return Union(
            [
                wq.FuzzyTerm(
                    name + FOLDED_SUFFIX,
                    folded,
                    boost=self.weight(name) * boost * FUZZY_WEIGHT,
                    maxdist=maxdist,
                    prefixlength=FUZZY_PREFIX,
                    constantscore=False,
                )
                for name in self.field_names
            ]
        )

    def alternative_unit(self, alternative, typed_words):
        if typed_words is not None:
            units = [self.word_unit(word) for word in typed_words]
        else:
            units = [self.word_unit(word, boost=SYNONYM_WEIGHT) for word in content_words(alternative.text)]
        units = [unit for unit in units if unit is not wq.NullQuery]
        if not units:
            return wq.NullQuery
        return units[0] if len(units) == 1 else wq.And(units)

    def plain_text(self, text, operator):
        query_words = content_words(text)
        if not query_words:
            return wq.NullQuery
        groups = self.backend.synonym_groups()
        query_words = [self.via_synonym_list(word, groups) for word in query_words]
        matches = synonyms.find(query_words, groups=groups)
        units = []
        position = 0
        for match in [*matches, None]:
            stop = match.start if match else len(query_words)
            units.extend(self.word_unit(word) for word in query_words[position:stop])
            if match:
                typed = query_words[match.start : match.end]
                alternatives = [self.alternative_unit(match.alternatives[0], typed)]
                alternatives += [self.alternative_unit(alt, None) for alt in match.alternatives[1:]]
                units.append(Union([alt for alt in alternatives if alt is not wq.NullQuery]))
                position = match.end
        return self.combine(units, operator)

    def via_synonym_list(self, word, groups):
        """A misspelt word that is close to a word of the synonym list becomes that word.

        "cauzzione" is in no page, but close to "cauzione", whose group leads to "deposito cauzionale".
        """
        maxdist = fuzzy_distance(word.folded)
        if not maxdist or self.known(word):
            return word
        vocabulary = synonyms.vocabulary(groups)
        if word.folded in vocabulary:
            return vocabulary[word.folded]
        best = min(
            (
                (distance(word.folded, folded), folded)
                for folded in vocabulary
                if folded[:1] == word.folded[:1]
            ),
            default=None,
        )
        if best and best[0] <= maxdist:
            self.used_fuzzy = True
            return vocabulary[best[1]]
        return word

    def combine(self, units, operator):
        units = [unit for unit in units if unit is not wq.NullQuery]
        if not units:
            return wq.NullQuery
        if len(units) == 1:
            return units[0]
        if operator == "and":
            return wq.And(units)
        return Union(units)

    # Autocomplete ---------------------------------------------------------------------------------

    def autocomplete_text(self, text, operator):
        tokens = words(text)
        units = []
        for position, word in enumerate(tokens):
            last = position == len(tokens) - 1
            if word.stem is None and not last:
                continue  # a complete stop word narrows nothing
            prefix = fold(word.folded)[:AUTOCOMPLETE_MAX]
            clauses = []
            for name, is_autocomplete in self.field_names_autocomplete:
                if is_autocomplete:
                    clauses.append(wq.Term(name + AUTOCOMPLETE_SUFFIX, prefix, boost=self.weight(name)))
                else:
                    clauses.append(wq.Prefix(name + FOLDED_SUFFIX, prefix, boost=self.weight(name)))
            units.append(Union(clauses))
        return self.combine(units, operator or "and")

    @property
    def field_names_autocomplete(self):
        return [(name, self.backend.has_autocomplete(self.reader, name)) for name in self.field_names]


class WhooshSearchQueryCompiler(BaseSearchQueryCompiler):
    DEFAULT_OPERATOR = "or"
    AUTOCOMPLETE = False

    def field_names(self, reader):
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


class WhooshAutocompleteQueryCompiler(WhooshSearchQueryCompiler):
    DEFAULT_OPERATOR = "and"
    AUTOCOMPLETE = True


class WhooshSearchResults(BaseSearchResults):
    supports_facet = True

    @property
    def _model(self):
        return self.query_compiler.queryset.model

    def _match_all(self):
        return isinstance(self.query_compiler.query, MatchAll)

    def ranked(self, limit=None):
        """``([(pk, score), ...], complete)``: Whoosh hits for the queryset's model, best first, and
        whether that is all of them (``limit=None`` asks for all). Cached on the compiler, which the
        sliced clones of these results share."""
        compiler = self.query_compiler
        cached = getattr(compiler, "_whoosh_ranked", None)
        if cached and (cached[1] or (limit is not None and cached[2] >= limit)):
            return cached[0], cached[1]
        ranked = self.backend.rank(compiler, limit=limit)
        complete = limit is None or len(ranked) < limit
        compiler._whoosh_ranked = (ranked, complete, limit or 0)
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

        # Ask Whoosh for the top hits only and keep what the database allows; ask for more only when
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


class WhooshIndex(BaseIndex):
    """The single Whoosh index holding every indexed model (documents carry their model labels)."""

    def __init__(self, backend, directory=None):
        super().__init__(backend)
        self.directory = directory  # None: the live index (plus the one being built, if any)

    def get_key(self):
        return f"whoosh:{self.backend.store.path}:{self.directory or 'live'}"

    def __str__(self):
        return f"whoosh {self.backend.store.path}"

    def _targets(self):
        return [self.directory] if self.directory else self.backend.store.live_targets()

    def add_items(self, model, items):
        documents = [self.backend.document(obj) for obj in items if obj is not None]
        if not documents:
            return
        for name in self._targets():
            with self.backend.store.writer(name) as writer:
                for document in documents:
                    if self.directory:
                        writer.add_document(**document)  # a new index: nothing to replace
                    else:
                        writer.update_document(**document)

    def delete_item(self, item):
        key = document_key(type(item), item.pk)
        for name in self._targets():
            with self.backend.store.writer(name) as writer:
                writer.delete_by_term("key", key)

    def reset(self):
        self.backend.store.reset()


class WhooshRebuilder:
    """``update_index``: fill a fresh directory, then swap it in atomically."""

    def __init__(self, index):
        self.index = index
        self.name = None

    def start(self):
        self.name = self.index.backend.store.start_build()
        return WhooshIndex(self.index.backend, directory=self.name)

    def finish(self):
        self.index.backend.store.finish_build(self.name)


class WhooshSearchBackend(BaseSearchBackend):
    query_compiler_class = WhooshSearchQueryCompiler
    autocomplete_query_compiler_class = WhooshAutocompleteQueryCompiler
    results_class = WhooshSearchResults
    index_class = WhooshIndex
    rebuilder_class = WhooshRebuilder
    # A locked or broken index logs an error; it never makes a publish or a delete fail.
    catch_indexing_errors = True

    def __init__(self, params):
        super().__init__(params)
        from django.conf import settings

        path = params.get("PATH") or (settings.VAR_DIR / "search")
        self.store = IndexStore(path, lock_timeout=float(params.get("LOCK_TIMEOUT", 10)))
        self.field_boosts = {**DEFAULT_FIELD_BOOSTS, **params.get("FIELD_BOOSTS", {})}
        self._synonym_groups = None

    # Indexing -------------------------------------------------------------------------------------

    def document(self, obj):
        model = type(obj)
        document = {
            "key": document_key(model, obj.pk),
            "pk": str(obj.pk),
            "model": model_label(model),
            "ct": " ".join(content_types(model)),
        }
        for name, (text, autocomplete) in field_texts(obj).items():
            if not text:
                continue
            document[name + STEMMED_SUFFIX] = text
            document[name + FOLDED_SUFFIX] = text
            if autocomplete:
                document[name + AUTOCOMPLETE_SUFFIX] = text
        return document

    # Searching ------------------------------------------------------------------------------------

    def field_weight(self, name):
        if name in self.field_boosts:
            return self.field_boosts[name]
        return 1.0

    def has_autocomplete(self, reader, name):
        return (name + AUTOCOMPLETE_SUFFIX) in reader.indexed_field_names()

    def synonym_groups(self):
        if self._synonym_groups is None:
            self._synonym_groups = synonyms.current_groups()
        return self._synonym_groups

    def compile(self, compiler, reader):
        builder = QueryBuilder(self, reader, compiler.field_names(reader), autocomplete=compiler.AUTOCOMPLETE)
        return builder.build(compiler.query), builder

    def rank(self, compiler, limit=None):
        searcher = self.store.searcher()
        whoosh_query, _builder = self.compile(compiler, searcher.reader())
        if whoosh_query is wq.NullQuery:
            return []
        only_model = wq.Term("ct", model_label(compiler.queryset.model))
        column = searcher.reader().column_reader("pk")
        scorer = Scorer(searcher)
        scores = scorer.evaluate(whoosh_query)
        if scores is not None:
            hits = top(scores, scorer.allowed(only_model), limit)
        else:  # a query shape the fast path doesn't cover: Whoosh's own searcher
            results = searcher.search(whoosh_query, limit=limit, filter=only_model, terms=False)
            hits = [(docnum, score) for score, docnum in results.top_n]
        to_python = compiler.queryset.model._meta.pk.to_python
        ranked = []
        for docnum, score in hits:
            value = column[docnum]
            if isinstance(value, bytes):
                value = value.decode()
            ranked.append((to_python(value), score))
        return ranked

    def suggest(self, query_string, model=None):
        """ "Forse cercavi…": the query with each unknown word replaced by the closest indexed word."""
        searcher = self.store.searcher()
        reader = searcher.reader()
        names = [n for n in reader.indexed_field_names() if n.endswith(FOLDED_SUFFIX)]
        if not names:
            return None
        correctors = [searcher.corrector(name) for name in names]
        changed = False
        corrected = []
        for word in words(query_string):
            replacement = word.folded
            if word.stem and not any(reader.doc_frequency(name, word.folded) for name in names):
                candidates = {
                    suggestion
                    for corrector in correctors
                    for suggestion in corrector.suggest(word.folded, limit=3, maxdist=2)
                }
                if candidates:
                    # Closest spelling first, then the word found in more documents.
                    replacement = min(
                        candidates,
                        key=lambda c: (
                            distance(word.folded, c),
                            -sum(reader.doc_frequency(name, c) for name in names),
                            c,
                        ),
                    )
                    changed = True
            corrected.append(replacement)
        return " ".join(corrected) if changed else None

    def document_count(self):
        """``{model label: set of primary keys (as strings)}`` in the live index, for the health check."""
        searcher = self.store.searcher()
        found = {}
        for fields in searcher.all_stored_fields():
            found.setdefault(fields["model"], set()).add(fields["pk"])
        return found


SearchBackend = WhooshSearchBackend
