"""Query-time synonyms edited by staff (the ``SynonymGroup`` snippet).

Terms are compared on their stems, so "case popolari" triggers the group of "casa popolare" and
"affitti" the group of "affitto". Changing the list needs no re-indexing.
"""

from dataclasses import dataclass
from functools import lru_cache

from .analysis import content_words


@dataclass(frozen=True)
class Alternative:
    text: str
    stems: tuple


@dataclass(frozen=True)
class Match:
    start: int  # index into the query's content words
    end: int
    alternatives: tuple  # of Alternative; the one the person typed first


def current_groups():
    """The synonym groups as tuples of terms (one small query)."""
    from .models import SynonymGroup, split_terms

    return tuple(tuple(split_terms(raw)) for raw in SynonymGroup.objects.values_list("terms", flat=True))


@lru_cache(maxsize=32)
def _compile(groups):
    """``{stem tuple: [alternatives of its group]}``, for matching against query stems."""
    table = {}
    for group in groups:
        alternatives = []
        for term in group:
            term_stems = tuple(word.stem for word in content_words(term))
            if term_stems:
                alternatives.append(Alternative(text=term, stems=term_stems))
        for alternative in alternatives:
            table.setdefault(alternative.stems, [])
            for other in alternatives:
                if other not in table[alternative.stems]:
                    table[alternative.stems].append(other)
    return table


def find(query_stems, groups=None):
    """Synonym matches in a sequence of query stems, longest first, left to right, no overlaps."""
    table = _compile(current_groups() if groups is None else groups)
    if not table:
        return []
    longest = max(len(key) for key in table)
    matches = []
    position = 0
    while position < len(query_stems):
        for length in range(min(longest, len(query_stems) - position), 0, -1):
            key = tuple(query_stems[position : position + length])
            if key in table:
                typed = Alternative(text=" ".join(key), stems=key)
                others = tuple(alt for alt in table[key] if alt.stems != key)
                matches.append(Match(position, position + length, (typed, *others)))
                position += length
                break
        else:
            position += 1
    return matches


@lru_cache(maxsize=32)
def vocabulary(groups):
    """Every single word of the synonym list, folded, with its analysed ``Word``."""
    found = {}
    for group in groups:
        for term in group:
            for word in content_words(term):
                found.setdefault(word.folded, word)
    return found
