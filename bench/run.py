"""`make bench`: run every benchmark in one go on this machine and write docs/performance.md.

Each section runs as its own script; a missing script is reported, not fatal, so the report
always shows what was measured and what was not.
"""

import datetime
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")

SECTIONS = [
    ("HTTP: public pages under gunicorn on PostgreSQL", ["bench/http_pages.py"]),
    ("Cache in front: a guide through Varnish vs a static file from nginx", ["bench/front_cache.py"]),
    ("Uncached guide vs a peer page (bakerydemo-like blog page)", ["bench/peer_page.py"]),
    ("Database queries per page", ["bench/queries.py"]),
    ("Page weight of a guide", ["bench/page_weight_of_guide.py"]),
    ("Lighthouse (mobile) on a guide", ["bench/lighthouse.py"]),
    ("Search latency (Whoosh)", ["bench/search_latency.py"]),
    ("Search relevance: Whoosh vs Wagtail's database backend (SQLite FTS5)", ["bench/search_relevance.py"]),
    (
        "Search relevance: Whoosh vs Wagtail's database backend vs this project's PostgreSQL backend",
        ["bench/search_relevance.py"],
        {"DATABASE_URL": f"{PG}/sportello_bench_search"},
    ),
    ("Search over HTTP: repeated queries on 3 workers, Whoosh and PostgreSQL", ["bench/search_http.py"]),
    (
        "Scale: directory and guide at 18 vs 2,000 partners, guide at 54 vs 5,000 glossary terms",
        ["bench/scale.py"],
        {"DATABASE_URL": f"{PG}/sportello_bench_scale"},
    ),
    ("Free-slot computation (SQLite)", ["bench/slots.py"]),
    (
        "Free-slot computation (PostgreSQL)",
        ["bench/slots.py"],
        {"DATABASE_URL": f"{PG}/sportello_bench_slots"},
    ),
    ("Booking: concurrent clients over HTTP", ["bench/booking_http.py"]),
]


def machine():
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.node()} — {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"


def main():
    started = datetime.datetime.now(datetime.UTC)
    out = [
        "# Performance",
        "",
        f"Measured by `make bench` on {started:%Y-%m-%d %H:%M} UTC, {machine()}; "
        f"load average before the run: {os.getloadavg()[0]:.2f}. All sections ran in one run on one machine; "
        "compare the ratios, not the absolute numbers, across machines.",
        "",
    ]
    for title, command, *env in SECTIONS:
        script = ROOT / command[0]
        out += [f"## {title}", ""]
        if not script.exists():
            out += [f"Not measured: `{command[0]}` does not exist yet.", ""]
            continue
        print(f"== {title}", flush=True)
        result = subprocess.run(
            [PYTHON, *command],
            cwd=ROOT,
            env={**os.environ, **(env[0] if env else {})},
            capture_output=True,
            text=True,
            check=False,
        )
        sys.stdout.write(result.stdout[-3000:])
        out += [as_markdown(result.stdout), ""]
        if result.returncode != 0:
            out += [
                f"**Failed (exit {result.returncode}):**",
                "",
                "```",
                result.stderr.strip()[-1500:],
                "```",
                "",
            ]
    notes = ROOT / "bench" / "notes.md"
    if notes.exists():
        out += [notes.read_text().strip(), ""]
    report = "\n".join(out)
    (ROOT / "docs" / "performance.md").write_text(report)
    print(f"\nWrote docs/performance.md ({len(report)} characters)")


def as_markdown(stdout):
    """Tables (lines starting with |) stay tables; everything else goes in a code block."""
    lines, block, text = [], [], stdout.strip().splitlines()
    for line in text:
        if line.startswith("|"):
            if block:
                lines += ["```", *block, "```", ""]
                block = []
            lines.append(line)
        else:
            block.append(line)
    if block:
        lines += ["```", *block, "```"]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
