from django.core.management.base import BaseCommand

from booking import emails


class Command(BaseCommand):
    help = "Sends the e-mails waiting in the outbox whose next attempt is due (retries with backoff)."

    def handle(self, *args, **options):
        sent = emails.send_due()
        self.stdout.write(f"Messages sent: {sent}")
