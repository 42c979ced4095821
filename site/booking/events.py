"""The changes an appointment goes through, as ``notifications.on_change`` receives them."""

BOOKED = "booked"
MOVED = "moved"
CANCELLED = "cancelled"
EVENTS = (BOOKED, MOVED, CANCELLED)
