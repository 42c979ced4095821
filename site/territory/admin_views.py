"""Staff screens: the observatory without suppression (with a formula-safe CSV), and the list of
verified buildings that network partners may read (no contact of the reporter)."""

import csv
import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.exports import csv_safe

from . import observatory
from .models import ObservatorySnapshot, VacantBuilding

STAFF_PERMISSION = "territory.view_observatorysnapshot"
FREEZE_PERMISSION = "territory.add_observatorysnapshot"
PARTNER_PERMISSION = "territory.view_verified_buildings"


def can_see_observatory(user):
    return user.is_active and user.has_perm(STAFF_PERMISSION)


def can_see_verified(user):
    return user.is_active and (
        user.has_perm(PARTNER_PERMISSION) or user.has_perm("territory.view_vacantbuilding")
    )


def parse_quarter(value, default):
    try:
        year, number = value.lower().split("-t")
        quarter = observatory.Quarter(int(year), int(number))
    except (AttributeError, ValueError):
        return default
    return quarter if 1 <= quarter.number <= 4 and 2000 <= quarter.year <= 2100 else default


class ObservatoryAdminView(WagtailAdminTemplateMixin, TemplateView):
    """Figures of any quarter without suppression: the live ones, or the frozen ones if frozen."""

    template_name = "territory/admin/observatory.html"
    page_title = "Osservatorio abitare (completo)"
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_observatory(request.user):
            raise PermissionDenied
        self.now = timezone.now()
        current = observatory.Quarter.containing(self.now)
        self.quarter = parse_quarter(request.GET.get("trimestre", ""), current)
        return super().dispatch(request, *args, **kwargs)

    def raw_tables(self):
        snapshot = ObservatorySnapshot.objects.filter(
            year=self.quarter.year, quarter=self.quarter.number
        ).first()
        if snapshot:
            return snapshot, snapshot.raw["tables"]
        return None, observatory.build(self.quarter)["tables"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        snapshot, tables = self.raw_tables()
        for item in tables:
            item["total"] = sum(cell["count"] for cell in item["cells"])
        last_closed = observatory.Quarter.last_closed(self.now)
        context.update(
            quarter=self.quarter,
            snapshot=snapshot,
            tables=tables,
            quarters=self.quarter_choices(),
            can_freeze=self.request.user.has_perm(FREEZE_PERMISSION)
            and not ObservatorySnapshot.objects.filter(
                year=last_closed.year, quarter=last_closed.number
            ).exists(),
            last_closed=last_closed,
        )
        return context

    def quarter_choices(self):
        quarter = observatory.Quarter.containing(self.now)
        choices = []
        for _ in range(8):
            choices.append(quarter)
            quarter = quarter.previous()
        return choices

    def get(self, request, *args, **kwargs):
        if request.GET.get("formato") == "csv":
            return self.csv_response()
        return super().get(request, *args, **kwargs)

    def csv_response(self):
        snapshot, tables = self.raw_tables()
        buffer = io.StringIO()
        buffer.write("\ufeff")
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(["periodo", "tabella", "codice", "voce", "conteggio"])
        for item in tables:
            for cell in item["cells"]:
                row = [
                    f"{self.quarter.year}-T{self.quarter.number}",
                    item["id"],
                    cell["code"],
                    cell["label"],
                    cell["count"],
                ]
                writer.writerow([csv_safe(value) for value in row])
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="osservatorio-completo-{self.quarter.slug}.csv"'
        )
        return response

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm(FREEZE_PERMISSION):
            raise PermissionDenied
        quarter = observatory.Quarter.last_closed(self.now)
        snapshot, created = observatory.freeze(quarter, now=self.now)
        if created:
            messages.success(request, f"{snapshot.label} congelato e pubblicato.")
        else:
            messages.info(request, f"{snapshot.label} era già congelato: i numeri non cambiano.")
        return redirect(reverse("territory_observatory_admin") + f"?trimestre={quarter.slug}")


class VerifiedBuildingsView(WagtailAdminTemplateMixin, TemplateView):
    """The verified buildings, for network partners: no reporter, no contact, no staff notes."""

    template_name = "territory/admin/verified.html"
    page_title = "Immobili verificati"
    header_icon = "home"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_verified(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        buildings = (
            VacantBuilding.objects.verified()
            .select_related("municipality")
            .order_by("municipality__sort_order", "municipality__name", "-created_at")
        )
        municipality = self.request.GET.get("comune", "")
        if municipality:
            buildings = buildings.filter(municipality__slug=municipality)
        context["buildings"] = buildings
        context["municipality"] = municipality
        context["municipalities"] = (
            VacantBuilding.objects.verified()
            .values_list("municipality__slug", "municipality__name")
            .distinct()
        )
        return context
