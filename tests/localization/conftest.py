# Fixtures shared with the booking and browser tests.
from tests.booking.conftest import sportello, tuesday_opening  # noqa: F401
from tests.browser.conftest import chromium, javascript_off_phone, phone  # noqa: F401
