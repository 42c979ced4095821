"""The locales of the site's languages (settings.LANGUAGES): Italian exists already (the source)."""

from django.db import migrations

LANGUAGE_CODES = ["en", "fr", "ar", "ro", "uk"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGE_CODES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_content_municipalities"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
