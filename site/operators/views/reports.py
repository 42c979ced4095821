"""The coordinators' CSV export and the numbers for planning."""

import csv
import datetime

from django.http import HttpResponse
from django.utils import timezone

from wagtail.log_actions import log

from booking.models import Appointment
from core.exports import csv_safe

from .. import forms, planning
from .. import services as operations
from ..permissions import (
    appointments_for,
    sportelli_for,
)
from .base import OperatorView, day_bounds, local_today

# Export and numbers -----------------------------------------------------------------------------


class ExportView(OperatorView):
    template_name = "operators/export.html"
    page_title = "Esporta gli appuntamenti"
    coordinators_only = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = local_today()
        context["form"] = kwargs.get("form") or forms.PeriodForm(
            initial={"start": today.replace(day=1), "end": today}
        )
        return context

    def post(self, request, *args, **kwargs):
        form = forms.PeriodForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        start, end = day_bounds(data["start"], data["end"])
        rows = Appointment.objects.filter(start__gte=start, start__lt=end).select_related(
            "sportello", "municipality", "assigned_operator"
        )
        if data["sportello"]:
            rows = rows.filter(sportello=data["sportello"])
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"appuntamenti-{data['start']:%Y%m%d}-{data['end']:%Y%m%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        response.write("\ufeff")  # Excel reads UTF-8 only with a BOM
        writer = csv.writer(response, delimiter=";")
        writer.writerow(
            [
                "codice",
                "sportello",
                "data",
                "ora",
                "argomento",
                "canale",
                "stato",
                "urgente",
                "comune",
                "operatore",
                "prenotato da",
                "nome",
                "telefono",
                "e-mail",
            ]
        )
        for item in rows.order_by("start"):
            local = timezone.localtime(item.start)
            operator = item.assigned_operator
            writer.writerow(
                [
                    csv_safe(value)
                    for value in (
                        item.reference,
                        item.sportello.name,
                        f"{local:%d/%m/%Y}",
                        f"{local:%H:%M}",
                        item.topic_label,
                        item.get_channel_display(),
                        item.get_status_display(),
                        "sì" if item.urgent else "no",
                        item.municipality.name if item.municipality else "",
                        (operator.get_full_name() or operator.get_username()) if operator else "",
                        "operatore" if item.booked_by_id else "online",
                        item.name,
                        item.phone,
                        item.email,
                    )
                ]
            )
        log(
            operations.audit_user(request.user),
            "booking.export",
            user=request.user,
            title=f"Esportazione appuntamenti {data['start']:%d/%m/%Y}–{data['end']:%d/%m/%Y}",
            data={"start": data["start"].isoformat(), "end": data["end"].isoformat()},
        )
        return response


class NumbersView(OperatorView):
    template_name = "operators/numbers.html"
    page_title = "Numeri per programmare"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = local_today()
        form = forms.PeriodForm(self.request.GET or None)
        form.fields["sportello"].queryset = sportelli_for(self.request.user)
        if form.is_valid():
            first, last, sportello = (
                form.cleaned_data["start"],
                form.cleaned_data["end"],
                form.cleaned_data["sportello"],
            )
        else:
            first, last, sportello = (today - datetime.timedelta(days=365)).replace(day=1), today, None
            form = forms.PeriodForm(initial={"start": first, "end": last})
            form.fields["sportello"].queryset = sportelli_for(self.request.user)
        start, end = day_bounds(first, last)
        queryset = appointments_for(self.request.user).filter(start__gte=start, start__lt=end)
        if sportello:
            queryset = queryset.filter(sportello=sportello)
        context.update(form=form, first=first, last=last, numbers=planning.numbers(queryset))
        return context
