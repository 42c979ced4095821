from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from feedback import reports

report_urlpatterns = [
    path("", reports.FeedbackReportView.as_view(), name="feedback"),
    path("results/", reports.FeedbackReportView.as_view(results_only=True), name="feedback_results"),
    path("<int:page_id>/", reports.PageFeedbackReportView.as_view(), name="feedback_page"),
    path(
        "<int:page_id>/results/",
        reports.PageFeedbackReportView.as_view(results_only=True),
        name="feedback_page_results",
    ),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/feedback/", include((report_urlpatterns, "feedback_reports")))]


class EditorMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, reports.EDITOR_PERMISSIONS)


@hooks.register("register_reports_menu_item")
def feedback_menu_item():
    return EditorMenuItem(
        "Valutazioni delle pagine", reverse("feedback_reports:feedback"), icon_name="pick", order=920
    )
