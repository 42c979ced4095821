"""Load the Italian demo content. Idempotent: running it twice changes nothing.

Each app contributes a ``demo`` module with a ``load(command)`` function; they run in the order
below because later apps link to what earlier ones created (guides link partners, bookings link
guides...).
"""

import importlib
import importlib.util

from django.core.management.base import BaseCommand
from django.db import transaction

DEMO_APPS = [
    "home",
    "core",
    "guides",
    "partners",
    "booking",
    "operators",
    "network",
    "territory",
    "tools",
    "search",
]


class Command(BaseCommand):
    help = "Carica i contenuti dimostrativi in italiano (si può rilanciare: non duplica nulla)."

    def handle(self, *args, **options):
        for app in DEMO_APPS:
            if importlib.util.find_spec(f"{app}.demo") is None:
                continue
            module = importlib.import_module(f"{app}.demo")
            with transaction.atomic():
                module.load(self)
        self.stdout.write(self.style.SUCCESS("Contenuti dimostrativi pronti."))
