"""Tools that turn a guide into a next step. Each tool is a Wagtail page whose data (stages,
rules, letters, rent parameters) staff edit in the admin, so it is searchable and reviewable
like a guide.

Privacy: the answers a person gives are read from the POST body, used to build the response and
dropped. Nothing is saved, nothing is logged, and result pages are sent ``private, no-store`` so
no cache (ours or the browser's) keeps them. Forms post (never GET) so answers stay out of URLs
and server logs.
"""

from django.db import models
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.text import slugify

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.languages import reading_italian
from core.pagetree import TreePageMixin
from core.topics import TOPIC_CHOICES, TOPICS_BY_SLUG
from tools import logic
from tools.blocks import AgreementBlock, LetterBlock, MeasureBlock, StageBlock
from tools.forms import HelpFinderForm, RentForm, StageForm, letter_form_class
from tools.pdf import letter_pdf


def private(response):
    """Answers built from what the person typed: never cached, never shared."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


class ToolIndexPage(TreePageMixin, Page):
    """/strumenti/: the tools, each with one line on what it does."""

    intro = models.TextField("introduzione", max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "tools.EvictionToolPage",
        "tools.HelpFinderPage",
        "tools.LetterToolPage",
        "tools.AgreedRentPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "elenco degli strumenti"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tools"] = self.get_children().live().public().specific()
        return context


class ToolPage(TreePageMixin, Page):
    """What every tool has: an introduction, the topic it belongs to, sources and review date."""

    topic = models.CharField(
        "argomento",
        max_length=40,
        choices=TOPIC_CHOICES,
        help_text="Lo strumento compare nelle guide di questo argomento.",
    )
    intro = models.TextField("in breve", max_length=600, help_text="Cosa fa lo strumento, in 2 o 3 frasi.")
    search_terms = models.CharField(
        "parole per la ricerca",
        max_length=300,
        blank=True,
        help_text="Come le persone cercano questo strumento, es. «lettera al proprietario».",
    )
    last_reviewed = models.DateField("ultima revisione", help_text="Quando un esperto ha controllato i dati.")

    common_panels = [
        FieldPanel("topic"),
        FieldPanel("intro"),
        FieldPanel("search_terms"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("search_terms", boost=2),
        index.FilterField("topic"),
    ]
    parent_page_types = ["tools.ToolIndexPage"]
    subpage_types = []

    class Meta:
        abstract = True

    @property
    def topic_label(self):
        topic = TOPICS_BY_SLUG.get(self.topic)
        return topic.label if topic else self.topic

    @property
    def booking_url(self):
        return logic.booking_url(self.topic)

    def respond(self, request, context, status=200, template=None):
        response = TemplateResponse(request, template or self.get_template(request), context, status=status)
        return private(response) if request.method == "POST" else response


class EvictionToolPage(ToolPage):
    """ "A che punto è il mio sfratto?": the last document received → where you are, what next."""

    stages = StreamField(
        [("stage", StageBlock())], verbose_name="fasi", help_text="Nell'ordine della procedura."
    )
    urgent_days = models.PositiveSmallIntegerField(
        "giorni per l'urgenza",
        default=30,
        help_text="Se la data sul foglio è entro questi giorni, la prenotazione è segnata come urgente.",
    )

    content_panels = [
        *Page.content_panels,
        *ToolPage.common_panels,
        FieldPanel("stages"),
        FieldPanel("urgent_days"),
    ]
    search_fields = [*ToolPage.search_fields, index.SearchField("stages")]

    class Meta:
        verbose_name = "strumento: a che punto è lo sfratto"

    def stage_values(self):
        return [block.value for block in self.stages]

    def serve(self, request, *args, **kwargs):
        stages = self.stage_values()
        context = self.get_context(request, *args, **kwargs)
        status = 200
        if request.method == "POST":
            form = StageForm(stages, request.POST)
            if form.is_valid():
                context["answer"] = logic.stage_answer(
                    stages,
                    form.cleaned_data["fase"],
                    when=form.cleaned_data["data"],
                    urgent_days=self.urgent_days,
                )
            else:
                status = 400
        else:
            form = StageForm(stages)
        context["form"] = form
        context["stage_options"] = list(zip(form["fase"], stages, strict=False))
        if "answer" in context:
            from partners.services import partners_for_topic

            context["partners"] = partners_for_topic(logic.EVICTION_TOPIC)[:5]
        return self.respond(request, context, status=status)


class HelpFinderPage(ToolPage):
    """ "Quale aiuto fa per me?": a few answers → the measures that may fit, and why."""

    measures = StreamField([("measure", MeasureBlock())], verbose_name="aiuti e regole")

    content_panels = [*Page.content_panels, *ToolPage.common_panels, FieldPanel("measures")]
    search_fields = [*ToolPage.search_fields, index.SearchField("measures")]

    class Meta:
        verbose_name = "strumento: quale aiuto fa per me"

    def serve(self, request, *args, **kwargs):
        context = self.get_context(request, *args, **kwargs)
        status = 200
        if request.method == "POST":
            form = HelpFinderForm(request.POST)
            if form.is_valid():
                data = form.cleaned_data
                context["matches"] = logic.matching_measures(
                    [block.value for block in self.measures],
                    situation=data["situazione"],
                    household=data["famiglia"],
                    municipality=data["comune"],
                    isee=data["isee"],
                )
                context["answered"] = True
            else:
                status = 400
        else:
            form = HelpFinderForm()
        context["form"] = form
        return self.respond(request, context, status=status)


class LetterToolPage(RoutablePageMixin, ToolPage):
    """ "Scrivi al proprietario": pick a letter, fill a short form, print, copy or download it."""

    letters = StreamField([("letter", LetterBlock())], verbose_name="lettere")

    content_panels = [*Page.content_panels, *ToolPage.common_panels, FieldPanel("letters")]
    search_fields = [*ToolPage.search_fields, index.SearchField("letters")]

    class Meta:
        verbose_name = "strumento: lettere al proprietario"

    def letter_values(self):
        return [block.value for block in self.letters]

    def find_letter(self, slug):
        for letter in self.letter_values():
            if letter["slug"] == slug:
                return letter
        raise Http404("Lettera non trovata")

    def letter_url(self, letter):
        return self.url + self.reverse_subpage("letter", kwargs={"slug": letter["slug"]})

    @path("")
    def index_view(self, request):
        if request.method != "GET":
            return HttpResponse(status=405)
        context = self.get_context(request)
        context["letters"] = [(letter, self.letter_url(letter)) for letter in self.letter_values()]
        return self.respond(request, context)

    @path("<slug:slug>/", name="letter")
    def letter_view(self, request, slug):
        letter = self.find_letter(slug)
        form_class = letter_form_class(letter)
        context = self.get_context(request)
        context.update(letter=letter, form_url=self.letter_url(letter))
        status = 200
        template = "tools/letter_form.html"
        if request.method == "POST":
            form = form_class(request.POST)
            if form.is_valid():
                # The letter is written in the page's language (Italian, unless staff translated the
                # page), dates and amounts included, whatever language its writer reads the site in:
                # the landlord reads it.
                wants_pdf = request.POST.get("formato") == "pdf"
                with translation.override(self.locale.language_code):
                    paragraphs = logic.letter_paragraphs(letter, form.cleaned_data)
                    pdf = letter_pdf(paragraphs, title=letter["title"]) if wants_pdf else None
                if wants_pdf:
                    response = HttpResponse(pdf, content_type="application/pdf")
                    response["Content-Disposition"] = f'attachment; filename="{slugify(letter["title"])}.pdf"'
                    return private(response)
                context.update(
                    paragraphs=paragraphs,
                    letter_text="\n\n".join(paragraphs),
                    # Said to a reader of another language when the letter is the Italian one.
                    letter_in_italian_note=self.locale.language_code == "it" and not reading_italian(),
                )
                template = "tools/letter_result.html"
            else:
                status = 400
        else:
            form = form_class()
        context["form"] = form
        return self.respond(request, context, status=status, template=template)


class AgreedRentPage(ToolPage):
    """ "Quanto costerebbe a canone concordato?": zone, size, features → a monthly range."""

    agreements = StreamField([("agreement", AgreementBlock())], verbose_name="accordi territoriali")
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(ToolPage.common_panels, heading="Lo strumento"),
        FieldPanel("agreements"),
    ]
    search_fields = [*ToolPage.search_fields, index.SearchField("agreements")]

    class Meta:
        verbose_name = "strumento: canone concordato"

    def serve(self, request, *args, **kwargs):
        agreements = [block.value for block in self.agreements]
        context = self.get_context(request, *args, **kwargs)
        status = 200
        if request.method == "POST":
            form = RentForm(agreements, request.POST)
            if form.is_valid():
                a_index, z_index = (int(part) for part in form.cleaned_data["zona"].split("-"))
                counted = [f for f in form.cleaned_data["caratteristiche"] if f.split("-")[0] == str(a_index)]
                context["estimate"] = logic.rent_estimate(
                    agreements[a_index], z_index, form.cleaned_data["metri"], len(counted)
                )
            else:
                status = 400
        else:
            form = RentForm(agreements)
        context["form"] = form
        return self.respond(request, context, status=status)


TOOL_MODELS = [EvictionToolPage, HelpFinderPage, LetterToolPage, AgreedRentPage]
