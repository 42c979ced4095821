"""Wrap the plain Italian text of templates in {% translate %} (a one-off helper, idempotent).

    .venv/bin/python locale/tools/wrap_templates.py templates/booking/step_when.html ...
    .venv/bin/python locale/tools/wrap_templates.py --dry-run templates/...   # only print

Text nodes and the aria-label/placeholder/title/alt attributes are wrapped line by line, keeping
the surrounding whitespace (no re-indenting). Script/style bodies, comments and text already in a
translate/blocktranslate block are left alone. Sentences with variables inside need a hand-written
{% blocktranslate %}: review the diff.
"""

import re
import sys
from pathlib import Path

TOKEN = re.compile(r"({%.*?%}|{{.*?}}|{#.*?#}|<!--.*?-->|<[^>]*>)", re.S)
ATTR = re.compile(r'(\b(?:aria-label|placeholder|title|alt)=)"([^"{}<>]*[A-Za-zÀ-ÿ][^"{}<>]*)"')
LETTERS = re.compile(r"[A-Za-zÀ-ÿ].*[A-Za-zÀ-ÿ]", re.S)


def quote(text):
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return None


def wrap_text(text):
    out = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or not LETTERS.search(stripped) or stripped.startswith(("http", "mailto:")):
            out.append(line)
            continue
        q = quote(stripped)
        if q is None:
            out.append(line)
            continue
        lead = line[: len(line) - len(line.lstrip())]
        trail = line[len(line.rstrip()) :]
        out.append(f"{lead}{{% translate {q} %}}{trail}")
    return "\n".join(out)


def wrap_attr(tag):
    def repl(m):
        q = quote(m.group(2).replace("'", "’")) if "'" in m.group(2) else f"'{m.group(2)}'"
        return f'{m.group(1)}"{{% translate {q} %}}"'

    return ATTR.sub(repl, tag)


def wrap(source):
    parts = TOKEN.split(source)
    skip = None
    for i, part in enumerate(parts):
        if i % 2 == 1:  # a token
            low = part.lower()
            if skip is None:
                if low.startswith(("<script", "<style")):
                    skip = "</" + low[1:7].strip()
                elif re.match(r"{%\s*(blocktranslate|blocktrans|comment|verbatim)\b", part):
                    skip = "{%end"
                elif part.startswith("<") and not part.startswith("<!--"):
                    parts[i] = wrap_attr(part)
            elif (skip.startswith("</") and low.startswith(skip)) or (
                skip == "{%end" and re.match(r"{%\s*end(blocktranslate|blocktrans|comment|verbatim)\b", part)
            ):
                skip = None
        elif skip is None:
            parts[i] = wrap_text(part)
    result = "".join(parts)
    if result != source and not re.search(r"{%\s*load\b[^%]*\bi18n\b", result):
        m = re.match(r"({%\s*extends[^%]*%}\n?)", result)
        head, tail = (m.group(1), result[m.end() :]) if m else ("", result)
        result = head + ("{% load i18n %}\n" if m else "{% load i18n %}") + tail
    return result


if __name__ == "__main__":
    dry = "--dry-run" in sys.argv
    for name in [a for a in sys.argv[1:] if a != "--dry-run"]:
        path = Path(name)
        source = path.read_text()
        result = wrap(source)
        if result != source:
            if dry:
                print(f"== {path}")
                print("\n".join(re.findall(r"{% translate (.*?) %}", result)))
            else:
                path.write_text(result)
                print(f"wrapped {path}")
