from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.admin_views import ZeroResultReportView
from search.models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = "Sinonimi"
    add_to_admin_menu = False
    list_display = ["__str__", "language", "note", "updated_at"]
    list_filter = ["language"]
    search_fields = ["terms"]
    ordering = ["pk"]


register_snippet(SynonymGroupViewSet)


@hooks.register("register_admin_urls")
def register_zero_result_report_url():
    return [
        path("reports/ricerche-senza-risultati/", ZeroResultReportView.as_view(), name="search_zero_results"),
        path(
            "reports/ricerche-senza-risultati/results/",
            ZeroResultReportView.as_view(results_only=True),
            name="search_zero_results_results",
        ),
    ]


class ZeroResultMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_zeroresultquery") or request.user.is_superuser


@hooks.register("register_reports_menu_item")
def register_zero_result_report_menu_item():
    return ZeroResultMenuItem(
        "Ricerche senza risultati",
        reverse("search_zero_results"),
        name="search-zero-results",
        icon_name="search",
        order=900,
    )
