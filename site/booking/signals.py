"""Signals other apps listen to; booking never imports them.

``appointment_changed(sender=Appointment, appointment=..., event=...)`` is sent once per committed
change (``event`` is ``events.BOOKED``, ``MOVED`` or ``CANCELLED``), after the e-mails are written.

``appointment_recorded(sender=Appointment, appointment=..., event=..., now=...)`` is sent inside the
change's transaction, after the citizen's e-mails are written; a receiver may return the outbox rows
it wrote (the operators app assigns an operator and writes the operators' notice). Called again for
the same change, a receiver must change nothing (dedupe keys, conditional updates).
"""

from django.dispatch import Signal

appointment_changed = Signal()
appointment_recorded = Signal()
