"""Admin reports for editors: readability below target, guides past review (feedback: own app)."""

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from guides.models import GuidePage
from guides.readability import BODY_TARGET, SUMMARY_TARGET

EDITOR_PERMISSIONS = ["add", "change", "publish"]


def editable_pages(user):
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


class EditorReportView(ReportView):
    """A report on pages: editors see the pages they may change."""

    model = Page
    any_permission_required = EDITOR_PERMISSIONS
    header_icon = "doc-full"

    def guides(self):
        return GuidePage.objects.filter(pk__in=editable_pages(self.request.user).values("pk"))


class ReadabilityReportView(EditorReportView):
    page_title = "Guide difficili da leggere"
    header_icon = "glasses"
    index_url_name = "guides_reports:readability"
    index_results_url_name = "guides_reports:readability_results"
    no_results_message = "Tutte le guide raggiungono gli obiettivi di leggibilità."
    columns = [
        TitleColumn("title", label="Guida", get_url=edit_url),
        Column("topic_label", label="Argomento"),
        Column("summary_score", label=f"Gulpease in breve (obiettivo {SUMMARY_TARGET})"),
        Column("body_score", label=f"Gulpease testo (obiettivo {BODY_TARGET})"),
    ]
    list_export = ["title", "topic", "summary_score", "body_score"]

    def get_queryset(self):
        below = (
            Q(summary_score__lt=SUMMARY_TARGET)
            | Q(summary_score__isnull=True)
            | Q(body_score__lt=BODY_TARGET)
            | Q(body_score__isnull=True)
        )
        return self.guides().filter(below).order_by("body_score", "summary_score", "title")


class ReviewDueReportView(EditorReportView):
    page_title = "Guide da rivedere"
    header_icon = "time"
    index_url_name = "guides_reports:review_due"
    index_results_url_name = "guides_reports:review_due_results"
    no_results_message = "Nessuna guida ha superato la data di revisione."
    columns = [
        TitleColumn("title", label="Guida", get_url=edit_url),
        Column("topic_label", label="Argomento"),
        DateColumn("last_reviewed", label="Ultima revisione"),
        DateColumn("review_by", label="Da rivedere entro"),
    ]
    list_export = ["title", "topic", "last_reviewed", "review_by"]

    def get_queryset(self):
        return self.guides().filter(review_by__lt=timezone.localdate()).order_by("review_by", "title")
