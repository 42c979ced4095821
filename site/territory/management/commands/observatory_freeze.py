"""Freeze the last closed quarter of the observatory (run from cron early each quarter; idempotent)."""

from django.core.management.base import BaseCommand

from territory import observatory


class Command(BaseCommand):
    help = "Congela e pubblica i numeri dell'ultimo trimestre chiuso (se è già congelato, non cambia nulla)."

    def handle(self, *args, **options):
        quarter = observatory.Quarter.last_closed()
        snapshot, created = observatory.freeze(quarter)
        if created:
            self.stdout.write(self.style.SUCCESS(f"{snapshot.label}: congelato e pubblicato."))
        else:
            self.stdout.write(f"{snapshot.label}: era già congelato, nessun cambiamento.")
