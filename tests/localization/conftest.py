from tests.booking.conftest import sportello, tuesday_opening  # noqa: F401 (fixtures)
