"""Italian text analysis shared by indexing, querying, synonyms and highlighting.

Measured choices (see docs/search.md and the design note): stop words and the Snowball stemmer run on
the lowercased, still accented text; accents are folded *after* stemming, so "città"/"citta" and
"contratti"/"contratto" meet. A second, unstemmed (folded) analysis feeds typo tolerance, and titles get
edge n-grams for autocomplete.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ._whoosh import (
    CharsetFilter,
    LowercaseFilter,
    NgramFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    accent_map,
    stopwords_for_language,
)

WORD_PATTERN = r"\w+"
# Italian stop words, plus the same words typed without accents ("perche", "piu"): without them a
# citizen's unaccented question would send those words to the (slow, noisy) typo matching.
# "senza" is a stop word for Snowball but carries the meaning here: "senza casa", "senza contratto".
MEANINGFUL = frozenset({"senza"})
STOP_WORDS = (
    frozenset(stopwords_for_language("it"))
    | frozenset(
        "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
        for word in stopwords_for_language("it")
    )
) - MEANINGFUL
AUTOCOMPLETE_MAX = 20

STEMMED = (
    RegexTokenizer(WORD_PATTERN)
    | LowercaseFilter()
    | StopFilter(stoplist=STOP_WORDS)
    | StemFilter(lang="it", cachesize=50_000)
    | CharsetFilter(accent_map)
)
FOLDED = (
    RegexTokenizer(WORD_PATTERN)
    | LowercaseFilter()
    | StopFilter(stoplist=STOP_WORDS)
    | CharsetFilter(accent_map)
)
EDGE_NGRAMS = (
    RegexTokenizer(WORD_PATTERN)
    | LowercaseFilter()
    | CharsetFilter(accent_map)
    | NgramFilter(minsize=1, maxsize=AUTOCOMPLETE_MAX, at="start")
)

_tokenize = RegexTokenizer(WORD_PATTERN) | LowercaseFilter()


def fold(text):
    """Lowercase and strip accents: "Morosità" -> "morosita"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def normalise_query(text, max_length=200):
    """The form queries are counted under: folded, single spaces, no punctuation at the ends."""
    return re.sub(r"\s+", " ", fold(text or "")).strip(" \t\n.,;:!?'\"")[:max_length]


@dataclass(frozen=True)
class Word:
    """One word of a query: its folded surface form and its stem (None for a stop word)."""

    folded: str
    stem: str | None


@lru_cache(maxsize=20_000)
def _word(token):
    stems = [t.text for t in STEMMED(token)]
    return Word(folded=fold(token), stem=stems[0] if stems else None)


def words(text):
    """The words of a query, in order, stop words included (with ``stem=None``)."""
    return [_word(token.text) for token in _tokenize(text or "")]


def content_words(text):
    return [word for word in words(text) if word.stem]


def light_key(word):
    """A lighter normalisation for matching synonyms: the folded word without its final vowel.

    The Snowball stemmer sometimes splits singular and plural ("popolare" -> "popol", "popolari" ->
    "popolar"); Italian mostly inflects the last vowel, so "popolar" catches both."""
    folded = word.folded
    return folded[:-1] if len(folded) > 3 and folded[-1] in "aeiou" else folded


def stems(text):
    return [token.text for token in STEMMED(text or "")]
