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

from modelsearch.backends.base import BaseIndex, BaseSearchBackend

from .. import tasks
from .._whoosh import distance
from .._whoosh import query as wq
from ..analysis import SOURCE_LANGUAGE, field_suffix, query_languages, words
from ..documents import content_types, document_key, field_texts, model_label
from ..scoring import Scorer, top
from ..store import AUTOCOMPLETE_SUFFIX, FOLDED_SUFFIX, STEMMED_SUFFIX, IndexStore
from .ranked import (
    LanguagesMixin,
    RankedAutocompleteQueryCompiler,
    RankedQueryCompiler,
    RankedSearchResults,
)
from .whoosh_query import QueryBuilder

logger = logging.getLogger("sportello.search")

DEFAULT_FIELD_BOOSTS = {
    "title": 6.0,
    "name": 6.0,
    "summary": 2.5,
    "intro": 2.0,
    "search_description": 1.5,
    "body": 1.0,
}


class WhooshSearchQueryCompiler(RankedQueryCompiler):
    pass


class WhooshAutocompleteQueryCompiler(RankedAutocompleteQueryCompiler):
    pass


class WhooshSearchResults(RankedSearchResults):
    pass


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
        items = [obj for obj in items if obj is not None]
        if not items:
            return
        if not tasks.is_writer():
            if self.directory:  # update_index on a host that doesn't own the index
                tasks.check_writer()
            tasks.enqueue(
                tasks.update_whoosh_documents,
                self.backend.params,
                model_label(model),
                [str(o.pk) for o in items],
            )
            return
        documents = [self.backend.document(obj) for obj in items]
        for name in self._targets():
            with self.backend.store.writer(name) as writer:
                for document in documents:
                    if self.directory:
                        writer.add_document(**document)  # a new index: nothing to replace
                    else:
                        writer.update_document(**document)

    def delete_item(self, item):
        self.delete_keys([document_key(type(item), item.pk)])

    def delete_keys(self, keys):
        if not tasks.is_writer():
            tasks.enqueue(tasks.delete_whoosh_documents, self.backend.params, list(keys))
            return
        for name in self._targets():
            with self.backend.store.writer(name) as writer:
                for key in keys:
                    writer.delete_by_term("key", key)

    def reset(self):
        tasks.check_writer()
        self.backend.store.reset()


class WhooshRebuilder:
    """``update_index``: fill a fresh directory, then swap it in atomically."""

    def __init__(self, index):
        self.index = index
        self.name = None

    def start(self):
        tasks.check_writer()
        self.name = self.index.backend.store.start_build()
        return WhooshIndex(self.index.backend, directory=self.name)

    def finish(self):
        self.index.backend.store.finish_build(self.name)


class WhooshSearchBackend(LanguagesMixin, BaseSearchBackend):
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
        # What a non-writer process sends with its enqueued updates (JSON: the worker rebuilds this).
        self.params = {
            "PATH": str(path),
            "LOCK_TIMEOUT": float(params.get("LOCK_TIMEOUT", 10)),
            "FIELD_BOOSTS": dict(params.get("FIELD_BOOSTS", {})),
        }
        self.store = IndexStore(path, lock_timeout=float(params.get("LOCK_TIMEOUT", 10)))
        self.field_boosts = {**DEFAULT_FIELD_BOOSTS, **params.get("FIELD_BOOSTS", {})}
        self._synonym_groups = {}
        self._locales = {}

    # Indexing -------------------------------------------------------------------------------------

    def document(self, obj):
        model = type(obj)
        document = {
            "key": document_key(model, obj.pk),
            "pk": str(obj.pk),
            "model": model_label(model),
            "ct": " ".join(content_types(model)),
        }
        suffix = field_suffix(self.document_language(obj))
        for name, (text, autocomplete) in field_texts(obj).items():
            if not text:
                continue
            document[name + STEMMED_SUFFIX + suffix] = text
            document[name + FOLDED_SUFFIX + suffix] = text
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

    def compile(self, compiler, reader):
        """The query in each of ``query_languages()``, each on the fields analysed in that language."""
        names = compiler.field_names(reader)
        languages = [SOURCE_LANGUAGE] if compiler.AUTOCOMPLETE else query_languages()
        builders = [
            QueryBuilder(self, reader, names, autocomplete=compiler.AUTOCOMPLETE, language=language)
            for language in languages
        ]
        built = [builder.build(compiler.query) for builder in builders]
        built = [query for query in built if query is not wq.NullQuery]
        if not built:
            return wq.NullQuery, builders[0]
        return (built[0] if len(built) == 1 else wq.DefaultOr(built)), builders[0]

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
