"""PostgreSQL search in every language of the site (issue 15): one text-search configuration per
language, and the language each indexed document is analysed in.

Like ``sportello_it``, each configuration folds accents (``unaccent``) and then stems, without a
stop-word list (the query side drops stop words with the same lists as Whoosh): Snowball for en, fr,
ro and Arabic (PostgreSQL's ``arabic`` stemmer; Whoosh uses ISRI); Ukrainian has no stemmer here
either, folding and lowercase only. On SQLite this migration does nothing.
"""

from django.db import migrations

STEMMED = {"en": "english", "fr": "french", "ro": "romanian", "ar": "arabic"}


def _statements():
    for code, language in STEMMED.items():
        yield f"DROP TEXT SEARCH CONFIGURATION IF EXISTS sportello_{code}"
        yield f"DROP TEXT SEARCH DICTIONARY IF EXISTS sportello_{code}_stem"
        yield f"CREATE TEXT SEARCH DICTIONARY sportello_{code}_stem (TEMPLATE = snowball, LANGUAGE = {language})"
        yield f"CREATE TEXT SEARCH CONFIGURATION sportello_{code} (COPY = simple)"
        yield (
            f"ALTER TEXT SEARCH CONFIGURATION sportello_{code} ALTER MAPPING FOR asciiword, asciihword, "
            f"hword_asciipart, word, hword, hword_part WITH unaccent, sportello_{code}_stem"
        )
    yield "DROP TEXT SEARCH CONFIGURATION IF EXISTS sportello_uk"
    yield "CREATE TEXT SEARCH CONFIGURATION sportello_uk (COPY = sportello_simple)"
    yield "ALTER TABLE search_pg_document ADD COLUMN IF NOT EXISTS language text NOT NULL DEFAULT 'it'"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in _statements():
            schema_editor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("ALTER TABLE search_pg_document DROP COLUMN IF EXISTS language")
    for code in [*STEMMED, "uk"]:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS sportello_{code}")
        schema_editor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS sportello_{code}_stem")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_synonym_language")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
