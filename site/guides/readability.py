"""Readability of Italian text: the Gulpease index.

Gulpease = 89 + (300 * sentences - 10 * letters) / words, on a 0-100 scale. Below 80 a text is
hard for readers with primary schooling, below 60 for middle school, below 40 for a diploma.

Counting rules (the whole site uses these, so scores are comparable):
- words are runs of letters or digits; an apostrophe splits an elision ("dell'affitto" = 2 words);
- letters are the characters of those words (digits included: "2026" is read as a word);
- a sentence ends at . ! ? ; : or … followed by a space or the end, and at a line break (each list
  item, heading or table cell is read as its own sentence). A full stop inside a number ("1.500")
  does not end a sentence.
"""

import html
import re
from dataclasses import dataclass

WORD_RE = re.compile(r"[^\W_]+")
SENTENCE_SPLIT_RE = re.compile(r"[.!?;:…]+(?=\s|$)|\n+")
BLOCK_TAG_RE = re.compile(
    r"<\s*(?:br|/p|/li|/h[1-6]|/td|/th|/tr|/dt|/dd|/blockquote|/div)\b[^>]*>", re.IGNORECASE
)
TAG_RE = re.compile(r"<[^>]+>")

SUMMARY_TARGET = 80
BODY_TARGET = 60
LONG_SENTENCE_WORDS = 20


def html_to_text(value):
    """Plain text from rich-text HTML, with a line break wherever a block ends."""
    text = BLOCK_TAG_RE.sub("\n", value or "")
    return html.unescape(TAG_RE.sub("", text))


def split_sentences(text):
    return [part.strip() for part in SENTENCE_SPLIT_RE.split(text or "") if WORD_RE.search(part)]


def count_words(text):
    return len(WORD_RE.findall(text or ""))


def gulpease(text):
    """The Gulpease index of a plain text, clamped to 0-100; None when there is no word."""
    words = WORD_RE.findall(text or "")
    if not words:
        return None
    sentences = len(split_sentences(text))
    letters = sum(len(word) for word in words)
    score = 89 + (300 * sentences - 10 * letters) / len(words)
    return max(0.0, min(100.0, round(score, 1)))


@dataclass(frozen=True)
class Readability:
    score: float | None
    target: int
    sentences: int
    words: int
    long_sentences: list

    @property
    def ok(self):
        return self.score is not None and self.score >= self.target


def assess(text, target, longest=3):
    """Score plus the longest sentences over the limit, to tell an editor what to shorten."""
    sentences = split_sentences(text)
    too_long = sorted(
        (s for s in sentences if count_words(s) > LONG_SENTENCE_WORDS), key=count_words, reverse=True
    )
    return Readability(
        score=gulpease(text),
        target=target,
        sentences=len(sentences),
        words=count_words(text),
        long_sentences=too_long[:longest],
    )
