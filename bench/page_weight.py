"""Bytes a phone downloads for a page (HTML + CSS + JS + fonts + images), raw and gzipped.

.venv/bin/python bench/page_weight.py http://127.0.0.1:8765/guide/...   (a running server)
"""

import gzip
import re
import sys
import urllib.request
from urllib.parse import urljoin

ASSET_RE = re.compile(r'<(?:link|script|img)\b[^>]*?(?:href|src)="([^"]+)"', re.IGNORECASE)
FONT_RE = re.compile(r"url\(['\"]?([^'\")]+\.woff2)['\"]?\)")


def fetch(url):
    with urllib.request.urlopen(url) as response:  # noqa: S310 - our own server
        return response.read()


def weigh(url):
    """Each URL once, as a browser downloads it once (a preloaded font is also named by the CSS)."""
    html = fetch(url)
    rows, seen = [("html", url, html)], {url}

    def add(kind, asset_url):
        if asset_url in seen:
            return None
        seen.add(asset_url)
        body = fetch(asset_url)
        rows.append((kind, asset_url, body))
        return body

    for ref in ASSET_RE.findall(html.decode("utf-8", "replace")):
        if ref.startswith(("data:", "http")) and not ref.startswith(url.split("/", 3)[0]):
            continue
        asset_url = urljoin(url, ref)
        body = add(ref.rsplit(".", 1)[-1], asset_url)
        if body and asset_url.endswith(".css") and "print" not in asset_url:
            for font in sorted(set(FONT_RE.findall(body.decode("utf-8", "replace")))):
                add("woff2", urljoin(asset_url, font))
    return rows


def main(url):
    rows = weigh(url)
    total_raw = total_gz = 0
    css_js_gz = 0
    for kind, asset_url, body in rows:
        gz = len(gzip.compress(body)) if kind != "woff2" else len(body)
        total_raw += len(body)
        total_gz += gz
        if kind in ("css", "js"):
            css_js_gz += gz
        print(f"{kind:6} {len(body):8} B  {gz:8} B gz  {asset_url}")
    print(f"total  {total_raw:8} B  {total_gz:8} B transferred (gzip; fonts as is)")
    print(f"CSS+JS gzipped: {css_js_gz} B (budget 30720 B)")
    return {"total_raw": total_raw, "total_gz": total_gz, "css_js_gz": css_js_gz}


if __name__ == "__main__":
    main(sys.argv[1])
