"""Signals other apps listen to; booking never imports them.

``appointment_changed(sender=Appointment, appointment=..., event=...)`` is sent once per committed
change (``event`` is ``events.BOOKED``, ``MOVED`` or ``CANCELLED``), after the e-mails are written.
"""

from django.dispatch import Signal

appointment_changed = Signal()
