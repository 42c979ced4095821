"""Search over HTTP: requests/s and errors for repeated queries on 3 gunicorn workers, Whoosh and
PostgreSQL backends, 10 and 50 clients (anonymous readers: the short result cache applies).

    .venv/bin/python bench/search_http.py [--seconds 8] [--no-prepare]

Needs wrk, PostgreSQL and Redis on localhost (like bench/http_pages.py).
"""

import argparse
import urllib.request

from common import Gunicorn, bench_env, manage, prepare_site, wrk

QUERIES = {
    "plain": "/cerca/?q=sfratto",
    "typo": "/cerca/?q=sfrato",
    "question": "/cerca/?q=non+pago+l%27affitto",
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--no-prepare", action="store_true")
    args = parser.parse_args()
    if not args.no_prepare:
        prepare_site()
    manage("update_index", env=bench_env(SEARCH_BACKEND="postgres"), capture=True)
    rows = []
    for backend in ("whoosh", "postgres"):
        with Gunicorn(SEARCH_BACKEND=backend, PAGE_CACHE_ENABLED="1") as server:
            for name, path in QUERIES.items():
                urllib.request.urlopen(server.url + path).read()  # noqa: S310 - warm up
                for connections in (10, 50):
                    run = wrk(server.url + path, connections, args.seconds)
                    rows.append((backend, name, connections, run))
                    print(
                        f"{backend:8} {name:9} c={connections:<3} {run['rps']:8.1f} req/s  "
                        f"p50 {run['p50']:6.1f}  p99 {run['p99']:6.1f} ms  errors {run['errors']}",
                        flush=True,
                    )
    print()
    print("| backend | query | clients | req/s (target ≥ 100) | p50 / p99 ms | errors (target 0) |")
    print("|---|---|---|---|---|---|")
    for backend, name, connections, run in rows:
        print(
            f"| {backend} | {name} | {connections} | {run['rps']:.0f} | {run['p50']:.0f} / {run['p99']:.0f} "
            f"| {run['errors']} |"
        )


if __name__ == "__main__":
    main()
