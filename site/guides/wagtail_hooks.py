from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from guides import reports
from guides.models import GlossaryTerm


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = "Glossario"
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["term", "definition"]
    search_fields = ["term", "variants", "definition"]
    ordering = ["term"]


register_snippet(GlossaryTermViewSet)


def _report_urls(name, view):
    return [
        path(f"{name}/", view.as_view(), name=name),
        path(f"{name}/results/", view.as_view(results_only=True), name=f"{name}_results"),
    ]


report_urlpatterns = [
    *_report_urls("readability", reports.ReadabilityReportView),
    *_report_urls("review_due", reports.ReviewDueReportView),
    *_report_urls("outdated_translations", reports.OutdatedTranslationsReportView),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/guide/", include((report_urlpatterns, "guides_reports")))]


class EditorMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, reports.EDITOR_PERMISSIONS)


@hooks.register("register_reports_menu_item")
def readability_menu_item():
    return EditorMenuItem(
        "Guide difficili da leggere", reverse("guides_reports:readability"), icon_name="glasses", order=900
    )


@hooks.register("register_reports_menu_item")
def review_due_menu_item():
    return EditorMenuItem(
        "Guide da rivedere", reverse("guides_reports:review_due"), icon_name="time", order=910
    )


@hooks.register("register_reports_menu_item")
def outdated_translations_menu_item():
    return EditorMenuItem(
        "Traduzioni da aggiornare",
        reverse("guides_reports:outdated_translations"),
        icon_name="globe",
        order=920,
    )
