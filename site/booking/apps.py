from django.apps import AppConfig


class BookingConfig(AppConfig):
    name = "booking"
    verbose_name = "Prenotazioni"

    def ready(self):
        from . import redaction, webhooks  # noqa: F401 - webhooks connects anymail's tracking signal

        redaction.install()

        # crisis: the site search finds the sportelli by name and place, as "sportello".
        from search.sources import ModelSource, register

        from .models import Sportello

        register(
            ModelSource(
                "booking.Sportello",
                type_key="sportello",
                title_field="name",
                queryset=lambda: Sportello.objects.filter(active=True).select_related("municipality"),
            )
        )
