"""The agenda: a day or a week of appointments, filtered by sportello, operator and status."""

import datetime

from django.db.models import Exists, OuterRef
from django.utils import timezone

from booking.models import OutgoingMessage

from .. import forms
from ..permissions import (
    appointments_for,
    sportelli_for,
)
from .base import OperatorView, User, day_bounds, local_today

# Agenda -----------------------------------------------------------------------------------------


class AgendaView(OperatorView):
    template_name = "operators/agenda.html"
    page_title = "Agenda sportelli"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        sportelli = sportelli_for(user)
        operators = User.objects.filter(sportelli__in=sportelli).distinct().order_by("first_name", "username")
        form = forms.AgendaFilterForm(self.request.GET or None, sportelli=sportelli, operators=operators)
        data = form.cleaned_data if form.is_valid() else {}
        today = local_today()
        day = data.get("giorno") or today
        view = data.get("vista") or "giorno"
        status = data.get("stato") or "attivi"
        if view == "settimana":
            first = day - datetime.timedelta(days=day.weekday())
            last = first + datetime.timedelta(days=6)
            step = datetime.timedelta(days=7)
        else:
            first = last = day
            step = datetime.timedelta(days=1)
        start, end = day_bounds(first, last)
        appointments = appointments_for(user).filter(start__gte=start, start__lt=end)
        if data.get("sportello"):
            appointments = appointments.filter(sportello=data["sportello"])
        if data.get("operatore"):
            appointments = appointments.filter(assigned_operator=data["operatore"])
        if status == "attivi":
            appointments = appointments.active()
        elif status != "tutti":
            appointments = appointments.filter(status=status)
        undelivered = OutgoingMessage.objects.filter(
            appointment=OuterRef("pk"), status=OutgoingMessage.Status.FAILED
        ).exclude(kind=OutgoingMessage.Kind.OPERATOR_NOTICE)
        appointments = (
            appointments.select_related("sportello", "municipality", "assigned_operator", "source_page")
            .annotate(email_failed=Exists(undelivered))
            .order_by("start", "sportello__name", "seat")
        )
        days = {}
        for appointment in appointments:
            days.setdefault(timezone.localdate(appointment.start), []).append(appointment)

        def link(target_day, target_view=view):
            params = self.request.GET.copy()
            params["giorno"] = target_day.isoformat()
            params["vista"] = target_view
            return f"?{params.urlencode()}"

        context.update(
            form=form,
            days=sorted(days.items()),
            count=sum(len(items) for items in days.values()),
            first=first,
            last=last,
            view=view,
            today=today,
            is_today=first == last == today,
            previous_url=link(first - step),
            next_url=link(first + step),
            today_url=link(today),
            day_view_url=link(day, "giorno"),
            week_view_url=link(day, "settimana"),
            single_sportello=sportelli.count() == 1,
        )
        return context
