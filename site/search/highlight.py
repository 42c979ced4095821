"""Excerpts with the searched words marked, from text taken from the database (nothing stored).

Works whatever backend ran the search: the query is analysed here with the stemmer of the result's
language (as the index analysed it), plus the synonyms of that language, plus words of the text that
are one or two letters away from a misspelt query word.
"""

import html
import re

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from . import synonyms
from ._whoosh import distance, highlight
from .analysis import SOURCE_LANGUAGE, analyzers, content_words

MAX_CHARS = 220


def query_stems(query, groups=None, language=SOURCE_LANGUAGE):
    """The stems to mark for a query: its words and the words of its synonyms, in a language."""
    words = content_words(query, language)
    found = {word.stem for word in words}
    for match in synonyms.find(words, groups=groups, language=language):
        for alternative in match.alternatives:
            found.update(alternative.stems)
    return found


def _terms_in(text, stems, language=SOURCE_LANGUAGE):
    """The stems of ``text`` to mark: exact ones, and near ones for misspellings ("sfrat" ~ "sfratt")."""
    text_stems = {token.text for token in analyzers(language).stemmed(text)}
    marked = stems & text_stems
    for stem in stems - text_stems:
        if len(stem) >= 4:
            limit = 1 if len(stem) <= 6 else 2
            marked.update(t for t in text_stems if t[:1] == stem[:1] and distance(stem, t) <= limit)
    return marked


def terms_in(text, stems, language=SOURCE_LANGUAGE):
    """Whether ``text`` has any of ``stems`` (exactly or as a near misspelling)."""
    return bool(_terms_in(text, stems, language))


def sentences(text):
    """One text per line (list items, steps) as sentences, so an excerpt does not run them together."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return " ".join(line if line[-1] in ".!?:;…" else f"{line}." for line in lines)


def excerpt(summary, text, stems, max_chars=MAX_CHARS, language=SOURCE_LANGUAGE):
    """Safe HTML: the best fragment with ``<mark>``ed words (``stems`` of ``language``), else the
    start of the summary."""
    summary, text = sentences(summary), sentences(text)
    for source in (summary, text):
        if not source:
            continue
        terms = _terms_in(source, stems, language)
        if not terms:
            continue
        fragment = highlight.highlight(
            source,
            frozenset(terms),
            analyzers(language).stemmed,
            highlight.ContextFragmenter(maxchars=max_chars, surround=60),
            highlight.HtmlFormatter(tagname="mark", between=" … "),
            top=1,
        )
        if fragment:
            prefix = "" if source.startswith(_plain_start(fragment)) else "… "
            return mark_safe(prefix + fragment)  # noqa: S308 - Whoosh's HtmlFormatter escapes the text
    return conditional_escape(Truncator(summary or text).chars(max_chars))


def _plain_start(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))[:20]
