import pytest

from tests.search.corpus import build_corpus


@pytest.fixture(autouse=True)
def whoosh_index(settings, tmp_path):
    """Every search test gets its own empty Whoosh index directory."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends.whoosh", "PATH": tmp_path / "search", "LOCK_TIMEOUT": 2}
    }
    return tmp_path / "search"


@pytest.fixture
def corpus(home_page):
    """About twenty realistic housing guide pages, published under the home page, by slug."""
    return build_corpus(home_page)
