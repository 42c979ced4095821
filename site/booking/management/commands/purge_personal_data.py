from django.core.management.base import BaseCommand
from django.utils import timezone

from booking import purge


class Command(BaseCommand):
    help = (
        "Empties the personal data of appointments older than the retention (default 12 months). Run daily."
    )

    def handle(self, *args, **options):
        count = purge.purge(now=timezone.now())
        self.stdout.write(f"Appointments purged: {count}")
