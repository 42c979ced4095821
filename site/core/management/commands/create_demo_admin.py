"""Create (or reset) the demo administrator used by ``make run`` and print the login."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "sportello-demo"  # noqa: S105 - a published demo login, for local use only


class Command(BaseCommand):
    help = "Crea l'amministratore dimostrativo e ne stampa le credenziali."

    def handle(self, *args, **options):
        user, _ = get_user_model().objects.get_or_create(
            username=DEMO_USERNAME,
            defaults={"email": "admin@example.org", "first_name": "Admin", "last_name": "Demo"},
        )
        user.is_staff = True
        user.is_superuser = True
        user.is_active = True
        user.set_password(DEMO_PASSWORD)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Amministrazione: http://127.0.0.1:<porta>/admin/  utente: {DEMO_USERNAME}  "
                f"password: {DEMO_PASSWORD}"
            )
        )
