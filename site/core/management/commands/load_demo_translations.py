from django.core.management.base import BaseCommand

from core import translations


class Command(BaseCommand):
    help = "Load the demo translations (en, fr, ar) of the demo pages from content/translations/."

    def handle(self, *args, **options):
        translations.load(stdout=self.stdout)
