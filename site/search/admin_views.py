"""Admin report: what citizens searched for and did not find, most frequent first."""

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from .models import ZeroResultQuery


class ZeroResultReportView(ReportView):
    page_title = "Ricerche senza risultati"
    header_icon = "search"
    index_url_name = "search_zero_results"
    index_results_url_name = "search_zero_results_results"
    permission_policy = ModelPermissionPolicy(ZeroResultQuery)
    any_permission_required = ["view", "change", "delete"]
    model = ZeroResultQuery
    paginate_by = 50
    list_export = ["query", "count", "first_seen", "last_seen"]
    export_headings = {
        "query": "Ricerca",
        "count": "Volte",
        "first_seen": "Prima volta",
        "last_seen": "Ultima volta",
    }
    columns = [
        Column("query", label="Ricerca"),
        Column("count", label="Volte"),
        Column("last_seen", label="Ultima volta"),
    ]

    def get_filename(self):
        return "ricerche-senza-risultati"

    def get_queryset(self):
        return ZeroResultQuery.objects.order_by("-count", "query")
