from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils import timezone

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, LiveStatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ErrorReport, Language, Partner, PartnerText
from .services import stale_partners


class DirectoryStaffOnly:
    """Wagtail's workflow screens of a partner only for the directory's staff.

    Some of them (the cancellation modal, the history) check no model permission: partner staff,
    who have admin access but no permission on partners, get 403 there as on every other screen.
    """

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not (user.is_superuser or user.has_perm("partners.change_partner")):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PartnerViewSet(SnippetViewSet):
    model = Partner
    workflow_action_view_class = type(
        "PartnerWorkflowActionView", (DirectoryStaffOnly, snippet_views.WorkflowActionView), {}
    )
    collect_workflow_action_data_view_class = type(
        "PartnerCollectWorkflowActionDataView",
        (DirectoryStaffOnly, snippet_views.CollectWorkflowActionDataView),
        {},
    )
    confirm_workflow_cancellation_view_class = type(
        "PartnerConfirmWorkflowCancellationView",
        (DirectoryStaffOnly, snippet_views.ConfirmWorkflowCancellationView),
        {},
    )
    workflow_preview_view_class = type(
        "PartnerWorkflowPreviewView", (DirectoryStaffOnly, snippet_views.WorkflowPreviewView), {}
    )
    workflow_history_view_class = type(
        "PartnerWorkflowHistoryView", (DirectoryStaffOnly, snippet_views.WorkflowHistoryView), {}
    )
    workflow_history_detail_view_class = type(
        "PartnerWorkflowHistoryDetailView", (DirectoryStaffOnly, snippet_views.WorkflowHistoryDetailView), {}
    )
    icon = "group"
    menu_label = "Partner"
    list_display = [
        "name",
        Column("get_kind_display", label="Tipo"),
        Column("get_status_display", label="Stato"),
        DateColumn("verified_on", label="Verificato il", sort_key="verified_on"),
        LiveStatusTagColumn(label="Pubblicazione"),
    ]
    list_filter = ["kind", "status", "live", "serves_whole_district"]
    list_export = ["name", "kind", "status", "email", "phone", "verified_on"]
    search_fields = ["name", "description"]
    ordering = ["name"]


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "globe"
    menu_label = "Lingue"
    list_display = ["name", "code"]
    search_fields = ["name", "code"]


class ErrorReportViewSet(SnippetViewSet):
    """The "Segnala un errore" messages: staff read them, fix the entry, tick "gestita"."""

    model = ErrorReport
    icon = "warning"
    menu_label = "Segnalazioni di errore"
    list_display = ["__str__", "partner", "message", "handled"]
    list_filter = ["handled"]
    search_fields = ["message"]
    ordering = ["handled", "-created_at"]


class PartnerTextViewSet(SnippetViewSet):
    """The public texts of each partner per language: the Italian ones follow the partner (copied on
    publish); translators translate them with wagtail-localize ("Traduci" in the listing)."""

    model = PartnerText
    icon = "doc-full"
    menu_label = "Testi tradotti"
    list_display = ["__str__", "locale", "updated_at"]
    list_filter = ["locale"]
    ordering = ["partner__name"]


class PartnersGroup(SnippetViewSetGroup):
    menu_label = "Rete dei partner"
    menu_icon = "group"
    menu_order = 250
    items = (PartnerViewSet, PartnerTextViewSet, ErrorReportViewSet, LanguageViewSet)


register_snippet(PartnersGroup)


class StalePartnersReportView(ReportView):
    """Entries nobody has checked with the partner in six months: the oldest first."""

    page_title = "Partner da verificare"
    header_icon = "time"
    index_url_name = "partners_stale_report"
    index_results_url_name = "partners_stale_report_results"
    model = Partner
    any_permission_required = ["change"]
    paginate_by = 50
    list_export = ["name", "verified_on", "status", "email", "phone"]
    export_headings = {"name": "Nome", "verified_on": "Verificato il", "status": "Stato"}
    columns = [
        TitleColumn(
            "name",
            label="Partner",
            get_url=lambda partner: reverse("wagtailsnippets_partners_partner:edit", args=[partner.pk]),
        ),
        DateColumn("verified_on", label="Verificato il"),
        Column("get_status_display", label="Stato"),
        BooleanColumn("live", label="Pubblicato"),
    ]

    @property
    def permission_policy(self):
        return ModelPermissionPolicy(Partner)

    def get_queryset(self):
        return stale_partners(timezone.localdate())


class StalePartnersMenuItem(MenuItem):
    def is_shown(self, request):
        return ModelPermissionPolicy(Partner).user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def register_stale_partners_menu_item():
    return StalePartnersMenuItem(
        "Partner da verificare", reverse("partners_stale_report"), icon_name="time", order=800
    )


@hooks.register("register_admin_urls")
def register_stale_partners_urls():
    return [
        path(
            "reports/partner-da-verificare/", StalePartnersReportView.as_view(), name="partners_stale_report"
        ),
        path(
            "reports/partner-da-verificare/results/",
            StalePartnersReportView.as_view(results_only=True),
            name="partners_stale_report_results",
        ),
    ]
