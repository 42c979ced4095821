"""An e-mail provider that is down: every send raises, like an ESP API timing out or refusing."""

from anymail.backends.test import EmailBackend as AnymailTestBackend
from anymail.exceptions import AnymailAPIError


class FailingBackend(AnymailTestBackend):
    calls = 0

    def send_messages(self, email_messages):
        type(self).calls += 1
        raise AnymailAPIError("provider unavailable")
