"""Admin reports for editors: readability below target, guides past review, translations to update
(feedback: own app)."""

from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from guides.models import GuidePage
from guides.readability import FORMULAS

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
        Column("language", label="Lingua"),
        Column("formula_label", label="Indice (obiettivi in breve / testo)"),
        Column("summary_score", label="In breve"),
        Column("body_score", label="Testo"),
    ]
    list_export = ["title", "topic", "language", "formula_label", "summary_score", "body_score"]

    def get_queryset(self):
        # Each language against its own formula's targets; languages without a formula are left out.
        below = Q(pk__in=[])
        for code, formula in FORMULAS.items():
            below |= Q(locale__language_code=code) & (
                Q(summary_score__lt=formula.summary_target)
                | Q(summary_score__isnull=True)
                | Q(body_score__lt=formula.body_target)
                | Q(body_score__isnull=True)
            )
        guides = self.guides().filter(below).select_related("locale")
        return guides.order_by("locale__language_code", "body_score", "summary_score", "title")

    def decorate_paginated_queryset(self, object_list):
        for guide in object_list:
            formula = FORMULAS[guide.locale.language_code]
            guide.language = guide.locale.get_display_name()
            guide.formula_label = f"{formula.name} ({formula.summary_target} / {formula.body_target})"
        return object_list


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


@dataclass
class OutdatedTranslation:
    """One translation the report lists (a row of "Traduzioni da aggiornare")."""

    title: str
    kind: str
    language: str
    reason: str
    source_changed_at: object
    last_sync: object
    edit_url: str
    sync_url: str


def changed_at(instance):
    """When the Italian source last changed: a page's latest revision, a snippet's ``updated_at``."""
    if isinstance(instance, Page):
        return instance.latest_revision_created_at or instance.last_published_at
    return getattr(instance, "updated_at", None)


def outdated_translations():
    """Every enabled translation whose Italian source changed since its last sync (to be synced),
    or whose strings are not all translated since that sync (to be completed)."""
    from wagtail_localize.models import Translation

    rows = []
    translations = (
        Translation.objects.filter(enabled=True, source__locale=Locale.get_default())
        .select_related("source", "source__specific_content_type", "target_locale")
        .order_by("source__object_repr", "target_locale__language_code")
    )
    sources = {}
    for translation in translations:
        source = translation.source
        if source.pk not in sources:
            try:
                sources[source.pk] = source.get_source_instance()
            except ObjectDoesNotExist:
                sources[source.pk] = None
        instance = sources[source.pk]
        if instance is None:
            continue
        changed = changed_at(instance)
        if changed and changed > source.last_updated_at:
            reason = "Il testo italiano è cambiato: sincronizza la traduzione"
        else:
            total, done = translation.get_progress()
            if done >= total:
                continue
            reason = f"Testi da tradurre: {total - done} di {total}"
        try:
            edit_url = translation.get_target_instance_edit_url()
        except ObjectDoesNotExist:
            edit_url = ""
        rows.append(
            OutdatedTranslation(
                title=source.object_repr,
                kind=capfirst(source.specific_content_type.model_class()._meta.verbose_name),
                language=translation.target_locale.get_display_name(),
                reason=reason,
                source_changed_at=changed,
                last_sync=source.last_updated_at,
                edit_url=edit_url,
                sync_url=reverse("wagtail_localize:update_translations", args=[source.pk]),
            )
        )
    return rows


class OutdatedTranslationsReportView(ReportView):
    """Traduzioni da aggiornare: what translators (or editors) should sync or complete."""

    page_title = "Traduzioni da aggiornare"
    header_icon = "globe"
    index_url_name = "guides_reports:outdated_translations"
    index_results_url_name = "guides_reports:outdated_translations_results"
    any_permission_required = EDITOR_PERMISSIONS
    model = Page
    no_results_message = "Tutte le traduzioni sono aggiornate."
    columns = [
        TitleColumn("title", label="Contenuto", get_url=lambda row: row.edit_url),
        Column("kind", label="Tipo"),
        Column("language", label="Lingua"),
        TitleColumn("reason", label="Cosa fare", get_url=lambda row: row.sync_url),
        DateColumn("source_changed_at", label="Italiano modificato"),
        DateColumn("last_sync", label="Ultima sincronizzazione"),
    ]
    list_export = ["title", "kind", "language", "reason", "source_changed_at", "last_sync"]

    def get_queryset(self):
        return outdated_translations()
