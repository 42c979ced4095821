from django.apps import AppConfig


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = "Guide"

    def ready(self):
        from guides import signals

        signals.connect_glossary_cache()
