"""Create (or reset) the demo administrator used by ``make run`` and print how to get in.

Runs last in ``make demo``, so what a newcomer needs (the address with its port and the demo logins)
is the last thing printed before the server starts, after the migrations' output. With ``--port``
the default Wagtail site becomes 127.0.0.1:<port>, so links in e-mails (the booking's manage link)
and other absolute URLs built from the site open on this machine.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from wagtail.models import Site

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "sportello-demo"  # noqa: S105 - a published demo login, for local use only
HOST = "127.0.0.1"

# The other demo accounts the demo loaders create (booking, network), all with DEMO_PASSWORD.
# Listed only when they exist: core imports no app, so they are found by username.
OTHER_DEMO_ACCOUNTS = [
    ("operatrice", "operatrice dello sportello di Sesto Calende: vede la sua agenda"),
    ("partner-comune", "partner: servizi sociali del Comune"),
    ("partner-sindacato", "partner: sindacato inquilini"),
    ("partner-accoglienza", "partner: casa di accoglienza (posti letto)"),
]


class Command(BaseCommand):
    help = "Crea l'amministratore dimostrativo e stampa indirizzo e accessi del sito dimostrativo."

    def add_arguments(self, parser):
        parser.add_argument(
            "--port", type=int, help="la porta di `make run`: il sito diventa 127.0.0.1:<porta>"
        )
        parser.add_argument(
            "--site-only", action="store_true", help="solo il sito su 127.0.0.1:<porta>, in silenzio"
        )

    def handle(self, *args, port=None, site_only=False, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if port and site is not None and (site.hostname, site.port) != (HOST, port):
            site.hostname, site.port = HOST, port
            site.save()
        if site_only:
            return
        user, _ = get_user_model().objects.get_or_create(
            username=DEMO_USERNAME,
            defaults={"email": "admin@example.org", "first_name": "Admin", "last_name": "Demo"},
        )
        user.is_staff = True
        user.is_superuser = True
        user.is_active = True
        user.set_password(DEMO_PASSWORD)
        user.save()

        base = f"http://{HOST}:{port}" if port else (site.root_url if site else f"http://{HOST}:8000")

        existing = set(
            get_user_model()
            .objects.filter(username__in=[name for name, _ in OTHER_DEMO_ACCOUNTS], is_active=True)
            .values_list("username", flat=True)
        )
        mail_folder = getattr(settings, "EMAIL_FILE_PATH", "var/mail")
        lines = [
            "",
            "=" * 72,
            f"Il sito dimostrativo: {base}/",
            f"Amministrazione e agenda degli sportelli: {base}/admin/",
            f"Accessi dimostrativi (password per tutti: {DEMO_PASSWORD}):",
            f"  {DEMO_USERNAME:<22} amministratore: vede e modifica tutto",
        ]
        lines += [f"  {name:<22} {what}" for name, what in OTHER_DEMO_ACCOUNTS if name in existing]
        lines += [
            f"Le e-mail del sito non partono: sono file nella cartella {mail_folder}. Per fermare: Ctrl+C.",
            "=" * 72,
            "",
        ]
        self.stdout.write(self.style.SUCCESS("\n".join(lines)))
