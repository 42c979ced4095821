"""Operator screens in the Wagtail admin: agenda, one appointment, book on behalf, openings, closures,
calendar feeds, export and numbers for planning (one module each).

Views stay thin: they parse a form, call one function of ``operators.services`` (which goes through
``booking.services``, writes the e-mails in the same transaction and the audit-log entry), then
render or redirect. Every object is looked up through ``operators.permissions``: outside the user's
sportelli, 404. They are served from ``operators.viewsets.AgendaViewSet.get_urlpatterns``.
"""

from .agenda import AgendaView
from .appointment import AppointmentView
from .book import BookOnBehalfView
from .feeds import FeedsView
from .openings import ClosureView, OpeningFormView, OpeningsView
from .reports import ExportView, NumbersView

__all__ = [
    "AgendaView",
    "AppointmentView",
    "BookOnBehalfView",
    "ClosureView",
    "ExportView",
    "FeedsView",
    "NumbersView",
    "OpeningFormView",
    "OpeningsView",
]
