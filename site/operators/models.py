"""Operators' calendars, appointments as calendar events, private calendar feeds.

These models were booking's until the operator side became its own app: their tables keep the
``booking_`` names (``db_table``), so moving them changed no data (operators 0001 is state-only).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from booking.models import hash_token


class OperatorCalendar(models.Model):
    """The django-scheduler calendar of an operator, created the first time it is needed."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="booking_calendar"
    )
    calendar = models.OneToOneField("schedule.Calendar", on_delete=models.CASCADE, related_name="+")

    class Meta:
        db_table = "booking_operatorcalendar"
        verbose_name = "calendario dell'operatore"
        verbose_name_plural = "calendari degli operatori"

    def __str__(self):
        return f"Calendario dell'operatore {self.user_id}"


class CalendarEntry(models.Model):
    """An appointment as a django-scheduler ``Event`` in a calendar (its operator's or its sportello's)."""

    class Role(models.TextChoices):
        OPERATOR = "operator", "Operatore"
        SPORTELLO = "sportello", "Sportello"

    appointment = models.ForeignKey(
        "booking.Appointment", on_delete=models.CASCADE, related_name="calendar_entries"
    )
    event = models.OneToOneField("schedule.Event", on_delete=models.CASCADE, related_name="booking_entry")
    role = models.CharField(max_length=10, choices=Role.choices)

    class Meta:
        db_table = "booking_calendarentry"
        constraints = [
            models.UniqueConstraint(
                fields=["appointment", "role"], name="booking_calendar_entry_one_per_role"
            ),
        ]

    def __str__(self):
        return f"{self.get_role_display()}: appuntamento {self.appointment_id}"


class CalendarFeed(models.Model):
    """A private iCalendar feed (an operator's or a sportello's) at a secret URL. Only the hash is stored."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="booking_feed"
    )
    sportello = models.OneToOneField(
        "booking.Sportello", null=True, blank=True, on_delete=models.CASCADE, related_name="feed"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "booking_calendarfeed"
        verbose_name = "calendario da abbonarsi"
        verbose_name_plural = "calendari da abbonarsi"
        constraints = [
            models.CheckConstraint(
                name="booking_feed_one_owner",
                condition=(Q(user__isnull=False) & Q(sportello__isnull=True))
                | (Q(user__isnull=True) & Q(sportello__isnull=False)),
            ),
        ]

    def __str__(self):
        return f"Calendario da abbonarsi {self.pk}"

    @staticmethod
    def hash(token):
        return hash_token(token)
