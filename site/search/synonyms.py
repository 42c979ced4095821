"""Query-time synonyms edited by staff (the ``SynonymGroup`` snippet).

Terms are compared on their stems, so "case popolari" triggers the group of "casa popolare" and
"affitti" the group of "affitto". Changing the list needs no re-indexing.
"""

from dataclasses import dataclass
from functools import lru_cache

from .analysis import SOURCE_LANGUAGE, content_words, light_key


@dataclass(frozen=True)
class Alternative:
    text: str
    stems: tuple


@dataclass(frozen=True)
class Match:
    start: int  # index into the query's content words (end excluded)
    end: int
    alternatives: tuple  # of Alternative; the one the person typed first


def current_groups(language=SOURCE_LANGUAGE):
    """The synonym groups of a language as tuples of terms (one small query)."""
    from .models import SynonymGroup, split_terms

    rows = SynonymGroup.objects.filter(language=language).values_list("terms", flat=True)
    return tuple(tuple(split_terms(raw)) for raw in rows)


@lru_cache(maxsize=32)
def _compile(groups, language=SOURCE_LANGUAGE):
    """``{key tuple: [alternatives of its group]}``, keys made with ``light_key``."""
    table = {}
    for group in groups:
        alternatives = []
        keys = []
        for term in group:
            words = content_words(term, language)
            if words:
                alternatives.append(Alternative(text=term, stems=tuple(word.stem for word in words)))
                keys.append(tuple(light_key(word) for word in words))
        for key in keys:
            entry = table.setdefault(key, [])
            entry.extend(alt for alt in alternatives if alt not in entry)
    return table


def find(query_words, groups=None, language=SOURCE_LANGUAGE):
    """Synonym matches in a query's content words: longest first, left to right, no overlaps.

    Each match lists the words as typed first, then the other terms of the group."""
    table = _compile(current_groups(language) if groups is None else groups, language)
    if not table:
        return []
    keys = [light_key(word) for word in query_words]
    longest = max(len(key) for key in table)
    matches = []
    position = 0
    while position < len(keys):
        for length in range(min(longest, len(keys) - position), 0, -1):
            key = tuple(keys[position : position + length])
            if key in table:
                typed_words = query_words[position : position + length]
                typed = Alternative(
                    text=" ".join(word.folded for word in typed_words),
                    stems=tuple(word.stem for word in typed_words),
                )
                others = tuple(
                    alt
                    for alt in table[key]
                    if tuple(light_key(w) for w in content_words(alt.text, language)) != key
                )
                matches.append(Match(position, position + length, (typed, *others)))
                position += length
                break
        else:
            position += 1
    return matches


@lru_cache(maxsize=32)
def vocabulary(groups, language=SOURCE_LANGUAGE):
    """Every single word of the synonym list, folded, with its analysed ``Word``."""
    found = {}
    for group in groups:
        for term in group:
            for word in content_words(term, language):
                found.setdefault(word.folded, word)
    return found
