"""The one place where booking events leave the booking app (e-mails, operator calendars: issue 7).

``services`` calls ``appointment_changed`` after the transaction that changed the appointment has
committed (``transaction.on_commit``), so nothing is sent for a booking that was rolled back. For now
it only logs a line without personal data: the appointment's id and what happened.
"""

import logging

logger = logging.getLogger("sportello.booking")

BOOKED = "booked"
MOVED = "moved"
CANCELLED = "cancelled"


def appointment_changed(appointment_id, event):
    """Called once per committed change; ``event`` is BOOKED, MOVED or CANCELLED."""
    logger.info("appointment %s %s", appointment_id, event)
