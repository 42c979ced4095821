"""Fill the .po catalogues from translation files aligned to a list of msgids (a one-off helper).

    .venv/bin/python locale/tools/fill_catalogues.py IDS.json DIR

IDS.json is a JSON list of msgids; DIR/<lang>.txt has one "index<TAB>translation" line per msgid
("\\n" stands for a newline). Entries are written untouched otherwise; fuzzy flags are removed.
"""

import json
import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent


def main(ids_path, folder):
    ids = json.loads(Path(ids_path).read_text())
    for source in sorted(Path(folder).glob("*.txt")):
        lang = source.stem
        texts = {}
        for line in source.read_text().splitlines():
            index, _, text = line.partition("\t")
            texts[int(index)] = text.replace("\\n", "\n")
        by_msgid = {ids[i]: text for i, text in texts.items()}
        po_path = LOCALE_DIR / lang / "LC_MESSAGES" / "django.po"
        po = polib.pofile(str(po_path))
        filled = 0
        for entry in po:
            if entry.msgid in by_msgid and by_msgid[entry.msgid]:
                entry.msgstr = by_msgid[entry.msgid]
                if "fuzzy" in entry.flags:
                    entry.flags.remove("fuzzy")
                    entry.previous_msgid = None
                filled += 1
        po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
        po.metadata["Language"] = lang
        po.save()
        print(f"{lang}: {filled}/{len(po)} filled, {len(po.untranslated_entries())} untranslated")


if __name__ == "__main__":
    main(*sys.argv[1:3])
