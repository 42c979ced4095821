"""Minimal admin for the demo data: sportelli, openings, closures, appointments.

The operator screens (agenda, per-sportello permissions, openings without jargon) are issue 7.
Openings and appointments are created by ``booking.services`` (never by a bare admin form), so
their "add" action is disabled here.
"""

from django import forms

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.topics import TOPIC_CHOICES

from .models import Appointment, Closure, Opening, Sportello


class NoAddPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class OpeningAdminForm(WagtailAdminModelForm):
    topics = forms.MultipleChoiceField(
        label="argomenti",
        choices=TOPIC_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Nessuna scelta: tutti gli argomenti.",
    )


# Registered before the viewsets, which would otherwise create the default policy.
register_permission_policy(Opening, NoAddPermissionPolicy(Opening), exact_class=True)
register_permission_policy(Appointment, NoAddPermissionPolicy(Appointment), exact_class=True)


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


class AppointmentViewSet(SnippetViewSet):
    model = Appointment
    icon = "date"
    menu_label = "Appuntamenti"
    # No names or contacts in the list; the full agenda with per-sportello permissions is issue 7.
    list_display = ["reference", "sportello", "start", "topic", "status", "urgent"]
    list_filter = ["sportello", "status", "urgent", "topic"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "reference",
        "sportello",
        "start",
        "end",
        "topic",
        "channel",
        "status",
        "urgent",
        "name",
        "phone",
        "email",
        "municipality",
        "note",
        "source_page",
        "created_at",
    ]
    ordering = ["start"]


class BookingViewSetGroup(SnippetViewSetGroup):
    menu_label = "Prenotazioni"
    menu_icon = "date"
    menu_order = 250
    items = (SportelloViewSet, OpeningViewSet, ClosureViewSet, AppointmentViewSet)


register_snippet(BookingViewSetGroup)

from . import wagtail_hooks_operators  # noqa: E402, F401, I001 - operator screens (issue 7)
