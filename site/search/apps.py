from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Ricerca"

    def ready(self):
        from django.db.models.signals import post_delete

        from wagtail.signals import page_published, page_unpublished

        from . import result_cache

        # Cached results (result_cache) must not outlive a change to what can be found.
        page_published.connect(result_cache.bump, dispatch_uid="search_results_published")
        page_unpublished.connect(result_cache.bump, dispatch_uid="search_results_unpublished")
        post_delete.connect(_page_deleted, dispatch_uid="search_results_page_deleted")


def _page_deleted(sender, **kwargs):
    from wagtail.models import Page

    from . import result_cache

    if isinstance(kwargs.get("instance"), Page):
        result_cache.bump()
