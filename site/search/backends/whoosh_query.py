"""Translate modelsearch query objects into Whoosh queries, with the Italian analysis, synonyms and
typo tolerance described in docs/search.md."""

from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText

from .. import synonyms
from .._whoosh import distance
from .._whoosh import query as wq
from ..analysis import AUTOCOMPLETE_MAX, SOURCE_LANGUAGE, content_words, field_suffix, fold, words
from ..store import AUTOCOMPLETE_SUFFIX, FOLDED_SUFFIX, STEMMED_SUFFIX

FOLDED_EXACT_WEIGHT = 0.5  # an exact unstemmed form when the stemmer disagrees ("popolare"/"popolari")
FUZZY_WEIGHT = 0.4  # typo matches count less than real ones
FUZZY_PREFIX = 2  # typos after the first two letters (checking every word of the index is too slow)
SYNONYM_WEIGHT = 0.8  # a synonym counts a little less than the word typed


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

    def __init__(self, backend, reader, field_names, autocomplete=False, language=SOURCE_LANGUAGE):
        self.backend = backend
        self.language = language  # analysis of the query and the index fields it looks in
        self.s = STEMMED_SUFFIX + field_suffix(language)
        self.u = FOLDED_SUFFIX + field_suffix(language)
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
            typed = content_words(query.query_string, self.language)
            units = [self.fuzzy_unit(w.folded, force=True) for w in typed]
            return self.combine(units, query.operator)
        if isinstance(query, Phrase):
            phrase_stems = [w.stem for w in content_words(query.query_string, self.language)]
            if not phrase_stems:
                return wq.NullQuery
            return Union(
                [
                    wq.Phrase(name + self.s, phrase_stems, boost=self.weight(name))
                    if len(phrase_stems) > 1
                    else wq.Term(name + self.s, phrase_stems[0], boost=self.weight(name))
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
        return bool(self._in(self.s, word.stem) or self._in(self.u, word.folded))

    def word_unit(self, word, boost=1.0):
        """The stem in every field that has it; else the exact unstemmed form; else a fuzzy match."""
        stemmed = self._in(self.s, word.stem)
        if stemmed:
            return Union(
                [wq.Term(name + self.s, word.stem, boost=self.weight(name) * boost) for name in stemmed]
            )
        folded = self._in(self.u, word.folded)
        if folded:
            weight = boost * FOLDED_EXACT_WEIGHT
            return Union(
                [wq.Term(name + self.u, word.folded, boost=self.weight(name) * weight) for name in folded]
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
                    name + self.u,
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
            other_words = content_words(alternative.text, self.language)
            units = [self.word_unit(word, boost=SYNONYM_WEIGHT) for word in other_words]
        units = [unit for unit in units if unit is not wq.NullQuery]
        if not units:
            return wq.NullQuery
        return units[0] if len(units) == 1 else wq.And(units)

    def plain_text(self, text, operator):
        query_words = content_words(text, self.language)
        if not query_words:
            return wq.NullQuery
        groups = self.backend.synonym_groups(self.language)
        query_words = [self.via_synonym_list(word, groups) for word in query_words]
        matches = synonyms.find(query_words, groups=groups, language=self.language)
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
        vocabulary = synonyms.vocabulary(groups, self.language)
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
        tokens = words(text, self.language)
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
                    clauses.append(wq.Prefix(name + self.u, prefix, boost=self.weight(name)))
            units.append(Union(clauses))
        return self.combine(units, operator or "and")

    @property
    def field_names_autocomplete(self):
        return [(name, self.backend.has_autocomplete(self.reader, name)) for name in self.field_names]
