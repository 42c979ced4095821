"""Small models that keep bookings consistent under concurrency."""

from django.db import models

__all__ = ["ContactLock"]


class ContactLock(models.Model):
    """One row per contact (a keyed hash of a normalised phone or e-mail), locked while booking.

    ``services.book`` inserts the rows of the booking's contacts if missing and locks them
    (``SELECT ... FOR UPDATE`` on PostgreSQL; on SQLite the IMMEDIATE transaction already serialises
    writers), then counts the contact's future appointments and inserts the new one in the same
    transaction: two sessions with one phone cannot both pass the limit. The key is an HMAC with
    the secret key, so the table holds no phone number or address, not even a plain hash of one.
    """

    key = models.CharField(max_length=64, unique=True)

    class Meta:
        verbose_name = "blocco per contatto"
        verbose_name_plural = "blocchi per contatto"

    def __str__(self):
        return f"Contatto {self.key[:8]}…"
