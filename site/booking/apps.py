from django.apps import AppConfig


class BookingConfig(AppConfig):
    name = "booking"
    verbose_name = "Prenotazioni"

    def ready(self):
        from . import redaction, webhooks  # noqa: F401 - webhooks connects anymail's tracking signal

        redaction.install()
