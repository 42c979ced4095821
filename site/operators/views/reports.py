"""Numbers for planning and the coordinators' export, as Wagtail ``ReportView``s.

Both filter by sportello and period (``filters.PeriodFilterSet``) over the user's own sportelli.
The numbers are anonymous counts and charts, for every operator. The export is for coordinators:
Wagtail's CSV/XLSX download (``?export=csv`` or ``xlsx``, formula-safe through ``core.exports``)
with names and contacts, and one audit-log entry per download.
"""

import datetime

from django.utils import timezone

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import log

from .. import planning
from .. import services as operations
from ..filters import PeriodFilterSet
from ..permissions import appointments_for
from .base import OperatorAccessMixin, local_today


class PeriodReportView(OperatorAccessMixin, ReportView):
    """A report over the appointments of the user's sportelli in a period (by default ``default_period``)."""

    filterset_class = PeriodFilterSet

    def default_period(self, today):
        raise NotImplementedError

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if not ({"day_from", "day_to"} & set(kwargs["data"])):
            first, last = self.default_period(local_today())
            kwargs["data"] = kwargs["data"].copy()
            kwargs["data"].update({"day_from": first.isoformat(), "day_to": last.isoformat()})
        return kwargs

    def get_queryset(self):
        queryset = appointments_for(self.request.user).select_related(
            "sportello", "municipality", "assigned_operator"
        )
        return self.filter_queryset(queryset.order_by("start", "seat"))

    def get_filtered_queryset(self):
        return self.get_queryset()  # filtered once, in get_queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["first"], context["last"] = self.filters.period()
        return context


class NumbersView(PeriodReportView):
    template_name = "operators/numbers.html"
    results_template_name = "operators/numbers_results.html"
    page_title = "Numeri per programmare"
    index_url_name = "booking_operators:numbers"
    index_results_url_name = "booking_operators:numbers_results"
    paginate_by = None
    no_results_message = "Nessun appuntamento nel periodo."

    def default_period(self, today):
        return (today - datetime.timedelta(days=365)).replace(day=1), today

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["numbers"] = planning.numbers(self.object_list)
        return context


def _person(user):
    return (user.get_full_name() or user.get_username()) if user else ""


class ExportView(PeriodReportView):
    template_name = "operators/export.html"
    page_title = "Esporta gli appuntamenti"
    coordinators_only = True
    index_url_name = "booking_operators:export"
    index_results_url_name = "booking_operators:export_results"
    paginate_by = 50
    no_results_message = "Nessun appuntamento nel periodo."
    columns = [
        Column("reference", label="Codice"),
        Column("sportello", label="Sportello"),
        Column("start", label="Quando"),
        Column("topic_label", label="Argomento"),
        Column("get_status_display", label="Stato"),
    ]
    # The download has names and contacts (coordinators only); the screen does not show them.
    export_headings = {
        "reference": "codice",
        "sportello": "sportello",
        "date": "data",
        "time": "ora",
        "topic": "argomento",
        "channel": "canale",
        "status": "stato",
        "urgent": "urgente",
        "municipality": "comune",
        "operator": "operatore",
        "booked_by": "prenotato da",
        "name": "nome",
        "phone": "telefono",
        "email": "e-mail",
    }
    list_export = list(export_headings)

    def default_period(self, today):
        return today.replace(day=1), today

    def get_filename(self):
        first, last = self.filters.period()
        return "appuntamenti" + "".join(f"-{day:%Y%m%d}" for day in (first, last) if day)

    def to_row_dict(self, item):
        local = timezone.localtime(item.start)
        return {
            "reference": item.reference,
            "sportello": item.sportello.name,
            "date": f"{local:%d/%m/%Y}",
            "time": f"{local:%H:%M}",
            "topic": item.topic_label,
            "channel": item.get_channel_display(),
            "status": item.get_status_display(),
            "urgent": "sì" if item.urgent else "no",
            "municipality": item.municipality.name if item.municipality else "",
            "operator": _person(item.assigned_operator),
            "booked_by": "operatore" if item.booked_by_id else "online",
            "name": item.name,
            "phone": item.phone,
            "email": item.email,
        }

    def stream_csv(self, queryset):
        yield "\ufeff"  # Excel reads UTF-8 only with a BOM
        yield from super().stream_csv(queryset)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        response = super().as_spreadsheet(queryset, spreadsheet_format)
        first, last = self.filters.period()
        period = "–".join(f"{day:%d/%m/%Y}" for day in (first, last) if day)
        log(
            operations.audit_user(self.request.user),
            "booking.export",
            user=self.request.user,
            title=f"Esportazione appuntamenti {period} ({spreadsheet_format.upper()})",
            data={
                "start": first.isoformat() if first else None,
                "end": last.isoformat() if last else None,
                "format": spreadsheet_format,
            },
        )
        return response
