"""Guides: the easy-read pages citizens come for, grouped by topic.

Tree: HomePage > GuideIndexPage (/guide/) > GuideTopicPage (one per topic) > GuidePage.
"""

import json
from urllib.parse import quote, urlencode

from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models.functions import Lower
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, slugify

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index

from core.cache import fragment_version
from core.pagetree import TreePageMixin
from core.topics import TOPIC_CHOICES, TOPICS, TOPICS_BY_SLUG
from guides.blocks import GuideBodyBlock, body_text
from guides.glossary import Glossary
from guides.panels import ReadabilityPanel
from guides.readability import SUMMARY_TARGET, formula_for

BOOKING_PATH = "/prenota/"
TOPIC_ORDER = {topic.slug: position for position, topic in enumerate(TOPICS)}


class GuideIndexPage(TreePageMixin, Page):
    """/guide/: the four topics."""

    intro = models.TextField("introduzione", max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.GuideTopicPage"]
    max_count = 1

    class Meta:
        verbose_name = "indice delle guide"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = list(GuideTopicPage.objects.child_of(self).live().public())
        topics.sort(key=lambda page: TOPIC_ORDER.get(page.topic, len(TOPIC_ORDER)))
        context["topic_pages"] = topics
        return context


class GuideTopicPageForm(WagtailAdminPageForm):
    """Refuses a second page for the same topic before Wagtail tries to save it."""

    def clean(self):
        cleaned = super().clean()
        parent = self.parent_page or (self.instance.get_parent() if self.instance.pk else None)
        topic = cleaned.get("topic")
        if parent is not None and topic:
            siblings = GuideTopicPage.objects.child_of(parent).filter(topic=topic)
            if self.instance.pk:
                siblings = siblings.exclude(pk=self.instance.pk)
            if siblings.exists():
                self.add_error("topic", DUPLICATE_TOPIC)
        return cleaned


DUPLICATE_TOPIC = "C'è già una pagina per questo argomento."


class GuideTopicPage(TreePageMixin, Page):
    """One topic (``core.topics``): lists its guides with their summary."""

    topic = models.CharField("argomento", max_length=40, choices=TOPIC_CHOICES)
    intro = models.TextField("introduzione", max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("topic"), FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.FilterField("topic")]

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = ["guides.GuidePage"]
    base_form_class = GuideTopicPageForm

    class Meta:
        verbose_name = "argomento delle guide"
        verbose_name_plural = "argomenti delle guide"

    @property
    def sections(self):
        """The body's headings as (anchor, title), for the "In questa pagina" index.

        The anchors are the ids ``blocks/heading.html`` gives each heading; a repeated heading is
        listed once (its anchor would point to the first one anyway)."""
        found, seen = [], set()
        for block in self.body:
            if block.block_type == "heading" and block.value:
                anchor = "sezione-" + slugify(str(block.value))
                if anchor not in seen:
                    seen.add(anchor)
                    found.append({"anchor": anchor, "title": str(block.value)})
        return found

    @property
    def topic_label(self):
        topic = TOPICS_BY_SLUG.get(self.topic)
        return topic.label if topic else self.topic

    @property
    def booking_url(self):
        return f"{BOOKING_PATH}?{urlencode({'argomento': self.topic})}"

    def clean(self):
        super().clean()
        parent = self.get_parent() if self.path else None
        if parent is None:
            return
        siblings = GuideTopicPage.objects.child_of(parent).filter(topic=self.topic)
        if self.pk:
            siblings = siblings.exclude(pk=self.pk)
        if siblings.exists():
            raise ValidationError({"topic": DUPLICATE_TOPIC})

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # The guides below carry the topic as a column (other apps filter on it): keep it in step.
        if self.pk and self.path:
            GuidePage.objects.child_of(self).exclude(topic=self.topic).update(topic=self.topic)
        return result

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = GuidePage.objects.child_of(self).live().public().order_by("path")
        return context


class GuidePage(TreePageMixin, Page):
    """An easy-read guide: in brief, who it is for, what to do, who can help, when reviewed."""

    topic = models.CharField(
        "argomento",
        max_length=40,
        choices=TOPIC_CHOICES,
        editable=False,
        db_index=True,
        help_text="Preso dalla pagina dell'argomento che contiene la guida.",
    )
    summary = models.TextField(
        "in breve",
        max_length=600,
        help_text=f"Cos'è, in 2 o 3 frasi brevi. Punteggio Gulpease di almeno {SUMMARY_TARGET}.",
    )
    audience = models.TextField(
        "a chi è rivolto", max_length=400, help_text="Chi può usare questa guida, in 1 o 2 frasi."
    )
    body = StreamField(GuideBodyBlock(), verbose_name="testo")
    urgent = models.BooleanField(
        "pagina urgente",
        default=False,
        help_text="Per chi ha bisogno di aiuto subito: i numeri di emergenza vanno in cima alla pagina.",
    )
    last_reviewed = models.DateField(
        "ultima revisione", help_text="Quando un esperto ha controllato il testo."
    )
    review_by = models.DateField("da rivedere entro", help_text="Dopo questa data la guida va ricontrollata.")
    # Kept up to date on save, so the reports filter and sort in the database.
    summary_score = models.FloatField("Gulpease in breve", null=True, editable=False)
    body_score = models.FloatField("Gulpease testo", null=True, editable=False)

    content_panels = [
        *Page.content_panels,
        ReadabilityPanel(heading="Leggibilità (Gulpease in italiano, Flesch in inglese e francese)"),
        FieldPanel("urgent", heading="Pagina urgente"),
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("last_reviewed"), FieldPanel("review_by")], heading="Revisione"),
        InlinePanel("related_guide_links", label="Guide collegate", heading="Guide collegate"),
        InlinePanel(
            "related_partner_links",
            label="Partner",
            heading="Partner da mostrare",
            help_text="Si aggiungono in automatico i partner che offrono l'argomento della guida.",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("audience"),
        index.SearchField("body"),
        index.FilterField("topic"),
        index.FilterField("review_by"),
    ]

    parent_page_types = ["guides.GuideTopicPage"]
    subpage_types = []

    class Meta:
        verbose_name = "guida"
        verbose_name_plural = "guide"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(review_by__gte=models.F("last_reviewed")),
                name="guide_review_by_after_last_reviewed",
            ),
        ]

    def clean(self):
        super().clean()
        if self.last_reviewed and self.review_by and self.review_by < self.last_reviewed:
            raise ValidationError({"review_by": "Deve venire dopo la data dell'ultima revisione."})

    def save(self, *args, **kwargs):
        # Partial saves (e.g. Wagtail recording a draft revision) leave the live columns alone.
        if kwargs.get("update_fields") is None:
            parent = self.get_parent() if self.path else None
            if parent is not None:
                parent = parent.specific_deferred
                if isinstance(parent, GuideTopicPage):
                    self.topic = parent.topic
            formula = self.readability_formula
            self.summary_score = formula.score(self.summary) if formula else None
            self.body_score = formula.score(self.plain_body) if formula else None
        return super().save(*args, **kwargs)

    @property
    def readability_formula(self):
        """Gulpease for Italian guides, Flesch for English and French, None for the others."""
        locale = self.locale if self.locale_id else Locale.get_default()
        return formula_for(locale.language_code)

    @property
    def plain_body(self):
        return body_text(self.body)

    @property
    def topic_label(self):
        topic = TOPICS_BY_SLUG.get(self.topic)
        return topic.label if topic else self.topic

    @property
    def booking_url(self):
        return f"{BOOKING_PATH}?{urlencode({'argomento': self.topic, 'guida': self.pk})}"

    @property
    def meta_description(self):
        return self.search_description or Truncator(self.summary).chars(155)

    @property
    def is_below_target(self):
        formula = self.readability_formula
        if formula is None:
            return False
        summary, body = self.summary_score or 0, self.body_score or 0
        return summary < formula.summary_target or body < formula.body_target

    def get_related_guides(self):
        """Live related guides, in the editor's order, in one query; on a translated guide each in the
        reader's language where its translation is live (one more query), otherwise the Italian one."""
        links = (
            self.related_guide_links.filter(guide__live=True).select_related("guide").order_by("sort_order")
        )
        guides = [link.guide for link in links]
        if any(guide.locale_id != self.locale_id for guide in guides):
            keys = [guide.translation_key for guide in guides]
            local = {
                guide.translation_key: guide
                for guide in GuidePage.objects.live().filter(
                    locale_id=self.locale_id, translation_key__in=keys
                )
            }
            guides = [local.get(guide.translation_key, guide) for guide in guides]
        return guides

    RELATED_PARTNERS_SHOWN = 6  # a handful: the rest are one tap away in the filtered directory

    def get_related_partners(self):
        """Who can help with this guide: partners picked by the editor first, then active partners
        offering the guide's topic (from the directory), each once, at most RELATED_PARTNERS_SHOWN
        in all; the page links to the directory filtered by the topic for the others."""
        from partners.models import Partner, localize
        from partners.services import partners_for_topic

        picked_ids = [link.partner_id for link in self.related_partner_links.all()]
        picked = {}
        if picked_ids:
            found = Partner.objects.public().for_directory().filter(pk__in=picked_ids)
            picked = {p.pk: p for p in localize(found)}
        partners = [picked[pk] for pk in picked_ids if pk in picked][: self.RELATED_PARTNERS_SHOWN]
        room = self.RELATED_PARTNERS_SHOWN - len(partners)
        if room > 0:
            partners += partners_for_topic(self.topic, limit=room, exclude=picked)
        return partners

    def json_ld(self, request=None):
        """Schema.org ``Article`` for search engines, as a JSON string safe inside <script>."""
        data = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title,
            "description": self.meta_description,
            "inLanguage": "it",
            "about": self.topic_label,
            "url": self.get_full_url(request),
            "datePublished": self.first_published_at,
            "dateModified": self.last_reviewed,
            "audience": {"@type": "Audience", "audienceType": strip_tags(self.audience)},
        }
        data = {key: value for key, value in data.items() if value}
        text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
        # Nothing in the data may close the script element.
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        return mark_safe(text)  # noqa: S308 - JSON with <, > and & escaped

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The article (body with glossary, partners, related guides) is a cached fragment: these
        # are only computed when it is rendered, i.e. after a publish or a change to partners,
        # glossary, settings or any page.
        context["related_guides"] = SimpleLazyObject(self.get_related_guides)
        context["related_partners"] = SimpleLazyObject(self.get_related_partners)
        context["glossary"] = SimpleLazyObject(lambda: load_glossary(self.locale_id))
        context["fragment_timeout"], context["fragment_version"] = fragment_version(request, self)
        # The address the reader is using (host and port), not the Site record's: under `make run`
        # that is http://127.0.0.1:<port>/…, which opens, where the Site may say http://localhost/.
        share_url = request.build_absolute_uri(self.get_url(request)) if request else self.get_full_url()
        context["share_url"] = share_url
        context["whatsapp_url"] = "https://wa.me/?" + urlencode(
            {"text": f"{self.title} {context['share_url']}"}
        )
        context["mail_url"] = "mailto:?" + urlencode(
            {"subject": self.title, "body": context["share_url"]}, quote_via=quote
        )
        return context


class GuideRelatedGuide(Orderable):
    """A guide suggested at the end of another guide ("Leggi anche")."""

    page = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="related_guide_links")
    guide = models.ForeignKey(GuidePage, verbose_name="guida", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("guide", page_type="guides.GuidePage")]

    class Meta(Orderable.Meta):
        verbose_name = "guida collegata"
        verbose_name_plural = "guide collegate"
        constraints = [
            models.UniqueConstraint(fields=["page", "guide"], name="guide_related_once"),
            models.CheckConstraint(
                condition=~models.Q(page=models.F("guide")), name="guide_not_related_to_itself"
            ),
        ]


class GuideRelatedPartner(Orderable):
    """A partner the editor wants on this guide even if its services do not match the topic."""

    page = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="related_partner_links")
    partner = models.ForeignKey(
        "partners.Partner", verbose_name="partner", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        verbose_name = "partner scelto"
        verbose_name_plural = "partner scelti"
        constraints = [models.UniqueConstraint(fields=["page", "partner"], name="guide_partner_once")]


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A bureaucratic word and its plain explanation, shown where it first appears in a guide.

    Translatable (wagtail-localize): the Italian term is the source; a page in another language
    explains the words of that language's translations, and the Italian terms not translated yet."""

    term = models.CharField("parola", max_length=80)
    variants = models.TextField(
        "altre forme",
        blank=True,
        help_text="Una per riga: plurali, sigle, modi diversi di scriverla (es. «Isee», «indicatore ISEE»).",
    )
    definition = models.TextField(
        "spiegazione semplice",
        max_length=400,
        help_text="1 o 2 frasi brevi, con parole di tutti i giorni.",
    )
    updated_at = models.DateTimeField("ultima modifica", auto_now=True)

    panels = [FieldPanel("term"), FieldPanel("variants"), FieldPanel("definition")]
    search_fields = [
        index.SearchField("term", boost=3),
        index.AutocompleteField("term"),
        index.SearchField("variants"),
        index.SearchField("definition"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "parola del glossario"
        verbose_name_plural = "glossario"
        ordering = ["term"]
        constraints = [models.UniqueConstraint(Lower("term"), "locale", name="glossary_term_unique_ci")]

    def __str__(self):
        return self.term

    @cached_property
    def variant_list(self):
        return [line.strip() for line in self.variants.splitlines() if line.strip()]

    def validate_constraints(self, exclude=None):
        # The case-insensitive unique constraint (per language) gets an Italian message.
        locale_id = self.locale_id or Locale.get_default().pk
        clash = GlossaryTerm.objects.filter(term__iexact=self.term.strip(), locale_id=locale_id)
        if self.term and clash.exclude(pk=self.pk).exists():
            raise ValidationError({"term": "Questa parola è già nel glossario."})
        super().validate_constraints(exclude=exclude)


def guides_for_topics(topics, limit=6):
    """Live, public guides on any of ``topics``, by title (registered in ``core.related``)."""
    return list(GuidePage.objects.live().public().filter(topic__in=list(topics)).order_by("title")[:limit])


def glossary_terms(locale_id=None):
    """The glossary of one language (one query): the terms translated into it, and the Italian terms
    without a translation into it (a page in that language may still use the Italian word)."""
    default_id = Locale.get_default().pk
    locale_id = locale_id or default_id
    terms = GlossaryTerm.objects.filter(locale_id__in={default_id, locale_id}).order_by("term")
    rows = list(terms.values_list("translation_key", "locale_id", "term", "variants", "definition"))
    translated = {key for key, term_locale, *_ in rows if term_locale == locale_id}
    return [
        {"term": term, "variants": [v.strip() for v in variants.splitlines() if v.strip()], "definition": d}
        for key, term_locale, term, variants, d in rows
        if term_locale == locale_id or key not in translated
    ]


def load_glossary(locale_id=None):
    """The glossary of ``locale_id``'s pages (the default language's by default), ready to mark a
    guide's text (cached per language; see ``guides.glossary``)."""
    return Glossary.load(lambda: glossary_terms(locale_id), key=locale_id or "default")
