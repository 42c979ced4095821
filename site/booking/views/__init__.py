"""The citizen's pages: the booking flow, the manage link and the lost-link recovery.

Thin views: rules live in ``slots``/``services``; ``common`` holds what the pages share.
"""

from .common import BOOKINGS_PER_IP_PER_HOUR, MANAGE_LINKS_PER_IP_PER_HOUR, over_limit
from .flow import DetailsStep, SummaryStep, TopicStep, UrgentStep, WhenStep, WhereStep, done, done_ics
from .manage import manage, manage_cancel, manage_entry, manage_ics, manage_move
from .recovery import lost_link, lost_link_sent

__all__ = [
    "BOOKINGS_PER_IP_PER_HOUR",
    "MANAGE_LINKS_PER_IP_PER_HOUR",
    "DetailsStep",
    "SummaryStep",
    "TopicStep",
    "UrgentStep",
    "WhenStep",
    "WhereStep",
    "done",
    "done_ics",
    "lost_link",
    "lost_link_sent",
    "manage",
    "manage_cancel",
    "manage_entry",
    "manage_ics",
    "manage_move",
    "over_limit",
]
