from django.apps import AppConfig


class OperatorsConfig(AppConfig):
    """The operator side of booking: agenda, appointment actions, openings and closures, feeds,
    numbers and export. It imports ``booking``; ``booking`` never imports it."""

    name = "operators"
    verbose_name = "Operatori degli sportelli"

    def ready(self):
        from . import policy

        # Before Wagtail's viewsets are registered (they read the policy of their model).
        policy.register()
