from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.cache import mark_cacheable
from core.models import EmergencyTexts, Municipality


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    menu_label = "Comuni"
    add_to_admin_menu = False
    list_display = ["name", "in_district", "sort_order"]
    list_filter = ["in_district"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


register_snippet(MunicipalityViewSet)


class EmergencyTextsViewSet(SnippetViewSet):
    """The emergency box's words per language: the Italian ones follow the site settings; the other
    languages are made with "Traduci" (wagtail-localize) from the Italian snippet."""

    model = EmergencyTexts
    icon = "warning"
    menu_label = "Testi delle emergenze"
    add_to_admin_menu = False
    list_display = ["__str__", "intro"]


register_snippet(EmergencyTextsViewSet)


@hooks.register("before_serve_page")
def allow_page_cache(page, request, serve_args, serve_kwargs):
    mark_cacheable(request, page)
