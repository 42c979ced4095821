from django.apps import AppConfig


class TerritoryConfig(AppConfig):
    name = "territory"
    verbose_name = "Territorio e osservatorio"
    default_auto_field = "django.db.models.BigAutoField"
