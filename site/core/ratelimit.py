"""Per-client rate limits for the public forms, without storing anyone's address.

The client address is hashed with the secret key (so the cache never holds an address, and a
leaked cache dump cannot be reversed by hashing the IPv4 space) and counted in Django's cache
for a fixed window. Every public form (guide feedback, partner error reports, booking,
manage links) uses this one helper.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_key(scope, address):
    """The cache key counting ``scope`` attempts from ``address``: a salted hash, never the address."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{scope}:{address}".encode()).hexdigest()
    return f"ratelimit:{scope}:{digest[:32]}"


def client_address(request):
    # REMOTE_ADDR is already the real client when behind the proxy (RealClientIPMiddleware).
    return request.META.get("REMOTE_ADDR", "")


def hit(scope, address, *, limit, window=3600):
    """Count one attempt; True when this address went over ``limit`` attempts in the window."""
    key = client_key(scope, address)
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit
