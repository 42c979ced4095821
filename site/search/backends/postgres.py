"""A search backend on PostgreSQL full-text search, for sites that run on more than one host.

The index lives in the database (``search_pg_document``, created by migration 0002 only on PostgreSQL),
so every web host and the task worker see the same index and no process owns it. Quality is the
Whoosh backend's, with PostgreSQL doing the work:

- each document analysed in its own language (column ``language``): Italian stemming after accent
  folding (text-search configuration ``sportello_it``: ``unaccent`` then the Snowball Italian
  stemmer), and ``sportello_en``/``fr``/``ro``/``ar``/``uk`` for the other languages (migration
  0004); a query runs in the reader's language on the documents of that language, then in Italian on
  the Italian ones, as on Whoosh; stop words are dropped from the query with the same lists as
  Whoosh (``search.analysis``), so "senza" still counts;
- typo tolerance: a query word no document contains is replaced by the closest word of the
  vocabulary of indexed words (``search_pg_term``), found with ``pg_trgm``'s ``word_similarity`` and
  chosen by edit distance, then by how many documents hold it; words of the synonym list count too;
- the staff's synonyms (``SynonymGroup``) of the query's language, expanded at query time exactly as
  on Whoosh;
- ranking: for each query word (or synonym group) ``ts_rank`` with the field weights (title A,
  summary B, intro C, body D) times the word's inverse document frequency, summed, so a rare word
  counts more than "affitto";
- suggestions ("Forse cercavi…") from the same vocabulary; title prefixes for autocomplete.

Switch with ``SEARCH_BACKEND=postgres`` (``DATABASE_URL`` must point at PostgreSQL), then run
``manage.py update_index`` once.
"""

import math

from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from modelsearch.backends.base import BaseIndex, BaseSearchBackend
from modelsearch.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

from .. import synonyms
from .._whoosh import distance
from ..analysis import (
    AUTOCOMPLETE_MAX,
    INDEXED_LANGUAGES,
    SOURCE_LANGUAGE,
    content_words,
    fold,
    query_languages,
    words,
)
from ..documents import content_types, document_key, field_texts, model_label
from .ranked import (
    LanguagesMixin,
    RankedAutocompleteQueryCompiler,
    RankedQueryCompiler,
    RankedSearchResults,
)

SIMPLE = "sportello_simple"
# ts_rank weights for the classes {D, C, B, A}: body 1, intro 1.75, summary 2.5, title 6 (÷ 6).
RANK_WEIGHTS = "{0.1667, 0.2917, 0.4167, 1.0}"
FIELD_CLASSES = {"title": "A", "name": "A", "summary": "B", "intro": "C", "search_description": "C"}
SYNONYM_WEIGHT = 0.8  # a synonym counts a little less than the word typed
CORRECTED_WEIGHT = 0.6  # a word found through typo correction counts less than one typed right
TRIGRAM_THRESHOLD = 0.5  # word_similarity a vocabulary word needs to be a typo candidate
MIN_TERM_LENGTH = 3


def config(language):
    """The text-search configuration a language is analysed with (migrations 0002 and 0004)."""
    return f"sportello_{language}" if language in INDEXED_LANGUAGES else f"sportello_{SOURCE_LANGUAGE}"


def fuzzy_distance(word):
    if len(word) < 4:
        return 0
    return 1 if len(word) <= 6 else 2


def lexeme(word):
    """A query word as a tsquery operand (words are ``\\w+`` tokens: no quote can occur)."""
    return "'" + word.replace("'", "") + "'"


def conjunction(items):
    items = [item for item in items if item]
    if not items:
        return ""
    return items[0] if len(items) == 1 else "(" + " & ".join(items) + ")"


def disjunction(items):
    items = list(dict.fromkeys(item for item in items if item))
    if not items:
        return ""
    return items[0] if len(items) == 1 else "(" + " | ".join(items) + ")"


class Unit:
    """One scored part of a query: a word, or the alternatives of a synonym group."""

    def __init__(self, typed, others="", weight=1.0):
        self.typed = typed  # tsquery text of the words as typed (or corrected)
        self.others = others  # tsquery text of the other terms of the synonym group, if any
        self.weight = weight

    @property
    def whole(self):
        return disjunction([self.typed, self.others])


class PostgresQueryCompiler(RankedQueryCompiler):
    pass


class PostgresAutocompleteQueryCompiler(RankedAutocompleteQueryCompiler):
    pass


class PostgresSearchResults(RankedSearchResults):
    pass


class PostgresIndex(BaseIndex):
    """The one table holding every indexed model (rows carry their model labels)."""

    def __init__(self, backend, keep=None):
        super().__init__(backend)
        self.keep = keep  # a rebuild's set of written keys

    def get_key(self):
        return "postgres:search_pg_document"

    def __str__(self):
        return "postgres search_pg_document"

    def add_items(self, model, items):
        rows = [self.backend.row(obj) for obj in items if obj is not None]
        if not rows:
            return
        with connection.cursor() as cursor:
            for row in rows:
                cursor.execute(UPSERT, row)
            cursor.execute(ADD_TERMS, [" ".join(row["words"] for row in rows), MIN_TERM_LENGTH])
        if self.keep is not None:
            self.keep.update(row["key"] for row in rows)

    def delete_item(self, item):
        with connection.cursor() as cursor:
            key = document_key(type(item), item.pk)
            cursor.execute("DELETE FROM search_pg_document WHERE key = %s", [key])

    def reset(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_pg_document")
            cursor.execute("DELETE FROM search_pg_term")


# SQL text here is built from module constants and placeholders only; every value is a parameter.
UPSERT = f"""
INSERT INTO search_pg_document (key, object_pk, model, content_types, language, vector, words, prefixes)
VALUES (%(key)s, %(pk)s, %(model)s, %(types)s, %(language)s,
    setweight(to_tsvector(%(config)s::regconfig, %(A)s), 'A')
    || setweight(to_tsvector(%(config)s::regconfig, %(B)s), 'B')
    || setweight(to_tsvector(%(config)s::regconfig, %(C)s), 'C')
    || setweight(to_tsvector(%(config)s::regconfig, %(D)s), 'D'),
    to_tsvector('{SIMPLE}', %(words)s), to_tsvector('{SIMPLE}', %(prefixes)s))
ON CONFLICT (key) DO UPDATE SET object_pk = EXCLUDED.object_pk, model = EXCLUDED.model,
    content_types = EXCLUDED.content_types, language = EXCLUDED.language, vector = EXCLUDED.vector,
    words = EXCLUDED.words, prefixes = EXCLUDED.prefixes
"""  # noqa: S608
ADD_TERMS = f"""
INSERT INTO search_pg_term (term)
SELECT DISTINCT term FROM unnest(tsvector_to_array(to_tsvector('{SIMPLE}', %s))) AS term
WHERE length(term) >= %s AND term ~ '^[[:alpha:]]+$'
ON CONFLICT DO NOTHING
"""  # noqa: S608


class PostgresRebuilder:
    """``update_index``: rewrite every row, then drop rows of objects no longer indexed and words no
    document holds any more. Searches keep working on the old rows meanwhile."""

    def __init__(self, index):
        self.index = index
        self.keep = set()

    def start(self):
        return PostgresIndex(self.index.backend, keep=self.keep)

    def finish(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_pg_document WHERE NOT (key = ANY(%s))", [list(self.keep)])
            cursor.execute(
                "DELETE FROM search_pg_term t WHERE NOT EXISTS (SELECT 1 FROM search_pg_document d "
                "WHERE d.words @@ to_tsquery('simple', quote_literal(t.term)))"
            )


class PostgresSearchBackend(LanguagesMixin, BaseSearchBackend):
    query_compiler_class = PostgresQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler
    results_class = PostgresSearchResults
    index_class = PostgresIndex
    rebuilder_class = PostgresRebuilder

    def __init__(self, params):
        super().__init__(params)
        if connection.vendor != "postgresql":
            raise ImproperlyConfigured(
                "SEARCH_BACKEND=postgres needs DATABASE_URL pointing at PostgreSQL "
                f"(the database is {connection.vendor})."
            )
        self._synonym_groups = {}
        self._locales = {}

    # Indexing -------------------------------------------------------------------------------------

    def row(self, obj):
        model = type(obj)
        classes = {"A": [], "B": [], "C": [], "D": []}
        prefixes = []
        for name, (text, autocomplete) in field_texts(obj).items():
            if not text:
                continue
            classes[FIELD_CLASSES.get(name, "D")].append(text)
            if autocomplete:
                prefixes.append(text)
        texts = {key: " ".join(classes[key]) for key in "ABCD"}
        language = self.document_language(obj)
        return {
            "key": document_key(model, obj.pk),
            "pk": str(obj.pk),
            "model": model_label(model),
            "types": content_types(model),
            "language": language,
            "config": config(language),
            **texts,
            "words": " ".join(texts.values()),
            "prefixes": " ".join(prefixes),
        }

    # Query analysis -------------------------------------------------------------------------------

    def _counts(self, label, expressions, language):
        """``(documents of the model in the language, [of those, documents matching each tsquery
        text])`` in one query."""
        filters = ", ".join(
            "count(*) FILTER (WHERE vector @@ to_tsquery(%s::regconfig, %s))" for _ in expressions
        )
        params = [value for expression in expressions for value in (config(language), expression)]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*){', ' if filters else ''}{filters} FROM search_pg_document "  # noqa: S608
                "WHERE content_types @> ARRAY[%s]::text[] AND language = %s",
                [*params, label, language],
            )
            row = cursor.fetchone()
        return row[0], list(row[1:])

    def correction(self, folded, groups, language=SOURCE_LANGUAGE):
        """The indexed (or synonym-list) word closest to a word no document holds, or None."""
        maxdist = fuzzy_distance(folded)
        if not maxdist:
            return None
        vocabulary = synonyms.vocabulary(groups, language)
        if folded in vocabulary:
            return folded
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT term, (SELECT count(*) FROM search_pg_document "
                "WHERE words @@ to_tsquery('simple', quote_literal(term))) "
                "FROM search_pg_term WHERE word_similarity(%s, term) >= %s "
                "ORDER BY word_similarity(%s, term) DESC LIMIT 20",
                [folded, TRIGRAM_THRESHOLD, folded],
            )
            frequency = dict(cursor.fetchall())
        candidates = set(frequency) | {word for word in vocabulary if word[:1] == folded[:1]}
        scored = sorted(
            (distance(folded, word), -frequency.get(word, 0), word)
            for word in candidates
            if abs(len(word) - len(folded)) <= maxdist
        )
        if scored and scored[0][0] <= maxdist:
            return scored[0][2]
        return None

    def units(self, text, label, language=SOURCE_LANGUAGE):
        """The scored units of a plain-text query in a language, with typos corrected and synonyms
        expanded."""
        query_words = content_words(text, language)
        if not query_words:
            return []
        groups = self.synonym_groups(language)
        _total, found = self._counts(label, [lexeme(word.folded) for word in query_words], language)
        corrected = set()
        for position, (word, count) in enumerate(zip(query_words, found, strict=True)):
            if count:
                continue
            replacement = self.correction(word.folded, groups, language)
            if replacement and replacement != word.folded:
                analysed = content_words(replacement, language)
                query_words[position] = analysed[0] if analysed else word
                corrected.add(position)
        matches = synonyms.find(query_words, groups=groups, language=language)
        units = []
        position = 0
        for match in [*matches, None]:
            stop = match.start if match else len(query_words)
            for index in range(position, stop):
                weight = CORRECTED_WEIGHT if index in corrected else 1.0
                units.append(Unit(lexeme(query_words[index].folded), weight=weight))
            if match:
                typed = conjunction([lexeme(w.folded) for w in query_words[match.start : match.end]])
                others = disjunction(
                    [
                        conjunction([lexeme(w.folded) for w in content_words(alt.text, language)])
                        for alt in match.alternatives[1:]
                    ]
                )
                units.append(Unit(typed, others))
                position = match.end
        return units

    def expression(self, query, language=SOURCE_LANGUAGE):
        """A whole query object as one tsquery text (for And/Or/Not/Phrase shapes)."""
        if isinstance(query, (PlainText, Fuzzy)):
            return disjunction([lexeme(w.folded) for w in content_words(query.query_string, language)])
        if isinstance(query, Phrase):
            return "(" + " <-> ".join(lexeme(w.folded) for w in words(query.query_string, language)) + ")"
        if isinstance(query, Boost):
            return self.expression(query.subquery, language)
        if isinstance(query, And):
            return conjunction([self.expression(sub, language) for sub in query.subqueries])
        if isinstance(query, Or):
            return disjunction([self.expression(sub, language) for sub in query.subqueries])
        if isinstance(query, Not):
            inner = self.expression(query.subquery, language)
            return f"!{inner}" if inner else ""
        raise NotImplementedError(f"{type(query).__name__} is not supported by the PostgreSQL backend.")

    # Searching ------------------------------------------------------------------------------------

    def rank(self, compiler, limit=None):
        label = model_label(compiler.queryset.model)
        if compiler.AUTOCOMPLETE:
            return self._rank_prefixes(compiler, label, limit)
        selects, params = [], []
        for language in query_languages():
            part = self._language_select(compiler, label, language)
            if part:
                selects.append(part[0])
                params += part[1]
        if not selects:
            return []
        sql = (
            "SELECT object_pk, max(score) AS best FROM ("  # noqa: S608
            + " UNION ALL ".join(selects)
            + ") AS hits GROUP BY object_pk ORDER BY best DESC, min(key)"
        )
        return self._fetch(compiler, sql, params, limit)

    def _language_select(self, compiler, label, language):
        """``(SELECT of the scored documents of one language, its parameters)``, or None."""
        query = compiler.query
        if isinstance(query, PlainText):
            units = self.units(query.query_string, label, language)
            operator = (query.operator or compiler.operator or "or").lower()
        else:
            expression = self.expression(query, language)
            units = [Unit(expression)] if expression else []
            operator = "or"
        if not units:
            return None
        total, counts = self._counts(label, [unit.whole for unit in units], language)
        cfg = config(language)
        terms, params = [], []
        rank = f"ts_rank('{RANK_WEIGHTS}', vector, to_tsquery(%s::regconfig, %s), 1)"
        for unit, count in zip(units, counts, strict=True):
            idf = math.log(1 + (total - count + 0.5) / (count + 0.5)) * unit.weight
            if unit.others:
                terms.append(f"%s * GREATEST({rank}, %s * {rank})")
                params += [idf, cfg, unit.typed, SYNONYM_WEIGHT, cfg, unit.others]
            else:
                terms.append(f"%s * {rank}")
                params += [idf, cfg, unit.typed]
        joined = (" & " if operator == "and" else " | ").join(unit.whole for unit in units)
        sql = (
            f"SELECT object_pk, key, {' + '.join(terms)} AS score FROM search_pg_document "  # noqa: S608
            "WHERE content_types @> ARRAY[%s]::text[] AND language = %s "
            "AND vector @@ to_tsquery(%s::regconfig, %s)"
        )
        return sql, [*params, label, language, cfg, joined]

    def _rank_prefixes(self, compiler, label, limit):
        tokens = words(compiler.query.query_string if isinstance(compiler.query, PlainText) else "")
        parts = []
        for position, word in enumerate(tokens):
            if word.stem is None and position != len(tokens) - 1:
                continue  # a complete stop word narrows nothing
            parts.append(lexeme(fold(word.folded)[:AUTOCOMPLETE_MAX]) + ":*")
        if not parts:
            return []
        has_prefixes = any(
            not isinstance(field, str) for field in compiler.queryset.model.get_autocomplete_search_fields()
        )
        column = "prefixes" if has_prefixes else "words"
        sql = (
            f"SELECT object_pk, ts_rank({column}, to_tsquery('{SIMPLE}', %s)) AS score "  # noqa: S608
            f"FROM search_pg_document WHERE content_types @> ARRAY[%s]::text[] "
            f"AND {column} @@ to_tsquery('{SIMPLE}', %s) ORDER BY score DESC, key"
        )
        query = " & ".join(parts)
        return self._fetch(compiler, sql, [query, label, query], limit)

    def _fetch(self, compiler, sql, params, limit):
        if limit is not None:
            sql += " LIMIT %s"
            params = [*params, limit]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        to_python = compiler.queryset.model._meta.pk.to_python
        return [(to_python(pk), float(score)) for pk, score in rows]

    def suggest(self, query_string, model=None):
        """ "Forse cercavi…": the query with each word no document holds replaced by the closest one."""
        tokens = words(query_string)
        content = [word for word in tokens if word.stem]
        if not content:
            return None
        with connection.cursor() as cursor:
            exists = "EXISTS (SELECT 1 FROM search_pg_term WHERE term = %s)"
            cursor.execute(
                "SELECT " + ", ".join(exists for _ in content),  # noqa: S608
                [word.folded for word in content],
            )
            known = dict(zip([word.folded for word in content], cursor.fetchone(), strict=True))
        changed = False
        corrected = []
        for word in tokens:
            replacement = word.folded
            if word.stem and not known[word.folded]:
                found = self.correction(word.folded, ())
                if found:
                    replacement, changed = found, True
            corrected.append(replacement)
        return " ".join(corrected) if changed else None

    def document_count(self):
        """``{model label: set of primary keys (as strings)}`` in the index, for the health check."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT model, object_pk FROM search_pg_document")
            found = {}
            for model, pk in cursor.fetchall():
                found.setdefault(model, set()).add(pk)
        return found


SearchBackend = PostgresSearchBackend
