"""PostgreSQL search (``SEARCH_BACKEND=postgres``): extensions, text-search configurations and tables.

On SQLite this migration does nothing: the Whoosh backend keeps its index on disk.

- ``sportello_it``: Italian Snowball stemming after ``unaccent`` ("città" = "citta", "contratti" =
  "contratto"), *without* a stop-word list: the query side drops stop words with the same list as
  Whoosh (accented and unaccented, keeping "senza"), and phrases keep their positions.
- ``sportello_simple``: ``unaccent`` and lowercase only, for the vocabulary (typo tolerance with
  ``pg_trgm``) and for title prefixes (autocomplete).
"""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DROP TEXT SEARCH CONFIGURATION IF EXISTS sportello_it;
DROP TEXT SEARCH CONFIGURATION IF EXISTS sportello_simple;
DROP TEXT SEARCH DICTIONARY IF EXISTS sportello_it_stem;
CREATE TEXT SEARCH DICTIONARY sportello_it_stem (TEMPLATE = snowball, LANGUAGE = italian);
CREATE TEXT SEARCH CONFIGURATION sportello_it (COPY = italian);
ALTER TEXT SEARCH CONFIGURATION sportello_it
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, sportello_it_stem;
CREATE TEXT SEARCH CONFIGURATION sportello_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION sportello_simple
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, simple;
CREATE TABLE IF NOT EXISTS search_pg_document (
    key text PRIMARY KEY,
    object_pk text NOT NULL,
    model text NOT NULL,
    content_types text[] NOT NULL,
    vector tsvector NOT NULL,
    words tsvector NOT NULL,
    prefixes tsvector NOT NULL
);
CREATE INDEX IF NOT EXISTS search_pg_document_vector ON search_pg_document USING gin (vector);
CREATE INDEX IF NOT EXISTS search_pg_document_prefixes ON search_pg_document USING gin (prefixes);
CREATE INDEX IF NOT EXISTS search_pg_document_types ON search_pg_document USING gin (content_types);
CREATE TABLE IF NOT EXISTS search_pg_term (term text PRIMARY KEY);
CREATE INDEX IF NOT EXISTS search_pg_term_trgm ON search_pg_term USING gin (term gin_trgm_ops);
"""

DROP = """
DROP TABLE IF EXISTS search_pg_term;
DROP TABLE IF EXISTS search_pg_document;
DROP TEXT SEARCH CONFIGURATION IF EXISTS sportello_it;
DROP TEXT SEARCH CONFIGURATION IF EXISTS sportello_simple;
DROP TEXT SEARCH DICTIONARY IF EXISTS sportello_it_stem;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_synonyms_and_zero_results")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
