"""The production cache backend (Django's Redis cache reusing its client) against the local Redis."""

import uuid

import pytest

from core.redis_cache import RedisCache


@pytest.fixture
def redis_cache():
    backend = RedisCache("redis://127.0.0.1:6379/14", {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    yield backend
    backend.clear()


def test_every_cache_operation_the_site_uses_works(redis_cache):
    assert redis_cache.add("counter", 0, 60) is True
    assert redis_cache.incr("counter") == 1
    redis_cache.set("page", {"content": b"<html>", "generation": 3}, 60)
    assert redis_cache.get_many(["counter", "page", "missing"]) == {
        "counter": 1,
        "page": {"content": b"<html>", "generation": 3},
    }
    redis_cache.delete("page")
    assert redis_cache.get("page") is None


def test_one_client_per_pool_instead_of_one_per_call(redis_cache):
    client = redis_cache._cache.get_client(write=True)
    assert redis_cache._cache.get_client(write=True) is client
    redis_cache.set("key", "value", 60)
    assert redis_cache.get("key") == "value"
