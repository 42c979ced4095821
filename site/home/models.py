from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.pagetree import TreePageMixin, url_path_prefixes
from core.topics import TOPICS
from guides.models import GuideTopicPage

PLAIN_RICH_TEXT = ["bold", "link", "ol", "ul", "h2", "h3"]


class HomePage(TreePageMixin, Page):
    """The entry point: what the service does, the four topics, search, booking, emergencies."""

    intro = models.TextField(
        "cosa fa il servizio",
        max_length=400,
        help_text="Due frasi brevi: chi siamo e come possiamo aiutarti.",
    )
    booking_text = models.CharField(
        "testo sopra il pulsante di prenotazione",
        max_length=200,
        default="Vuoi parlare con una persona? Prenota un incontro gratuito allo sportello.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("booking_text")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = "home page"

    def get_topic_entries(self):
        """The four guide topics with their live topic page when it exists."""
        pages = {}
        for page in GuideTopicPage.objects.live().public().descendant_of(self).order_by("path"):
            pages.setdefault(page.topic, page)
        return [{"topic": topic, "page": pages.get(topic.slug)} for topic in TOPICS]

    routes_by_url_path = True  # core.pagetree.route answers for it from the snapshot

    def route(self, request, path_components):
        """Find the deepest page on the path in one query instead of two per level.

        Wagtail walks the tree one slug at a time (a query for the child, one for its specific
        row); a guide at /guide/<topic>/<guide>/ would cost six queries before rendering. The
        page found still routes what is left of the path (e.g. a RoutablePageMixin sub-URL).
        Requests are first routed from the page tree snapshot (core.pagetree.route); this is
        what answers when the snapshot cannot.
        """
        if path_components:
            match = (
                Page.objects.filter(
                    url_path__in=url_path_prefixes(self.url_path, path_components),
                    path__startswith=self.path,
                )
                .order_by("-depth")
                .first()
            )
            if match is not None:
                return match.specific.route(request, path_components[match.depth - self.depth :])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topic_entries"] = self.get_topic_entries()
        return context


class ContentPage(TreePageMixin, Page):
    """A plain page: privacy notice, legal notes, contacts, FAQ."""

    summary = models.TextField("in breve", max_length=400, blank=True)
    body = RichTextField("testo", features=PLAIN_RICH_TEXT)

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = "pagina semplice"
