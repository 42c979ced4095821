"""Privacy: empty the personal data of appointments some time after they took place.

Name, phone, e-mail, note, urgency answers and internal notes are emptied and
``personal_data_purged_at`` is set; what planning needs (sportello, dates, topic, channel,
municipality, status, urgent flag) stays, so the numbers do not change. The e-mail addresses and any
body left in the outbox for those appointments are emptied too. Safe to run any number of times.
"""

import datetime

from django.conf import settings
from django.db import transaction

from .models import Appointment, OutgoingMessage

DEFAULT_RETENTION_DAYS = 365


def retention():
    return datetime.timedelta(
        days=getattr(settings, "BOOKING_PERSONAL_DATA_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)
    )


def purge(*, now, batch=500):
    """Purge what is due at ``now``. Returns the number of appointments purged."""
    cutoff = now - retention()
    total = 0
    while True:
        ids = list(
            Appointment.objects.filter(end__lt=cutoff, personal_data_purged_at__isnull=True)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch]
        )
        if not ids:
            return total
        with transaction.atomic():
            total += Appointment.objects.filter(pk__in=ids, personal_data_purged_at__isnull=True).update(
                personal_data_purged_at=now,
                name="",
                phone="",
                email="",
                note="",
                urgency_answers={},
                internal_notes="",
                cancellation_reason="",
                token_hash=None,
            )
            OutgoingMessage.objects.filter(appointment_id__in=ids).update(
                to="", body_text="", body_html="", ics=""
            )
