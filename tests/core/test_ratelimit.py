from core import ratelimit


def test_limit_counts_per_scope_and_address(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    results = [ratelimit.hit("feedback", "203.0.113.7", limit=3) for _ in range(4)]
    assert results == [False, False, False, True]
    # Another form and another address have their own counters.
    assert ratelimit.hit("booking-book", "203.0.113.7", limit=3) is False
    assert ratelimit.hit("feedback", "198.51.100.1", limit=3) is False


def test_key_is_salted_with_the_secret_and_holds_no_address(settings):
    key = ratelimit.client_key("feedback", "203.0.113.7")
    assert "203.0.113.7" not in key
    settings.SECRET_KEY = "another-secret-" + "y" * 40
    # Without the secret nobody can rebuild the key by hashing every IPv4 address.
    assert ratelimit.client_key("feedback", "203.0.113.7") != key
