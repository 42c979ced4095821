"""The hub's scheduled work. Run it every 15 minutes; ``--daily`` once a day in the morning.

- always: e-mail the coordinator about urgent referrals not accepted in time (once each);
- ``--daily``: the verification loop (first e-mails and reminders), the daily "posti per stanotte"
  e-mail to shelters, and the purge of referrals' personal data (the appointments' retention).
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from network import services


class Command(BaseCommand):
    help = "Invii urgenti in ritardo; con --daily anche verifica delle schede, posti per stanotte e pulizia."

    def add_arguments(self, parser):
        parser.add_argument("--daily", action="store_true", help="Anche i compiti di ogni giorno.")

    def handle(self, *args, daily=False, **options):
        now = timezone.now()
        overdue = services.alert_overdue_referrals(now)
        self.stdout.write(f"invii urgenti segnalati: {overdue}")
        if daily:
            started, reminded = services.run_verification(now)
            self.stdout.write(f"verifiche iniziate: {started}, promemoria: {reminded}")
            self.stdout.write(f"e-mail dei posti per stanotte: {services.send_daily_beds_emails(now)}")
            self.stdout.write(f"invii con dati personali cancellati: {services.purge_referrals(now=now)}")
