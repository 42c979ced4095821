"""The shipped cache in front (deploy/varnish/sportello.vcl): a guide through Varnish compared with the
same bytes served as a static file by nginx, and purge on publish seen through the real cache.

    .venv/bin/python bench/front_cache.py [--seconds 8] [--rounds 3] [--no-prepare]

Needs varnishd, nginx and wrk (make bench installs them when root), PostgreSQL and Redis on localhost.
Writes var/bench/front_cache.json.
"""

import argparse
import json
import shutil
import socket
import statistics
import subprocess
import time
import urllib.request

from common import OUT, ROOT, Gunicorn, manage, prepare_site, wrk

VCL = ROOT / "deploy" / "varnish" / "sportello.vcl"
FIRST_GUIDE = (
    "from guides.models import GuidePage; p = GuidePage.objects.live().order_by('path').first(); print(p.url)"
)
REPUBLISH = (
    "from guides.models import GuidePage; p = GuidePage.objects.live().order_by('path').first(); "
    "import time; p.title = p.title.split(' (')[0] + f' (aggiornata {time.time():.0f})'; "
    "p.save_revision().publish(); print(p.title)"
)


def wait_for(port, process, what):
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.1)
    raise SystemExit(f"{what} did not start")


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - local servers
        return response.headers, response.read()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-prepare", action="store_true")
    args = parser.parse_args()
    for tool in ("varnishd", "nginx", "wrk"):
        if not (shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/usr/bin")):
            print(f"Not measured: {tool} is not installed.")
            return
    if not args.no_prepare:
        prepare_site()
    work = OUT / "front"
    work.mkdir(parents=True, exist_ok=True)
    varnish_port, nginx_port = 8781, 8782
    varnish_url = f"http://127.0.0.1:{varnish_port}"
    with Gunicorn(PAGE_CACHE_ENABLED="1", FRONT_CACHE_URL=varnish_url) as server:
        (work / "sportello.vcl").write_text(VCL.read_text().replace('"8000"', f'"{server.port}"'))
        varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
        command = [varnishd, "-F", "-j", "none", "-n", str(work / "varnish")]
        command += ["-a", f"127.0.0.1:{varnish_port}"]
        command += ["-f", str(work / "sportello.vcl"), "-s", "malloc,128m", "-T", "none"]
        varnish = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        guide = manage("shell", "-c", FIRST_GUIDE, capture=True).strip().splitlines()[-1]
        (work / "static").mkdir(exist_ok=True)
        (work / "static" / "guide.html").write_bytes(fetch(server.url + guide)[1])
        (work / "nginx.conf").write_text(
            f"daemon off; worker_processes 2; pid {work}/nginx.pid; error_log {work}/nginx.err;\n"
            "events { worker_connections 1024; }\n"
            f"http {{ access_log off; server {{ listen 127.0.0.1:{nginx_port}; root {work}/static; }} }}\n"
        )
        nginx = subprocess.Popen(
            [shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(work / "nginx.conf"), "-p", str(work)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            wait_for(varnish_port, varnish, "varnishd")
            wait_for(nginx_port, nginx, "nginx")
            results = {"guide": guide, "runs": {}}
            fetch(varnish_url + guide)
            # Interleaved rounds: both servers answer tens of thousands of requests a second with wrk on
            # the same cores, so one pair of runs swings with whatever else the machine does.
            for connections in (10, 50):
                for round_number in range(1, args.rounds + 1):
                    for name, url in (
                        ("varnish-guide", varnish_url + guide),
                        ("nginx-static", f"http://127.0.0.1:{nginx_port}/guide.html"),
                    ):
                        run = wrk(url, connections, args.seconds)
                        results["runs"].setdefault(name, {}).setdefault(str(connections), []).append(run)
                        print(f"round {round_number} {name:14} c={connections:<3} {run['rps']:9.1f} req/s  "
                              f"p50 {run['p50']:.1f}  p95 {run['p95']:.1f} ms  errors {run['errors']}",
                              flush=True)  # fmt: skip
            before = fetch(varnish_url + guide)[0]["X-Cache"]
            title = manage("shell", "-c", REPUBLISH, env=server.env, capture=True).strip().splitlines()[-1]
            # In production purges are tasks run by the worker (sportello-worker.service): run it once.
            manage("db_worker", "--batch", "--no-startup-delay", env=server.env, capture=True)
            headers, body = fetch(varnish_url + guide)
            results["purge"] = {
                "before": before,
                "after_publish": headers["X-Cache"],
                "new_title_seen": title in body.decode(),
            }
        finally:
            for process in (varnish, nginx):
                process.terminate()
                process.wait(timeout=10)
    (OUT / "front_cache.json").write_text(json.dumps(results, indent=2))
    print()
    print("| clients | round | guide through Varnish req/s | static file (nginx) req/s "
          "| ratio (target ≥ 0.90) |")  # fmt: skip
    print("|---|---|---|---|---|")
    for c in ("10", "50"):
        ratios = []
        pairs = zip(results["runs"]["varnish-guide"][c], results["runs"]["nginx-static"][c], strict=True)
        for number, (varnish_run, nginx_run) in enumerate(pairs, start=1):
            ratios.append(varnish_run["rps"] / nginx_run["rps"])
            varnish_rps, nginx_rps = varnish_run["rps"], nginx_run["rps"]
            print(f"| {c} | {number} | {varnish_rps:.0f} | {nginx_rps:.0f} | {ratios[-1]:.2f} |")
        print(f"| {c} | median | | | {statistics.median(ratios):.2f} |")
    purge = results["purge"]
    seen = "yes" if purge["new_title_seen"] else "NO"
    print(f"\nPurge on publish through Varnish: before {purge['before']}, ", end="")
    print(f"after {purge['after_publish']}, new title: {seen}.")


if __name__ == "__main__":
    main()
