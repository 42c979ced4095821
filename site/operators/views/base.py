"""The base of every operator screen: agenda access checked, the clock read once."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .. import services as operations
from ..permissions import (
    can_use_agenda,
    is_coordinator,
)

User = get_user_model()


def local_today():
    return timezone.localdate()


day_bounds = operations.day_bounds


class OperatorAccessMixin:
    """Operators of a sportello and coordinators only (``coordinators_only``: coordinators only)."""

    header_icon = "date"
    coordinators_only = False

    def dispatch(self, request, *args, **kwargs):
        if not can_use_agenda(request.user):
            raise PermissionDenied
        if self.coordinators_only and not is_coordinator(request.user):
            raise PermissionDenied
        self.now = timezone.now()
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("booking_operators:agenda"), "label": "Agenda sportelli"},
            {"url": "", "label": self.get_page_title()},
        ]


class OperatorView(OperatorAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_coordinator"] = is_coordinator(self.request.user)
        return context
