"""The dashboard panel "Appuntamenti di oggi": what an operator sees first after logging in.

Registered with Wagtail's ``construct_homepage_panels`` hook, first on the page, for whoever may use
the agenda: today's appointments of her sportelli (a coordinator: of all), each linked to its page,
and a link to the agenda.
"""

from django.utils import timezone

from wagtail.admin.ui.components import Component

from .permissions import appointments_for, can_use_agenda, is_coordinator
from .services import day_bounds

MAX_SHOWN = 20


class TodayPanel(Component):
    name = "appuntamenti_di_oggi"
    template_name = "operators/dashboard_today.html"
    order = 10  # before Wagtail's own panels

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        start, end = day_bounds(today, today)
        appointments = (
            appointments_for(self.user)
            .active()
            .filter(start__gte=start, start__lt=end)
            .select_related("sportello")
            .order_by("start", "seat")
        )
        shown = list(appointments[: MAX_SHOWN + 1])
        return {
            "today": today,
            "appointments": shown[:MAX_SHOWN],
            "more": len(shown) > MAX_SHOWN,
            "show_sportello": is_coordinator(self.user) or self.user.sportelli.count() > 1,
        }


def add_today_panel(request, panels):
    if can_use_agenda(request.user):
        panels.insert(0, TodayPanel(request.user))
