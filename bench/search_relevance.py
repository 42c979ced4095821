"""Relevance of the judged query set: Whoosh (this project's backend) against Wagtail's database backend.

Run: ``.venv/bin/python bench/search_relevance.py``. SQLite by default (Wagtail's SQLite FTS5 backend);
with ``DATABASE_URL`` pointing at PostgreSQL, the database backend is PostgreSQL full-text search with the
Italian configuration (``SEARCH_CONFIG: "italian"``), as the scale-out switch would run it.

Both backends index the same fixture corpus (``tests/search/corpus.py``) with the demo synonyms, and
answer through the same call the search page makes (``backend.search(q, live pages, operator="or")``).
To measure the real demo guides instead, load them and give ``evaluate`` a judged set with their slugs.
"""

from search_common import home_page, quiet_command, setup, teardown


def main():
    workdir = setup()
    try:
        from django.conf import settings
        from django.db import connection

        from wagtail.models import Page
        from wagtail.search.backends import get_search_backend

        settings.WAGTAILSEARCH_BACKENDS = {
            "default": settings.WAGTAILSEARCH_BACKENDS["default"],
            "database": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "italian"},
        }
        names = ["default", "database"]
        if connection.vendor == "postgresql":  # this project's PostgreSQL backend (SEARCH_BACKEND=postgres)
            settings.WAGTAILSEARCH_BACKENDS["postgres"] = {"BACKEND": "search.backends.postgres"}
            names.append("postgres")
        from django.core.management import call_command

        from search import demo
        from tests.search.corpus import JUDGED, PAGES, build_corpus
        from tests.search.relevance import evaluate

        home = home_page()
        build_corpus(home)
        demo.load(quiet_command())
        call_command("update_index", verbosity=0)  # every configured backend

        print(f"Judged query set: {len(JUDGED)} queries on {len(PAGES)} fixture pages")
        rows = []
        for name in names:
            backend = get_search_backend(name)

            def ranked(query, backend=backend):
                pages = Page.objects.live().public()
                return [page.slug for page in backend.search(query, pages, operator="or")[:10]]

            report = evaluate(ranked, JUDGED)
            label = f"{name} ({type(backend).__module__.split('.')[-1]})"
            rows.append((label, report))
        print(f"\n{'backend':<32} {'recall@3':>9} {'MRR':>7}")
        for label, report in rows:
            print(f"{label:<32} {report.recall_at_3:>9.3f} {report.mrr:>7.3f}")
        for label, report in rows:
            if report.misses:
                print(f"\nMisses ({label}):")
                for query, expected, got in report.misses:
                    print(f"  {query!r}: expected {expected}, top 3 {got}")
        kinds = sorted({kind for *_rest, kind in JUDGED})
        print(f"\nBy kind (recall@3):  {'':<10}" + "".join(f"{label[:22]:>24}" for label, _ in rows))
        for kind in kinds:
            subset = [item for item in JUDGED if item[2] == kind]
            cells = []
            for name in names:
                backend = get_search_backend(name)

                def ranked(query, backend=backend):
                    pages = Page.objects.live().public()
                    return [page.slug for page in backend.search(query, pages, operator="or")[:10]]

                cells.append(evaluate(ranked, subset).recall_at_3)
            print(f"  {kind:<10} ({len(subset):>2} queries)" + "".join(f"{cell:>24.3f}" for cell in cells))
    finally:
        teardown(workdir)


if __name__ == "__main__":
    main()
