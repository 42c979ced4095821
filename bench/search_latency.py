"""Search latency on generated corpora of 1,000 and 5,000 pages (target: p95 ≤ 50 ms at 5,000).

Run: ``.venv/bin/python bench/search_latency.py`` (SQLite in a temporary directory; set DATABASE_URL to
use PostgreSQL). Measures the backend alone (``Page.objects.live().search(q)[:10]``), the whole search
page service (ranking + database + excerpts) and autocomplete, over the judged queries of the tests.
"""

import statistics
import time

from search_common import generate_pages, home_page, percentile, quiet_command, setup, teardown

SIZES = (1_000, 5_000)
REPEAT = 3


def timed(function, queries):
    for query in queries[:5]:  # warm caches
        function(query)
    samples = []
    for _ in range(REPEAT):
        for query in queries:
            start = time.perf_counter()
            function(query)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def line(label, samples):
    return (
        f"  {label:<28} median {statistics.median(samples):6.1f} ms   "
        f"p95 {percentile(samples, 0.95):6.1f} ms   max {max(samples):6.1f} ms   (n={len(samples)})"
    )


def main():
    workdir = setup()
    try:
        from django.core.management import call_command

        from wagtail.models import Page

        from search import demo, services
        from tests.search.corpus import JUDGED, build_corpus

        home = home_page()
        build_corpus(home)
        demo.load(quiet_command())
        queries = [query for query, *_ in JUDGED]
        prefixes = sorted({query.split()[0][:4] for query in queries if len(query) >= 4})

        print("Search latency (Whoosh backend)")
        existing = Page.objects.count()
        for size in SIZES:
            generate_pages(home, size - (Page.objects.count() - existing))
            start = time.perf_counter()
            call_command("update_index", verbosity=0)
            rebuild = time.perf_counter() - start
            documents = Page.objects.live().count()
            print(f"\n{documents} live pages, full rebuild {rebuild:.1f} s")
            print(
                line(
                    "backend search, top 10",
                    timed(lambda q: list(Page.objects.live().search(q)[:10]), queries),
                )
            )
            print(
                line(
                    "search page service",
                    timed(lambda q: services.run_search(None, q, record=False), queries),
                )
            )
            print(line("autocomplete", timed(lambda q: services.autocomplete(None, q), prefixes)))
    finally:
        teardown(workdir)


if __name__ == "__main__":
    main()
