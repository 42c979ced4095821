# Fixtures shared with the booking and browser tests.
from tests.booking.conftest import sportello, tuesday_opening  # noqa: F401
