from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import ObservatoryAdminView, VerifiedBuildingsView, can_see_observatory, can_see_verified
from .models import VacantBuilding


class DuplicateColumn(Column):
    def get_value(self, instance):
        if instance.duplicate_of_id:
            return f"Doppione di n. {instance.duplicate_of_id}"
        return ""


class VacantBuildingViewSet(SnippetViewSet):
    """Reports of vacant buildings: staff review them, set the status, link duplicates."""

    model = VacantBuilding
    icon = "home"
    menu_label = "Immobili sfitti"
    menu_order = 260
    add_to_admin_menu = True
    list_display = [
        Column("pk", label="N."),
        "municipality",
        "address",
        Column("get_kind_display", label="Tipo"),
        Column("get_condition_display", label="Condizioni"),
        Column("get_status_display", label="Stato"),
        DuplicateColumn("duplicate_of", label="Doppione"),
        DateColumn("created_at", label="Ricevuta il"),
    ]
    list_filter = {
        "municipality": ["exact"],
        "status": ["exact"],
        "kind": ["exact"],
        "condition": ["exact"],
        "duplicate_of": ["isnull"],
    }
    list_export = [
        "pk",
        "municipality",
        "address",
        "kind",
        "ownership",
        "condition",
        "size_sqm",
        "rooms",
        "rent_concordato",
        "lend_temporary",
        "status",
        "unsuitable_reason",
        "created_at",
    ]
    search_fields = ["address", "staff_notes"]
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return VacantBuilding.objects.select_related("municipality")


register_snippet(VacantBuildingViewSet)


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, check, **kwargs):
        super().__init__(*args, **kwargs)
        self.check = check

    def is_shown(self, request):
        return self.check(request.user)


@hooks.register("register_reports_menu_item")
def register_observatory_menu_item():
    return PermissionMenuItem(
        "Osservatorio abitare",
        reverse("territory_observatory_admin"),
        icon_name="table",
        order=900,
        check=can_see_observatory,
    )


@hooks.register("register_reports_menu_item")
def register_verified_menu_item():
    return PermissionMenuItem(
        "Immobili verificati",
        reverse("territory_verified_buildings"),
        icon_name="home",
        order=910,
        check=can_see_verified,
    )


@hooks.register("register_admin_urls")
def register_territory_urls():
    return [
        path("osservatorio/", ObservatoryAdminView.as_view(), name="territory_observatory_admin"),
        path("immobili-verificati/", VerifiedBuildingsView.as_view(), name="territory_verified_buildings"),
    ]


@hooks.register("register_permissions")
def register_territory_permissions():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="territory",
        codename__in=["view_verified_buildings", "view_observatorysnapshot", "add_observatorysnapshot"],
    )
