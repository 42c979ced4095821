"""Page feedback: store one answer, keep spam out.

No personal data is stored: not the IP address, not a cookie. The rate limit counts answers per
*hash* of the client address in the cache, for an hour.
"""

import re

from core import ratelimit
from feedback.models import PageFeedback

RATE_LIMIT = 5  # answers per address per window
RATE_WINDOW = 60 * 60  # seconds

SAVED = "saved"
IGNORED = "ignored"  # the honeypot was filled in: pretend it worked
RATE_LIMITED = "rate-limited"

# People write personal data despite the warning: e-mail addresses and phone-like numbers
# (6 or more digits, spaces allowed) never reach the database.
EMAIL_RE = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
PHONE_RE = re.compile(r"\+?\d(?:[\s./-]?\d){5,}")
REDACTED = "[dato rimosso]"


def redact(comment):
    comment = EMAIL_RE.sub(REDACTED, comment or "")
    return PHONE_RE.sub(REDACTED, comment).strip()


def over_rate_limit(client_ip):
    """Count this attempt; True once an address has sent more than RATE_LIMIT in the window."""
    return ratelimit.hit("feedback", client_ip, limit=RATE_LIMIT, window=RATE_WINDOW)


def submit(page, cleaned_data, *, client_ip):
    if cleaned_data.get("sito_web"):
        return IGNORED
    if over_rate_limit(client_ip):
        return RATE_LIMITED
    PageFeedback.objects.create(
        page_id=page.pk,
        rating=int(cleaned_data["rating"]),
        answer=cleaned_data.get("answer", ""),
        comment=redact(cleaned_data.get("comment")),
    )
    return SAVED
