from django.apps import AppConfig


class ToolsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "tools"
    verbose_name = "Strumenti per i cittadini"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from core.cache import bump_generation
        from tools.models import TOOL_MODELS

        # Tools are listed on every guide of their topic (a cached fragment): refresh them all.
        for model in TOOL_MODELS:
            name = model.__name__
            page_published.connect(bump_generation, sender=model, dispatch_uid=f"tools_publish_{name}")
            page_unpublished.connect(bump_generation, sender=model, dispatch_uid=f"tools_unpublish_{name}")
