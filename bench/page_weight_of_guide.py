"""Page weight of a guide page as served by gunicorn (production settings, bench database)."""

import json

from common import OUT, Gunicorn
from page_weight import main as weigh

if __name__ == "__main__":
    pages = json.loads((OUT / "http.json").read_text())["pages"]
    with Gunicorn(PAGE_CACHE_ENABLED="0") as server:
        weigh(server.url + pages.get("guide", "/"))
