"""Database queries per public page type, and whether they grow with the number of items listed.

.venv/bin/python bench/queries.py        (uses the bench database prepared by http_pages.py)
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "site"))
sys.path.insert(0, str(ROOT / "bench"))

from common import bench_env  # noqa: E402

os.environ.update(bench_env(PAGE_CACHE_ENABLED="0"))

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def count(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST="127.0.0.1")
    return response.status_code, len(queries)


def main():
    pages = json.loads((ROOT / "var" / "bench" / "http.json").read_text())["pages"]
    client = Client()
    for path in pages.values():
        client.get(path, HTTP_HOST="127.0.0.1")  # warm per-process caches (settings, site root)
    print("| page | path | status | queries |")
    print("|---|---|---|---|")
    for name, path in pages.items():
        status, n = count(client, path)
        print(f"| {name} | `{path}` | {status} | {n} |")


if __name__ == "__main__":
    main()
