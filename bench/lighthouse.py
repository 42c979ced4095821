"""Lighthouse mobile run of a guide page (lighthouse@12.2.3 from npm, Debian's Chromium).

    .venv/bin/python bench/lighthouse.py [--no-prepare]

Needs Node (npx) and /usr/bin/chromium; without them it says so and measures nothing. Lighthouse
is fetched from the npm registry by npx the first time (pinned: newer versions need Node 22).
Writes var/bench/lighthouse.json and prints the category scores and the main timings.
"""

import argparse
import json
import shutil
import subprocess
import sys

from common import OUT, Gunicorn, manage, prepare_site

LIGHTHOUSE = "lighthouse@12.2.3"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
GUIDE = r"""
from guides.models import GuidePage
print(GuidePage.objects.live().order_by("path").first().url)
"""
AUDITS = [
    ("first-contentful-paint", "First Contentful Paint"),
    ("largest-contentful-paint", "Largest Contentful Paint"),
    ("total-blocking-time", "Total Blocking Time"),
    ("cumulative-layout-shift", "Cumulative Layout Shift"),
    ("speed-index", "Speed Index"),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-prepare", action="store_true")
    args = parser.parse_args()
    if not shutil.which("npx"):
        print("Not measured: npx (Node) is not installed.")
        return
    if not shutil.which(CHROMIUM):
        print(f"Not measured: {CHROMIUM} is not installed (apt-get install chromium).")
        return
    if not args.no_prepare:
        prepare_site()
    path = manage("shell", "-c", GUIDE, capture=True).strip().splitlines()[-1]
    report = OUT / "lighthouse.json"
    with Gunicorn() as server:
        result = subprocess.run(
            [
                "npx",
                "--yes",
                LIGHTHOUSE,
                server.url + path,
                "--form-factor=mobile",
                "--only-categories=performance,accessibility,best-practices,seo",
                f"--chrome-path={CHROMIUM}",
                f"--chrome-flags={CHROME_FLAGS}",
                "--output=json",
                f"--output-path={report}",
                "--quiet",
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
    if result.returncode != 0 or not report.exists():
        sys.stderr.write(result.stdout[-2000:] + result.stderr[-2000:])
        raise SystemExit("lighthouse failed")
    data = json.loads(report.read_text())
    print(f"{LIGHTHOUSE}, mobile emulation (Moto G Power, slow 4G throttling simulated), {path}")
    print()
    print("| category | score |")
    print("|---|---|")
    for key, category in data["categories"].items():
        print(f"| {category['title']} ({key}) | {round(category['score'] * 100)} |")
    print()
    print("| metric | value |")
    print("|---|---|")
    for key, label in AUDITS:
        audit = data["audits"].get(key)
        if audit:
            print(f"| {label} | {audit.get('displayValue', '')} |")


if __name__ == "__main__":
    main()
