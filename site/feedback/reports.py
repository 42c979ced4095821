"""Admin reports on page feedback: every page's average, and every answer about one page.

Editors see the pages they may change (Wagtail's page permissions), nothing else.
"""

from django.db.models import Avg, Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from feedback.models import NEGATIVE_ANSWERS, POSITIVE_ANSWERS, POSITIVE_FROM, PageFeedback

EDITOR_PERMISSIONS = ["add", "change", "publish"]


def editable_pages(user):
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")


def feedback_detail_url(page):
    return reverse("feedback_reports:feedback_page", args=[page.pk])


class FeedbackReportView(ReportView):
    model = Page
    any_permission_required = EDITOR_PERMISSIONS
    page_title = "Valutazioni delle pagine"
    header_icon = "pick"
    index_url_name = "feedback_reports:feedback"
    index_results_url_name = "feedback_reports:feedback_results"
    no_results_message = "Ancora nessuna valutazione."
    columns = [
        TitleColumn("title", label="Pagina", get_url=feedback_detail_url),
        Column("feedback_average", label="Media delle stelle"),
        Column("feedback_count", label="Valutazioni"),
        Column("feedback_low", label="Con meno di 4 stelle"),
        Column("feedback_comments", label="Commenti"),
    ]
    list_export = ["title", "feedback_average", "feedback_count", "feedback_low", "feedback_comments"]

    def get_queryset(self):
        pages = editable_pages(self.request.user).filter(feedback__isnull=False).distinct()
        return (
            Page.objects.filter(pk__in=pages.values("pk"))
            .annotate(
                feedback_average=Avg("feedback__rating"),
                feedback_count=Count("feedback"),
                feedback_low=Count("feedback", filter=Q(feedback__rating__lt=POSITIVE_FROM)),
                feedback_comments=Count("feedback", filter=~Q(feedback__comment="")),
            )
            .order_by("feedback_average", "-feedback_count")
        )

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.feedback_average = round(page.feedback_average, 1)
        return object_list


class PageFeedbackReportView(ReportView):
    """Every answer about one page, with the counts per follow-up answer."""

    model = PageFeedback
    any_permission_required = None
    header_icon = "pick"
    template_name = "feedback/admin/page_report.html"
    index_url_name = "feedback_reports:feedback_page"
    index_results_url_name = "feedback_reports:feedback_page_results"
    no_results_message = "Ancora nessuna valutazione per questa pagina."
    columns = [
        DateColumn("created_at", label="Inviata"),
        Column("rating", label="Stelle"),
        Column("answer_label", label="Risposta"),
        Column("comment", label="Commento"),
    ]
    list_export = ["created_at", "rating", "answer_label", "comment"]

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific_deferred
        if not self.page.permissions_for_user(request.user).can_edit():
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    @property
    def permission_policy(self):
        return None  # checked per page in dispatch

    def get_page_title(self):
        return f"Valutazioni: {self.page.title}"

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.page.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.page.pk])

    def get_queryset(self):
        return PageFeedback.objects.filter(page=self.page).order_by("-created_at")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        answers = PageFeedback.objects.filter(page=self.page)
        totals = answers.aggregate(average=Avg("rating"), count=Count("pk"))
        tally = {}
        for row in answers.exclude(answer="").values("answer", "rating").annotate(n=Count("pk")):
            key = (row["answer"], row["rating"] >= POSITIVE_FROM)
            tally[key] = tally.get(key, 0) + row["n"]
        context["feedback_page"] = self.page
        context["average"] = round(totals["average"], 1) if totals["average"] is not None else None
        context["count"] = totals["count"]
        context["negative_answers"] = [
            (label, tally.get((code, False), 0)) for code, label in NEGATIVE_ANSWERS
        ]
        context["positive_answers"] = [
            (label, tally.get((code, True), 0)) for code, label in POSITIVE_ANSWERS
        ]
        return context
