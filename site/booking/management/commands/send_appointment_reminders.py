import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from booking import emails
from booking.models import Appointment


def tomorrows_appointments(now):
    zone = timezone.get_current_timezone()
    tomorrow = timezone.localtime(now, zone).date() + datetime.timedelta(days=1)
    start = datetime.datetime.combine(tomorrow, datetime.time.min, tzinfo=zone)
    end = start + datetime.timedelta(days=1)
    return (
        Appointment.objects.filter(status=Appointment.Status.CONFIRMED, start__gte=start, start__lt=end)
        .exclude(email="")
        .select_related("sportello", "sportello__municipality")
    )


def send_reminders(now):
    """Queue a reminder for each of tomorrow's appointments (once each: dedupe key), then send what is due."""
    queued = 0
    for appointment in tomorrows_appointments(now):
        with transaction.atomic():
            if emails.queue_reminder(appointment, now=now):
                queued += 1
    return queued


class Command(BaseCommand):
    help = (
        "E-mails a reminder for tomorrow's appointments (each once), then sends due messages. Safe to rerun."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        queued = send_reminders(now)
        sent = emails.send_due(now=now)
        self.stdout.write(f"Reminders queued: {queued}; messages sent: {sent}")
