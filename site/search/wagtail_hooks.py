from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = "Sinonimi"
    add_to_admin_menu = False
    list_display = ["__str__", "note", "updated_at"]
    search_fields = ["terms"]
    ordering = ["pk"]


register_snippet(SynonymGroupViewSet)
