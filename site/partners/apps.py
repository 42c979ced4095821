from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = "Rete dei partner"

    def ready(self):
        from search.sources import ModelSource, register

        from .models import Partner

        # The site search finds published partners too, as "partner", filterable by service type.
        register(
            ModelSource(
                "partners.Partner",
                type_key="partner",
                title_field="name",
                topic_lookup="services__service_type",
                queryset=lambda: Partner.objects.public().for_directory(),
            )
        )
