"""Pages about some topics, for apps that must not import the app owning those pages.

The partner directory shows "Guide su questi argomenti" on a partner's page, but partners does not
import guides (import-linter contract in pyproject.toml). Guides registers a function here at start-up
(``GuidesConfig.ready``); partners asks :func:`pages_for_topics`. Without guides the list is empty.
"""

_providers = []


def register_topic_pages(provider):
    """Register ``provider(topics, limit) -> list of pages``; returns it, so it can be a decorator."""
    if provider not in _providers:
        _providers.append(provider)
    return provider


def unregister_topic_pages(provider):
    if provider in _providers:
        _providers.remove(provider)


def pages_for_topics(topics, limit=6):
    """Live, public pages on any of ``topics`` (core.topics slugs), from every registered provider."""
    topics = list(topics)
    if not topics:
        return []
    pages = []
    for provider in _providers:
        pages.extend(provider(topics, limit))
    return pages[:limit]
