"""Production settings with the benchmark's own extras; only `make bench` uses this.

Adds a bare Django view (``/_bench/bare/``, through the full middleware stack) and serves
``var/bench-root/`` as static files (WhiteNoise, same server) so pages can be compared with the
cheapest possible response of the same server.
"""

import os
import sys

from .production import *  # noqa: F403

# The peer page (bench/bench_peer/: a bakerydemo-like blog page view), for benchmarks only.
sys.path.insert(0, str(BASE_DIR / "bench"))  # noqa: F405
INSTALLED_APPS = [*INSTALLED_APPS, "bench_peer"]  # noqa: F405

BENCH_VIEWS = True
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "1") == "1"
WHITENOISE_ROOT = os.environ.get("BENCH_STATIC_ROOT") or None
LOGGING = {"version": 1, "disable_existing_loggers": True}
# The benchmark talks plain HTTP to gunicorn on localhost (no TLS proxy in front), so the
# booking clients need cookies that are sent without HTTPS.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
