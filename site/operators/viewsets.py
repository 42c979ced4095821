"""The operator admin on Wagtail's own machinery: one "Sportelli" menu, one appointments viewset.

- ``AgendaViewSet`` serves the agenda (day/week) and the action screens from its
  ``get_urlpatterns`` (namespace ``booking_operators``, under ``/admin/sportelli/``).
- ``AppointmentViewSet`` is a ``ModelViewSet``: an index with a ``WagtailFilterSet`` (sportello,
  operator, status, day) and CSV/XLSX export (``list_export``), inspect and history. Every view reads
  its objects through ``SportelloPermissionPolicy``: outside the user's sportelli, 404. There is no
  add, edit or delete form: changes go through the action screens and their services.
- ``SportelliGroup`` puts them in one menu: Agenda, Appuntamenti, Aperture e chiusure, Numeri,
  and the other screens (prenota per una persona, calendari, esporta).
"""

from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.functional import cached_property

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from booking.models import Appointment, Sportello

from . import views
from .filters import AppointmentFilterSet
from .permissions import can_use_agenda, is_coordinator

# Agenda and action screens ------------------------------------------------------------------------


class AgendaMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_agenda(request.user)


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


class SportelloCardsMenuItem(MenuItem):
    """Whoever may edit the sportelli's cards (model permissions: a superuser, or given to a group)."""

    def is_shown(self, request):
        return ModelPermissionPolicy(Sportello).user_has_any_permission(request.user, ["add", "change"])


class AgendaViewSet(ViewSet):
    name = "booking_operators"
    url_prefix = "sportelli"
    icon = "date"
    menu_label = "Agenda"
    menu_name = "agenda"
    menu_order = 100
    menu_item_class = AgendaMenuItem

    def get_urlpatterns(self):
        return [
            path("", views.AgendaView.as_view(), name="agenda"),
            path("appuntamenti/<int:pk>/", views.AppointmentView.as_view(), name="appointment"),
            path("prenota/", views.BookOnBehalfView.as_view(), name="book"),
            path("aperture/", views.OpeningsView.as_view(), name="openings"),
            path("aperture/nuova/", views.OpeningFormView.as_view(), name="opening_create"),
            path("aperture/<int:pk>/", views.OpeningFormView.as_view(), name="opening_edit"),
            path("chiusure/nuova/", views.ClosureView.as_view(), name="closure"),
            path("calendari/", views.FeedsView.as_view(), name="feeds"),
            path("esporta/", views.ExportView.as_view(), name="export"),
            path("esporta/risultati/", views.ExportView.as_view(results_only=True), name="export_results"),
            path("numeri/", views.NumbersView.as_view(), name="numbers"),
            path("numeri/risultati/", views.NumbersView.as_view(results_only=True), name="numbers_results"),
        ]


class LinkViewSet(ViewSet):
    """A menu entry for one of the agenda's screens, or another URL name (no URLs of its own)."""

    target = ""
    menu_item_class = AgendaMenuItem

    @cached_property
    def menu_url(self):
        return reverse(self.target if ":" in self.target else f"booking_operators:{self.target}")


def link(label, target, icon, order, item_class=AgendaMenuItem):
    return type(
        f"{target.title().replace(':', '')}LinkViewSet",
        (LinkViewSet,),
        {
            "name": f"sportelli-{target.replace(':', '-')}",
            "menu_label": label,
            "menu_name": f"agenda-{target.replace(':', '-').replace('_', '-')}",
            "target": target,
            "icon": icon,
            "menu_order": order,
            "menu_item_class": item_class,
        },
    )


# Appointments -------------------------------------------------------------------------------------


class ScopedObjectMixin:
    """Objects come only from the user's sportelli (the permission policy's scope): else 404."""

    def get_scoped_queryset(self):
        return self.permission_policy.instances_user_has_permission_for(self.request.user, "view")

    def get_object(self, queryset=None):
        pk = self.kwargs.get(self.pk_url_kwarg) if hasattr(self, "pk_url_kwarg") else self.kwargs.get("pk")
        return get_object_or_404(self.get_scoped_queryset(), pk=pk)


class AppointmentIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            self.permission_policy.instances_user_has_permission_for(self.request.user, "view")
            .select_related("sportello", "assigned_operator")
            .order_by("start", "seat")
        )


class AppointmentInspectView(ScopedObjectMixin, generic.InspectView):
    pass


class AppointmentHistoryView(ScopedObjectMixin, HistoryView):
    any_permission_required = ["view"]


class AppointmentUsageView(ScopedObjectMixin, UsageView):
    permission_required = "view"


class AppointmentEditView(ScopedObjectMixin, generic.EditView):
    """Refused by the policy ("change"): the action screens are the one way to change an appointment."""


class AppointmentDeleteView(ScopedObjectMixin, generic.DeleteView):
    """Refused by the policy ("delete")."""


class AppointmentViewSet(ModelViewSet):
    model = Appointment
    name = "appuntamenti"
    url_prefix = "sportelli/elenco"
    icon = "list-ul"
    menu_label = "Appuntamenti"
    menu_order = 150
    index_view_class = AppointmentIndexView
    inspect_view_class = AppointmentInspectView
    history_view_class = AppointmentHistoryView
    usage_view_class = AppointmentUsageView
    edit_view_class = AppointmentEditView
    delete_view_class = AppointmentDeleteView
    inspect_view_enabled = True
    filterset_class = AppointmentFilterSet
    # No names or contacts in the list or its export; the inspect view (per sportello) shows them.
    list_display = [
        "reference",
        Column("sportello", label="Sportello"),
        Column("start", label="Quando"),
        "topic",
        "status",
        "urgent",
        Column("assigned_operator", label="Operatore"),
    ]
    list_export = [
        "reference",
        "sportello",
        "start",
        "topic_label",
        "channel",
        "status",
        "urgent",
        "municipality",
    ]
    export_headings = {
        "reference": "Codice",
        "sportello": "Sportello",
        "start": "Inizio",
        "topic_label": "Argomento",
        "channel": "Canale",
        "status": "Stato",
        "urgent": "Urgente",
        "municipality": "Comune",
    }
    export_filename = "appuntamenti"
    inspect_view_fields = [
        "reference",
        "sportello",
        "start",
        "end",
        "topic",
        "channel",
        "status",
        "urgent",
        "name",
        "phone",
        "email",
        "municipality",
        "note",
        "source_page",
        "assigned_operator",
        "created_at",
    ]
    ordering = ["start"]
    search_fields = ["reference"]

    @cached_property
    def menu_item_class(self):
        return AgendaMenuItem


SPORTELLO_CARDS = "wagtailsnippets_booking_sportello:list"  # operators.snippets


class SportelliGroup(ViewSetGroup):
    menu_label = "Sportelli"
    menu_icon = "date"
    menu_name = "sportelli"
    menu_order = 240
    items = (
        AgendaViewSet,
        AppointmentViewSet,
        link("Prenota per una persona", "book", "plus", 200),
        link("Aperture e chiusure", "openings", "time", 300),
        link("Calendario sul telefono", "feeds", "calendar", 400),
        link("Numeri per programmare", "numbers", "table", 500),
        link("Esporta (CSV, XLSX)", "export", "download", 600, CoordinatorMenuItem),
        link("Schede degli sportelli", SPORTELLO_CARDS, "home", 700, SportelloCardsMenuItem),
    )
