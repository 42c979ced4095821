from django.apps import AppConfig


class BookingConfig(AppConfig):
    name = "booking"
    verbose_name = "Prenotazioni"

    def ready(self):
        # crisis: the site search finds the sportelli by name and place, as "sportello".
        from search.sources import ModelSource, register

        from . import redaction, webhooks  # noqa: F401 - registers the token paths; connects anymail's signal
        from .models import Sportello

        register(
            ModelSource(
                "booking.Sportello",
                type_key="sportello",
                title_field="name",
                queryset=lambda: Sportello.objects.filter(active=True).select_related("municipality"),
            )
        )
