"""Term-at-a-time BM25F scoring for the Whoosh queries our builder makes (the fast path).

Whoosh scores document by document through a tree of matchers: in pure Python that costs tens of
microseconds per posting, and a citizen's question ("ho perso il lavoro e non pago l'affitto") with
synonyms expands into dozens of terms over several fields. Here each term's postings are read a block
at a time and added into one score table, with the same formula and statistics as Whoosh's BM25F
(B=0.75, K1=1.2, Whoosh's idf and quantised field lengths), so rankings match ``searcher.search``.

Only Term, FuzzyTerm (constant score off), And, Or and NullQuery are handled; ``evaluate`` returns
None for anything else and the caller falls back to Whoosh's own searcher. Reading posting blocks uses
attributes of Whoosh 2.7.4's W3 codec (``_read_ids``/``_read_weights``); Whoosh is pinned and frozen,
and any other matcher is read through the public per-posting API.
"""

import heapq
from functools import lru_cache
from math import log

from ._whoosh import LENGTHS_COLUMN, _lenfield, byte_to_length, whoosh
from ._whoosh import query as wq

FUZZY_CACHE_SIZE = 4096  # fuzzy expansions remembered per index state


@lru_cache(maxsize=1024)
def levenshtein_dfa(text, maxdist, prefix):
    """The automaton of every word within ``maxdist`` edits of ``text``: building it is the slow part
    of a fuzzy match (milliseconds), and it depends on the word alone, not on the field or index."""
    return whoosh.codec.base.Automata.levenshtein_dfa(text, maxdist, prefix)


B = 0.75
K1 = 1.2


class Scorer:
    def __init__(self, searcher):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.doc_count = searcher.doc_count_all()
        cache = getattr(searcher, "_sportello_cache", None)
        if cache is None:
            cache = searcher._sportello_cache = {"lengths": {}, "allowed": {}, "fuzzy": {}}
        self.cache = cache

    # Statistics ------------------------------------------------------------------------------------

    def _lengths(self, segment, fieldname):
        """Quantised field lengths of every document of a segment, read as one column."""
        key = (id(segment), fieldname)
        lengths = self.cache["lengths"].get(key)
        if lengths is None:
            try:
                column = segment._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
                lengths = [byte_to_length(value) if value else 1 for value in column] if column else []
            except AttributeError:  # another codec: ask document by document
                lengths = [segment.doc_field_length(d, fieldname, 1) for d in range(segment.doc_count_all())]
            self.cache["lengths"][key] = lengths
        return lengths

    def allowed(self, query):
        """Document numbers matching a filter query (cached until the index changes)."""
        key = repr(query)
        found = self.cache["allowed"].get(key)
        if found is None:
            found = self.cache["allowed"][key] = frozenset(self.searcher.docs_for_query(query))
        return found

    # Evaluation ------------------------------------------------------------------------------------

    def evaluate(self, query, boost=1.0):
        """``{docnum: score}`` for a query tree, or None when the tree has an unsupported node."""
        scores = {}
        return scores if self._accumulate(query, boost, scores) else None

    def _accumulate(self, query, boost, scores):
        """Add the query's scores into ``scores`` (Or and terms add up in place); False if unsupported."""
        if query is wq.NullQuery:
            return True
        boost *= query.boost
        if type(query) is wq.Term:
            self.term(query.fieldname, query.text, boost, scores)
            return True
        if isinstance(query, wq.FuzzyTerm):
            if query.constantscore:
                return False
            texts = self.terms_within(query.fieldname, query.text, query.maxdist, query.prefixlength)
            for text in texts:
                self.term(query.fieldname, text, boost, scores)
            return True
        if isinstance(query, wq.Or) and not getattr(query, "scale", None):
            return all(self._accumulate(sub, boost, scores) for sub in query.subqueries)
        if isinstance(query, wq.And):
            parts = []
            for sub in query.subqueries:
                part = {}
                if not self._accumulate(sub, boost, part):
                    return False
                parts.append(part)
            if parts:
                parts.sort(key=len)
                for doc in set(parts[0]).intersection(*parts[1:]):
                    scores[doc] = scores.get(doc, 0.0) + sum(part[doc] for part in parts)
            return True
        return False

    def terms_within(self, fieldname, text, maxdist, prefix):
        """The indexed words of a field within ``maxdist`` edits of ``text`` (as Whoosh's reader
        finds them), with the automaton shared by every field and the answer kept until the index
        changes."""
        key = (fieldname, text, maxdist, prefix)
        cached = self.cache["fuzzy"].get(key)
        if cached is not None:
            return cached
        dfa = levenshtein_dfa(text, maxdist, prefix)
        found = set()
        for segment, _base in self.reader.leaf_readers():
            field = segment.schema[fieldname]
            cursor = segment.cursor(field.spelling_fieldname(fieldname))
            found.update(whoosh.codec.base.Automata.find_matches(dfa, cursor))
        if len(self.cache["fuzzy"]) >= FUZZY_CACHE_SIZE:
            self.cache["fuzzy"].clear()
        found = self.cache["fuzzy"][key] = frozenset(found)
        return found

    def term(self, fieldname, text, boost, scores):
        reader = self.reader
        frequency = reader.doc_frequency(fieldname, text)
        if not frequency:
            return
        idf = log(self.doc_count / (frequency + 1)) + 1
        average = self.searcher.avg_field_length(fieldname) or 1
        factor = boost * idf * (K1 + 1)
        norm = K1 * (1 - B)
        slope = K1 * B / average
        get = scores.get
        for segment, base in reader.leaf_readers():
            if (fieldname, text) not in segment:
                continue
            lengths = self._lengths(segment, fieldname)
            known = len(lengths)
            for ids, weights in _blocks(segment.postings(fieldname, text)):
                for docnum, weight in zip(ids, weights, strict=False):
                    length = lengths[docnum] if docnum < known else 1
                    doc = docnum + base
                    # Whoosh's bm25(): idf * (tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl))
                    scores[doc] = get(doc, 0.0) + factor * weight / (weight + norm + slope * length)


def _blocks(matcher):
    """(ids, weights) sequences of a leaf matcher, a whole posting block at a time when the codec
    allows it. Deleted documents may appear: callers intersect with the allowed set, which excludes them.
    """
    leaf = getattr(matcher, "child", matcher)
    if hasattr(leaf, "_read_ids") and hasattr(leaf, "_next_block"):
        while leaf.is_active():
            leaf._read_ids()
            leaf._read_weights()
            yield leaf._ids, leaf._weights
            leaf._i = leaf._blocklength
            leaf._next_block()
        return
    while matcher.is_active():
        yield (matcher.id(),), (matcher.weight(),)
        matcher.next()


def top(scores, allowed, limit):
    """The best ``limit`` (docnum, score) pairs among allowed documents (all when limit is None)."""
    items = ((doc, score) for doc, score in scores.items() if doc in allowed)
    key = _rank_key
    if limit is None:
        return sorted(items, key=key, reverse=True)
    return heapq.nlargest(limit, items, key=key)


def _rank_key(item):
    return (item[1], -item[0])
