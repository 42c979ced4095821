"""Text analysis shared by indexing, querying, synonyms and highlighting: Italian, and each other
language of the site with its own rules (``analyzers(language)``).

Measured choices (see docs/search.md and the design note): stop words and the Snowball stemmer run on
the lowercased, still accented text; accents are folded *after* stemming, so "città"/"citta" and
"contratti"/"contratto" meet. A second, unstemmed (folded) analysis feeds typo tolerance, and titles get
edge n-grams for autocomplete.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from django.utils import translation

from ._whoosh import (
    CharsetFilter,
    LowercaseFilter,
    NgramFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    accent_map,
    arabic_stemmer,
    has_stopwords,
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

SOURCE_LANGUAGE = "it"
# Snowball stemmers for en, fr, ro (whoosh.lang); the ISRI stemmer for Arabic; Ukrainian has no
# stemmer in Whoosh: folding only, and the typo matching of the unstemmed fields does the rest.
STEMMERS = {"en": "en", "fr": "fr", "ro": "ro"}
INDEXED_LANGUAGES = ("it", "en", "fr", "ar", "ro", "uk")


def query_languages():
    """The languages a query runs in: the reader's first, then Italian (a page not translated yet
    is still found)."""
    current = (translation.get_language() or SOURCE_LANGUAGE).split("-")[0]
    first = current if current in INDEXED_LANGUAGES else SOURCE_LANGUAGE
    return list(dict.fromkeys([first, SOURCE_LANGUAGE]))


def _without_accents(word):
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _stop_words(language):
    if not has_stopwords(language):
        return frozenset()
    listed = stopwords_for_language(language)
    return frozenset(listed) | frozenset(_without_accents(word) for word in listed)


def _arabic_stem(word):
    return arabic_stemmer().stem(word)


@dataclass(frozen=True)
class Analysis:
    stemmed: object
    folded: object


@cache
def analyzers(language):
    """The stemmed and folded analyzers for a language code (unknown codes: Italian)."""
    if language not in INDEXED_LANGUAGES or language == SOURCE_LANGUAGE:
        return Analysis(STEMMED, FOLDED)
    stop = StopFilter(stoplist=_stop_words(language))
    base = RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | stop
    if language in STEMMERS:
        stemmed = base | StemFilter(lang=STEMMERS[language], cachesize=50_000) | CharsetFilter(accent_map)
    elif language == "ar":
        stemmed = base | StemFilter(stemfn=_arabic_stem, cachesize=50_000) | CharsetFilter(accent_map)
    else:
        stemmed = base | CharsetFilter(accent_map)
    return Analysis(stemmed, base | CharsetFilter(accent_map))


def field_suffix(language):
    """What a language adds to the index field names: nothing for Italian (the index of before)."""
    return "" if language not in INDEXED_LANGUAGES or language == SOURCE_LANGUAGE else f"_{language}"


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
def _word(token, language=SOURCE_LANGUAGE):
    stems = [t.text for t in analyzers(language).stemmed(token)]
    return Word(folded=fold(token), stem=stems[0] if stems else None)


def words(text, language=SOURCE_LANGUAGE):
    """The words of a query, in order, stop words included (with ``stem=None``)."""
    return [_word(token.text, language) for token in _tokenize(text or "")]


def content_words(text, language=SOURCE_LANGUAGE):
    return [word for word in words(text, language) if word.stem]


def light_key(word):
    """A lighter normalisation for matching synonyms: the folded word without its final vowel.

    The Snowball stemmer sometimes splits singular and plural ("popolare" -> "popol", "popolari" ->
    "popolar"); Italian mostly inflects the last vowel, so "popolar" catches both."""
    folded = word.folded
    return folded[:-1] if len(folded) > 3 and folded[-1] in "aeiou" else folded


def stems(text):
    return [token.text for token in STEMMED(text or "")]
