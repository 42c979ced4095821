"""Explain bureaucratic words where they first appear in a guide.

The rendered HTML of a guide (summary, audience, body) goes through an HTML parser; in text
outside links, headings and other interactive or heading-like elements, the first occurrence of
each glossary term (or one of its variants; case-insensitive, whole words) becomes a button that
opens its plain definition in place, in a native popover (no JavaScript). The button carries
``aria-describedby`` pointing to the page's "Parole difficili" list at the end, so a screen
reader reads the definition on focus. Each process keeps one index of the
glossary, rebuilt once per change.
"""

import html
import re
import uuid
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
# The glossary's version in the shared cache (Redis in production): every edit changes it. The index
# of each version is built once, right after the edit (``guides.signals``), and shared through the
# cache: a process that renders a guide after a change unpickles it (~10 ms at 5,000 terms) instead of
# querying and building it (~150 ms).
VERSION_KEY = "guides:glossary:version"
INDEX_KEY = "guides:glossary:index:{key}:{version}"
INDEX_TIMEOUT = 24 * 3600


def clear_cache(**kwargs):
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


class Entry:
    """One term. Its anchor is made on first use (slugifying 5,000 terms would cost more than the
    rest of the index), unique within the index it belongs to."""

    __slots__ = ("term", "definition", "_anchor", "_index")

    def __init__(self, term, definition, index=None):
        self.term, self.definition, self._anchor, self._index = term, definition, None, index

    @property
    def anchor(self):
        if self._anchor is None:
            anchor = "glossario-" + (slugify(self.term) or "voce")
            taken = self._index.anchors if self._index is not None else {}
            while taken.get(anchor, self) is not self:
                anchor += "-1"
            taken[anchor] = self
            self._anchor = anchor
        return self._anchor


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


def _is_word(char):
    return char.isalnum() or char == "_"


_END = "<end>"  # trie key: a spelling ends here (value: its normalised form). Not one character, so
# never a letter of a spelling; a string, so the index survives pickling into the shared cache.


class TermIndex:
    r"""Every spelling of every term, as a character trie shared by all renders of a process.

    Matching is the same as a case-insensitive regex of all spellings, longest first, between
    word boundaries, with any run of white space inside a spelling (``(?<!\w)(?:a|b)(?!\w)``);
    but building it costs one pass over the spellings (a regex of 5,000 alternatives takes
    hundreds of milliseconds to compile) and matching reads each character a few times at most.
    """

    def __init__(self, terms):
        self.entries = []
        self.lookup = {}
        self.trie = {}
        self.anchors = {}
        for item in terms:
            term = _get(item, "term")
            definition = _get(item, "definition")
            variants = _get(item, "variant_list") or _get(item, "variants") or []
            entry = Entry(term, definition, self)
            self.entries.append(entry)
            for spelling in [term, *variants]:
                key = _normalise(spelling)
                if key and key not in self.lookup:
                    self.lookup[key] = entry
                    self._add(key)

    def _add(self, key):
        node = self.trie
        for char in key:
            node = node.setdefault(char, {})
        node[_END] = key

    def __bool__(self):
        return bool(self.lookup)

    def finditer(self, text):
        """``(start, end)`` of each match, left to right, never overlapping."""
        lowered = [char.lower() for char in text]
        length = len(text)
        position = 0
        while position < length:
            if position and _is_word(text[position - 1]):
                position += 1
                continue
            end = self._longest(text, lowered, position)
            if end is None:
                position += 1
            else:
                yield position, end
                position = end

    def _longest(self, text, lowered, start):
        node, index, found, length = self.trie, start, None, len(text)
        while node is not None:
            if _END in node and (index == length or not _is_word(text[index])):
                found = index
            if index == length:
                break
            char = lowered[index]
            if char.isspace():
                if " " not in node:
                    break
                node = node[" "]
                while index < length and text[index].isspace():
                    index += 1
                continue
            node = node.get(char)
            index += 1
        return found


# One index per language (key) in each process, replaced when the version changes.
_shared = {}


def current_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(VERSION_KEY, version, None):
            version = cache.get(VERSION_KEY) or version
    return version


def build_shared_index(fetch_terms, key, version=None, *, unless_shared=False):
    """Build the index of ``version`` (read before the terms, so it is never older than its key) and
    share it with every process through the cache. ``unless_shared``: skip if that version is built."""
    version = version or current_version()
    if unless_shared and cache.has_key(INDEX_KEY.format(key=key, version=version)):
        return None
    index = TermIndex(fetch_terms())
    cache.set(INDEX_KEY.format(key=key, version=version), index, INDEX_TIMEOUT)
    _shared[key] = (version, index)
    return index


@dataclass
class Glossary:
    """The glossary of one page render: which terms exist and which were already explained."""

    index: TermIndex = field(default_factory=lambda: TermIndex([]))
    used: list = field(default_factory=list)

    entries = property(lambda self: self.index.entries)
    lookup = property(lambda self: self.index.lookup)

    @classmethod
    def from_terms(cls, terms):
        """Build from objects with ``term``, ``definition`` and ``variant_list`` (or dicts of them)."""
        return cls(index=TermIndex(terms))

    @classmethod
    def load(cls, fetch_terms, key="default"):
        """The glossary of this process, rebuilt only when a term changed (one small cache read per
        render; ``fetch_terms()`` — one query, passed by ``guides.models.load_glossary`` so this
        module imports no model — runs once per change)."""
        version = current_version()
        cached = _shared.get(key)
        if cached is None or cached[0] != version:
            index = cache.get(INDEX_KEY.format(key=key, version=version))
            if index is None:
                index = build_shared_index(fetch_terms, key, version)
            cached = _shared[key] = (version, index)
        return cls(index=cached[1])

    def mark(self, markup):
        """Return the HTML with the first occurrence of each not-yet-explained term marked (and
        the phone numbers in its text as ``tel:`` links)."""
        if not markup:
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


# Phone numbers written in the text become tappable: Italian landlines (0…) and mobiles (3…),
# with or without +39 and spaces, and the short emergency numbers after "chiama"/"numero".
PHONE_PATTERN = re.compile(
    r"(?<![\w.,/])(?:\+39[\s.]?)?(?:0\d{1,3}|3\d{2})(?:[\s.]?\d){6,8}(?![\w,/]|\.\d)"
    r"|(?<=chiama il )1(?:12|13|15|18|522)\b|(?<=numero )1(?:12|13|15|18|522)\b",
    re.IGNORECASE,
)


def link_phones(text):
    """Escape ``text`` and turn the phone numbers in it into ``tel:`` links."""
    out, position = [], 0
    for match in PHONE_PATTERN.finditer(text):
        digits = re.sub(r"[^\d+]", "", match.group(0))
        out.append(html.escape(text[position : match.start()], quote=False))
        out.append(f'<a class="tel-link" href="tel:{digits}">{html.escape(match.group(0), quote=False)}</a>')
        position = match.end()
    out.append(html.escape(text[position:], quote=False))
    return "".join(out)


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
        for start, end in self.glossary.index.finditer(data):
            replacement = self.glossary.explain(data[start:end])
            if replacement is None:
                continue
            self.out.append(link_phones(data[position:start]))
            self.out.append(replacement)
            position = end
        self.out.append(link_phones(data[position:]))

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")
