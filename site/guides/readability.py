"""Readability per language: Gulpease for Italian, Flesch reading ease for English and French.

Gulpease = 89 + (300 * sentences - 10 * letters) / words, on a 0-100 scale. Below 80 a text is
hard for readers with primary schooling, below 60 for middle school, below 40 for a diploma.

Counting rules (the whole site uses these, so scores are comparable):
- words are runs of letters or digits; an apostrophe splits an elision ("dell'affitto" = 2 words);
- letters are the characters of those words (digits included: "2026" is read as a word);
- a sentence ends at . ! ? ; : or … followed by a space or the end, and at a line break (each list
  item, heading or table cell is read as its own sentence). A full stop inside a number ("1.500")
  does not end a sentence.

English and French use Flesch's reading ease (same words and sentences as above, plus syllables
counted by a local rule, no dictionary): English with Flesch's constants
(206.835 - 1.015 * words/sentences - 84.6 * syllables/words), French with Kandel and Moles'
adaptation (207 - 1.015 * words/sentences - 73.6 * syllables/words). Both run 0-100 like Gulpease;
60-70 is plain language, 70-80 fairly easy. Arabic, Romanian and Ukrainian have no formula here
(their guides get no score and are not listed in the readability report).
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


VOWEL_GROUPS = {
    "en": re.compile(r"[aeiouy]+"),
    "fr": re.compile(r"[aeiouyàâäéèêëîïôöùûüÿœæ]+"),
}
EN_SILENT_END_RE = re.compile(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$")


def count_syllables(word, language):
    """Syllables of one word by vowel groups: English drops a silent final e/es/ed, French a mute
    final e/es. A number counts as one syllable per digit group (it is read aloud)."""
    word = word.lower()
    if not any(ch.isalpha() for ch in word):
        return 1
    if language == "en":
        if len(word) <= 3:
            return 1
        word = EN_SILENT_END_RE.sub(lambda m: m.group(0)[0], word)
        if word.startswith("y"):
            word = word[1:]
    groups = len(VOWEL_GROUPS[language].findall(word))
    if language == "fr" and groups > 1 and re.search(r"[^aeiouy]es?$", word):
        groups -= 1
    return max(1, groups)


def _flesch(text, language, base, syllable_weight):
    words = WORD_RE.findall(text or "")
    if not words:
        return None
    sentences = max(1, len(split_sentences(text)))
    syllables = sum(count_syllables(word, language) for word in words)
    score = base - 1.015 * len(words) / sentences - syllable_weight * syllables / len(words)
    return max(0.0, min(100.0, round(score, 1)))


def flesch_english(text):
    """Flesch reading ease of an English text, 0-100; None without words."""
    return _flesch(text, "en", 206.835, 84.6)


def flesch_french(text):
    """Kandel–Moles (Flesch for French) reading ease, 0-100; None without words."""
    return _flesch(text, "fr", 207.0, 73.6)


@dataclass(frozen=True)
class Formula:
    """How one language's texts are scored, and the targets for "In breve" and the body."""

    name: str
    score: object
    summary_target: int
    body_target: int


FORMULAS = {
    "it": Formula("Gulpease", gulpease, SUMMARY_TARGET, BODY_TARGET),
    "en": Formula("Flesch", flesch_english, 70, 60),
    "fr": Formula("Flesch (Kandel–Moles)", flesch_french, 70, 60),
}


def formula_for(language_code):
    """The formula of a language (``"en-gb"`` counts as ``"en"``), or None."""
    return FORMULAS.get((language_code or "").split("-")[0].lower())


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


def assess(text, target, longest=3, score=gulpease):
    """Score (Gulpease unless another formula's ``score``) plus the longest sentences over the
    limit, to tell an editor what to shorten."""
    sentences = split_sentences(text)
    too_long = sorted(
        (s for s in sentences if count_words(s) > LONG_SENTENCE_WORDS), key=count_words, reverse=True
    )
    return Readability(
        score=score(text),
        target=target,
        sentences=len(sentences),
        words=count_words(text),
        long_sentences=too_long[:longest],
    )
