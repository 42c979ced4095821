"""Admin of the booking data for coordinators: sportelli, openings, closures (snippets).

Appointments (personal data) have one admin path only, the operators app's "Sportelli" menu. The
permission policy of Opening and Closure (per sportello, no bare "add" for openings) is registered
by the operators app (``operators.policy``); without it, Wagtail's model permissions apply.
"""

from django import forms

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.topics import TOPIC_CHOICES

from .models import Closure, Opening, Sportello


class OpeningAdminForm(WagtailAdminModelForm):
    topics = forms.MultipleChoiceField(
        label="argomenti",
        choices=TOPIC_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Nessuna scelta: tutti gli argomenti.",
    )


class SportelloViewSet(SnippetViewSet):
    model = Sportello
    icon = "home"
    menu_label = "Sportelli"
    list_display = ["name", "kind", "municipality", "active"]
    list_filter = ["kind", "active"]
    inspect_view_enabled = True


class OpeningViewSet(SnippetViewSet):
    model = Opening
    icon = "time"
    menu_label = "Aperture"
    list_display = ["sportello", "describe", "slot_minutes", "capacity"]
    list_filter = ["sportello"]
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [FieldPanel("slot_minutes"), FieldPanel("capacity"), FieldPanel("topics")],
        base_form_class=OpeningAdminForm,
    )


class ClosureViewSet(SnippetViewSet):
    model = Closure
    icon = "cross"
    menu_label = "Chiusure"
    list_display = ["__str__", "reason"]
    list_filter = ["sportello"]


class BookingViewSetGroup(SnippetViewSetGroup):
    menu_label = "Prenotazioni"
    menu_icon = "date"
    menu_order = 250
    items = (SportelloViewSet, OpeningViewSet, ClosureViewSet)


register_snippet(BookingViewSetGroup)


@hooks.register("register_log_actions")
def register_booking_log_actions(actions):
    # Written by booking.webhooks; the operators app registers the actions of its screens.
    actions.register_action(
        "booking.contact_unreachable", "Contatto non raggiungibile", "L'e-mail non è stata consegnata"
    )
