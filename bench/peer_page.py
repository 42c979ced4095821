"""An uncached guide side by side with a peer page (bench/bench_peer: a bakerydemo-like blog page
view rendering the same guide's body inside the same base template), on 3 gunicorn workers.

    .venv/bin/python bench/peer_page.py [--seconds 5] [--rounds 3] [--no-prepare]

Rounds are interleaved (guide, peer, guide, peer...) so a busy machine hurts both alike; the
ratio guide ÷ peer (target ≥ 1.0) is computed per round. Needs wrk, PostgreSQL and Redis.
"""

import argparse
import json
import statistics
import urllib.request

from common import Gunicorn, manage, prepare_site, wrk

FIND_GUIDE = r"""
import json
from guides.models import GuidePage
guide = GuidePage.objects.live().filter(slug="fasi-dello-sfratto").first() or GuidePage.objects.live().first()
print(json.dumps({"url": guide.url, "slug": guide.slug}))
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-prepare", action="store_true")
    args = parser.parse_args()
    if not args.no_prepare:
        prepare_site()
    guide = json.loads(manage("shell", "-c", FIND_GUIDE, capture=True).strip().splitlines()[-1])
    targets = {"guide": guide["url"], "peer": f"/_bench/peer/{guide['slug']}/"}
    ratios, rows = [], []
    with Gunicorn(PAGE_CACHE_ENABLED="0") as server:
        for path in targets.values():
            for _ in range(3):
                urllib.request.urlopen(server.url + path).read()  # noqa: S310 - warm up every worker
        for number in range(1, args.rounds + 1):
            found = {}
            for name, path in targets.items():
                run = wrk(server.url + path, 10, args.seconds)
                found[name] = run
                rows.append((number, name, run))
                print(
                    f"round {number} {name:6} c=10 {run['rps']:8.1f} req/s  p50 {run['p50']:6.1f}  "
                    f"p99 {run['p99']:6.1f} ms  errors {run['errors']}",
                    flush=True,
                )
            ratios.append(found["guide"]["rps"] / found["peer"]["rps"])
    print()
    print(f"guide {targets['guide']} vs peer {targets['peer']} (uncached, 3 workers, 10 clients)")
    print("| round | guide req/s | peer req/s | guide ÷ peer (target ≥ 1.0) |")
    print("|---|---|---|---|")
    for number, ratio in enumerate(ratios, 1):
        guide_run = next(run for n, name, run in rows if n == number and name == "guide")
        peer_run = next(run for n, name, run in rows if n == number and name == "peer")
        print(f"| {number} | {guide_run['rps']:.0f} | {peer_run['rps']:.0f} | {ratio:.2f} |")
    print(f"| median | | | {statistics.median(ratios):.2f} |")


if __name__ == "__main__":
    main()
