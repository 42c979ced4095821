from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Impostazioni e componenti comuni"

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save

        from wagtail.models import Locale, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from core import cache, pagetree

        # Pages purge themselves through wagtail.contrib.frontend_cache (its app registers that);
        # the pages that list them are purged here. Anything else that is not a page (snippets,
        # settings, images) may appear on many pages: empty the page cache.
        page_published.connect(cache.purge_page_and_ancestors, dispatch_uid="purge_ancestors_published")
        page_unpublished.connect(cache.purge_page_and_ancestors, dispatch_uid="purge_ancestors_unpublished")
        post_save.connect(_content_changed, dispatch_uid="pagecache_content_saved")
        post_delete.connect(_content_changed, dispatch_uid="pagecache_content_deleted")
        # Routing, restrictions, breadcrumbs and alternates come from each process's page tree.
        post_save.connect(pagetree.invalidate_on_page_save, dispatch_uid="pagetree_page_saved")
        post_delete.connect(pagetree.invalidate_on_page_save, dispatch_uid="pagetree_page_deleted")
        post_page_move.connect(pagetree.invalidate, dispatch_uid="pagetree_page_moved")
        for model in (PageViewRestriction, Site, Locale):
            uid = f"pagetree_{model.__name__}"
            post_save.connect(pagetree.invalidate, sender=model, dispatch_uid=f"{uid}_saved")
            post_delete.connect(pagetree.invalidate, sender=model, dispatch_uid=f"{uid}_deleted")
        # Every deploy runs migrate: new templates and static files must not be hidden by pages
        # rendered by the previous release.
        post_migrate.connect(cache.bump_generation, sender=self, dispatch_uid="pagecache_after_migrate")

        from core import exports
        from core.models import SiteSettings

        # The Italian emergency texts (the source translators translate) follow the settings.
        post_save.connect(_settings_saved, sender=SiteSettings, dispatch_uid="core_emergency_texts_sync")

        exports.install()  # every Wagtail CSV/XLSX export neutralises formulas

        from core import redaction

        redaction.install()  # the apps register their token paths (booking.redaction, network.redaction)


def _content_changed(sender, **kwargs):
    from django.conf import settings

    from core.cache import bump_generation

    watched = getattr(settings, "PAGE_CACHE_BUSTING_MODELS", ())
    if sender._meta.app_label in watched or sender._meta.label in watched:
        bump_generation()


def _settings_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from core.models import sync_emergency_texts

    sync_emergency_texts(instance)
