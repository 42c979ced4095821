"""Glossary terms become translatable (step 2 of 3): every existing term is Italian (the default
language) with its own translation key."""

from django.conf import settings
from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [("guides", "0005_glossary_translatable_fields")]

    operations = [BootstrapTranslatableModel("guides.GlossaryTerm", settings.LANGUAGE_CODE)]
