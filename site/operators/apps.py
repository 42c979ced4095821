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

        from booking.signals import appointment_changed, appointment_recorded

        from . import assignment, calendars

        appointment_recorded.connect(assignment.on_appointment_recorded, dispatch_uid="operators_assignment")
        appointment_changed.connect(calendars.on_appointment_changed, dispatch_uid="operators_calendars")
