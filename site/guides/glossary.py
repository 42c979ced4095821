"""Explain bureaucratic words where they first appear in a guide.

The rendered HTML of a guide (summary, audience, body) goes through an HTML parser; in text
outside links, headings and other interactive or heading-like elements, the first occurrence of
each glossary term (or one of its variants; case-insensitive, whole words) becomes a button that
opens its plain definition in place, in a native popover (no JavaScript). The button carries
``aria-describedby`` pointing to the page's "Parole difficili" list at the end, so a screen
reader reads the definition on focus. The glossary is read from the database once per page render.
"""

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.text import slugify

# Text inside these elements is never marked: links and buttons are already interactive,
# headings and FAQ questions (<summary>) are labels, scripts and styles are not text.
SKIP_ELEMENTS = frozenset(
    {
        "a",
        "button",
        "label",
        "legend",
        "summary",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "dfn",
        "abbr",
        "code",
        "pre",
        "script",
        "style",
        "textarea",
        "select",
        "option",
        "title",
        "caption",
        "th",
    }
)
RAW_TEXT_ELEMENTS = frozenset({"script", "style"})
VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
NO_GLOSSARY_ATTR = "data-no-glossary"
CACHE_KEY = "guides:glossary:v1"
# Edits clear the cache at once in the process that saved; other processes with a per-process
# cache (LocMem) see them within this time. A shared cache (Redis) sees them at once.
CACHE_SECONDS = 300


def clear_cache(**kwargs):
    cache.delete(CACHE_KEY)


@dataclass
class Entry:
    term: str
    definition: str
    anchor: str


@dataclass(frozen=True)
class Explained:
    """A term as explained on this page: ``matched`` is the spelling the reader met."""

    entry: Entry
    matched: str

    term = property(lambda self: self.entry.term)
    definition = property(lambda self: self.entry.definition)
    anchor = property(lambda self: self.entry.anchor)

    @property
    def is_variant(self):
        return _normalise(self.matched) != _normalise(self.entry.term)


@dataclass
class Glossary:
    """The glossary of one page render: which terms exist and which were already explained."""

    entries: list = field(default_factory=list)
    pattern: re.Pattern | None = None
    lookup: dict = field(default_factory=dict)
    used: list = field(default_factory=list)

    @classmethod
    def from_terms(cls, terms):
        """Build from objects with ``term``, ``definition`` and ``variant_list`` (or dicts of them)."""
        glossary = cls()
        spellings = []
        taken = set()
        for item in terms:
            term = _get(item, "term")
            definition = _get(item, "definition")
            variants = _get(item, "variant_list") or _get(item, "variants") or []
            anchor = "glossario-" + (slugify(term) or "voce")
            while anchor in taken:
                anchor += "-1"
            taken.add(anchor)
            entry = Entry(term=term, definition=definition, anchor=anchor)
            glossary.entries.append(entry)
            for spelling in [term, *variants]:
                key = _normalise(spelling)
                if key and key not in glossary.lookup:
                    glossary.lookup[key] = entry
                    spellings.append(spelling.strip())
        if spellings:
            # Longest first, so "canone concordato" wins over "canone".
            spellings.sort(key=len, reverse=True)
            alternatives = "|".join(r"\s+".join(map(re.escape, s.split())) for s in spellings)
            glossary.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
        return glossary

    @classmethod
    def load(cls, fetch_terms):
        """The glossary from the cache, or from ``fetch_terms()`` (one query: the cache is cleared on
        every edit). ``guides.models.load_glossary`` passes the query, so this module imports no model."""
        terms = cache.get(CACHE_KEY)
        if terms is None:
            terms = fetch_terms()
            cache.set(CACHE_KEY, terms, CACHE_SECONDS)
        return cls.from_terms(terms)

    def mark(self, markup):
        """Return the HTML with the first occurrence of each not-yet-explained term marked."""
        if self.pattern is None or not markup:
            return markup
        marker = _Marker(self)
        marker.feed(str(markup))
        marker.close()
        return mark_safe("".join(marker.out))  # noqa: S308 - re-serialised parser output, text escaped

    def explain(self, match):
        entry = self.lookup.get(_normalise(match))
        if entry is None or any(explained.entry is entry for explained in self.used):
            return None
        self.used.append(Explained(entry, " ".join(match.split())))
        # A native popover opened by its button: no JavaScript, the definition shows next to the
        # word, "Chiudi" (or Esc, or a tap elsewhere) closes it and focus goes back to the word.
        term = html.escape(entry.term, quote=False)
        return (
            f'<button type="button" class="glossary-term" popovertarget="{entry.anchor}-pop"'
            f' aria-describedby="{entry.anchor}-def">{html.escape(match, quote=False)}</button>'
            f'<span class="glossary-pop" id="{entry.anchor}-pop" popover role="note"'
            f' aria-label="Cosa vuol dire {html.escape(entry.term)}">'
            f'<strong class="glossary-pop__term">{term}</strong> '
            f'<span class="glossary-pop__text">{html.escape(entry.definition, quote=False)}</span> '
            f'<button type="button" class="glossary-pop__close" popovertarget="{entry.anchor}-pop"'
            f' popovertargetaction="hide">Chiudi</button></span>'
        )


def _get(item, name):
    if isinstance(item, dict):
        return item.get(name)
    return getattr(item, name, None)


def _normalise(text):
    return " ".join((text or "").lower().split())


class _Marker(HTMLParser):
    def __init__(self, glossary):
        super().__init__(convert_charrefs=True)
        self.glossary = glossary
        self.out = []
        self.stack = []  # (tag, skips) of open elements

    @property
    def skipping(self):
        return any(skips for _, skips in self.stack)

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in VOID_ELEMENTS:
            return
        skips = tag in SKIP_ELEMENTS or any(name == NO_GLOSSARY_ATTR for name, _ in attrs)
        self.stack.append((tag, skips))

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        # Close up to the matching element; tolerate the HTML's implied end tags.
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] in RAW_TEXT_ELEMENTS:
            self.out.append(data)
            return
        if self.skipping:
            self.out.append(html.escape(data, quote=False))
            return
        position = 0
        for match in self.glossary.pattern.finditer(data):
            replacement = self.glossary.explain(match.group(0))
            if replacement is None:
                continue
            self.out.append(html.escape(data[position : match.start()], quote=False))
            self.out.append(replacement)
            position = match.end()
        self.out.append(html.escape(data[position:], quote=False))

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")
