"""The booking data as snippets: sportelli (their public card), openings, closures.

They have no menu of their own: the "Sportelli" menu links the sportelli's cards (coordinators)
and the "Aperture e chiusure" screen, so an operator sees one booking menu, in Italian, and no
"Snippets" entry (``menu_item_is_registered``: not listed in Wagtail's snippets index either).
Their permission policy (per sportello) is ``operators.policy``.
"""

from django import forms

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from booking.models import Closure, Opening, Sportello
from core.topics import TOPIC_CHOICES


class OpeningAdminForm(WagtailAdminModelForm):
    topics = forms.MultipleChoiceField(
        label="argomenti",
        choices=TOPIC_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Nessuna scelta: tutti gli argomenti.",
    )


class LinkedSnippetViewSet(SnippetViewSet):
    menu_item_is_registered = True  # reached from the "Sportelli" menu


class SportelloViewSet(LinkedSnippetViewSet):
    model = Sportello
    icon = "home"
    list_display = ["name", "kind", "municipality", "active"]
    list_filter = ["kind", "active"]
    inspect_view_enabled = True
    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind")], heading="Sportello"),
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldPanel("address"),
                FieldPanel("directions"),
                FieldPanel("accessibility"),
                FieldPanel("what_to_bring"),
            ],
            heading="Dove e come",
        ),
        MultiFieldPanel(
            [FieldPanel("min_notice_hours"), FieldPanel("horizon_days"), FieldPanel("active")],
            heading="Prenotazioni",
        ),
        FieldPanel("operators"),
        FieldPanel("sort_order"),
    ]


class OpeningViewSet(LinkedSnippetViewSet):
    model = Opening
    icon = "time"
    list_display = ["sportello", "describe", "slot_minutes", "capacity"]
    list_filter = ["sportello"]
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [FieldPanel("slot_minutes"), FieldPanel("capacity"), FieldPanel("topics")],
        base_form_class=OpeningAdminForm,
    )


class ClosureViewSet(LinkedSnippetViewSet):
    model = Closure
    icon = "cross"
    list_display = ["__str__", "reason"]
    list_filter = ["sportello"]
    panels = [FieldPanel("sportello"), FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("reason")]


def register():
    for viewset in (SportelloViewSet, OpeningViewSet, ClosureViewSet):
        register_snippet(viewset)
