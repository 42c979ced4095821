from django.apps import AppConfig


class NetworkConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "network"
    verbose_name = "Hub di rete"

    def ready(self):
        from . import redaction  # noqa: F401 - registers the hub's token paths with core.redaction
