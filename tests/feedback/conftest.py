# The feedback tests use the guides' pages and their cache reset.
from tests.guides.conftest import clear_cache, document, guide, guide_index, topic_page  # noqa: F401
