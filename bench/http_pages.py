"""Requests/s and latency of the public pages under gunicorn on PostgreSQL, uncached and cached,
as ratios to a bare Django view and to the same HTML served as a static file by the same server.

    .venv/bin/python bench/http_pages.py [--seconds 8]

Needs wrk (apt-get install wrk), PostgreSQL and Redis on localhost. Writes var/bench/http.json.
"""

import argparse
import json
import urllib.request

from common import OUT, Gunicorn, manage, prepare_site, wrk

DISCOVER = r"""
import json
from django.apps import apps
from django.test import Client
urls = {"home": "/"}
def first(app, model, **filters):
    try:
        m = apps.get_model(app, model)
    except LookupError:
        return None
    page = m.objects.live().filter(**filters).order_by("path").first()
    return page.url if page else None
urls["topic"] = first("guides", "GuideTopicPage")
urls["guide"] = first("guides", "GuidePage")
try:
    apps.get_app_config("partners").get_model("Partner")
    urls["directory"] = "/partner/"
except LookupError:
    pass
urls["search"] = "/cerca/?q=sfratto"
print(json.dumps({k: v for k, v in urls.items() if v}))
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--no-prepare", action="store_true")
    args = parser.parse_args()
    if not args.no_prepare:
        prepare_site()
    pages = json.loads(manage("shell", "-c", DISCOVER, capture=True).strip().splitlines()[-1])
    results = {"pages": pages, "runs": {}}

    for mode, cache_flag in (("uncached", "0"), ("cached", "1")):
        with Gunicorn(PAGE_CACHE_ENABLED=cache_flag) as server:
            if mode == "uncached":
                # The static twin of the guide page (or home), written once from the live HTML.
                sample = pages.get("guide", "/")
                html = urllib.request.urlopen(server.url + sample).read()  # noqa: S310
                (OUT / "static-root" / "static-page.html").write_bytes(html)
            targets = dict(pages)
            targets["bare-django"] = "/_bench/bare/"
            targets["static-file"] = "/static-page.html"
            for name, path in list(targets.items()):
                try:
                    urllib.request.urlopen(server.url + path).read()  # noqa: S310 - warm up
                except OSError as error:
                    print(f"{name}: {path} not measured ({error})")
                    pages.pop(name, None)
                    continue
                for connections in (10, 50):
                    run = wrk(server.url + path, connections, args.seconds)
                    results["runs"].setdefault(mode, {}).setdefault(name, {})[str(connections)] = run
                    print(
                        f"{mode:9} {name:12} c={connections:<3} {run['rps']:8.1f} req/s  "
                        f"p50 {run['p50']:6.1f}  p95 {run['p95']:6.1f}  p99 {run['p99']:6.1f} ms  "
                        f"errors {run['errors']}",
                        flush=True,
                    )

    (OUT / "http.json").write_text(json.dumps(results, indent=2))
    print()
    print(report(results))


def report(results):
    def trio(run):
        return f"{run['p50']:.0f} / {run['p95']:.0f} / {run['p99']:.0f}"

    lines = [
        "| page | clients | uncached req/s | cached req/s | uncached ÷ bare view (target ≥ 0.5) "
        "| cached ÷ static file (target ≥ 0.9) | uncached p50 / p95 / p99 ms | cached p50 / p95 / p99 ms |",
        "|---|---|---|---|---|---|---|---|",
    ]
    runs = results["runs"]
    for name in results["pages"]:
        for c in ("10", "50"):
            u, k = runs["uncached"][name][c], runs["cached"][name][c]
            bare = runs["uncached"]["bare-django"][c]["rps"]
            static = runs["cached"]["static-file"][c]["rps"]
            cells = [name, c, f"{u['rps']:.0f}", f"{k['rps']:.0f}", f"{u['rps'] / bare:.2f}"]
            cells += [f"{k['rps'] / static:.2f}", trio(u), trio(k)]
            lines.append("| " + " | ".join(cells) + " |")
    for ref in ("bare-django", "static-file"):
        for c in ("10", "50"):
            r = runs["cached"][ref][c]
            lines.append(f"| *{ref}* | {c} | | {r['rps']:.0f} | | | | {trio(r)} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
