from django.apps import AppConfig


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = "Guide"

    def ready(self):
        from core.related import register_topic_pages
        from guides import signals
        from guides.models import guides_for_topics

        signals.connect_glossary_cache()
        # The partner directory lists the guides on a partner's topics without importing guides.
        register_topic_pages(guides_for_topics)
