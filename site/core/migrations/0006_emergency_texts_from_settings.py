"""The Italian emergency texts (the source of their translations) from each site's settings."""

import json
import uuid

from django.conf import settings
from django.db import migrations


def copy_from_settings(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    SiteSettings = apps.get_model("core", "SiteSettings")
    EmergencyTexts = apps.get_model("core", "EmergencyTexts")
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    site_settings = SiteSettings.objects.order_by("pk").first()
    if locale is None or site_settings is None or EmergencyTexts.objects.filter(locale=locale).exists():
        return
    raw = site_settings.emergency_contacts.raw_data if site_settings.emergency_contacts else []
    contacts = [
        {
            "type": "contact",
            "id": str(uuid.uuid4()),
            "value": {"label": block["value"].get("label", ""), "when": block["value"].get("when", "")},
        }
        for block in raw
    ]
    EmergencyTexts.objects.create(
        locale=locale, translation_key=uuid.uuid4(), intro=site_settings.emergency_intro, contacts=json.dumps(contacts)
    )


class Migration(migrations.Migration):
    dependencies = [("core", "0005_emergency_texts")]

    operations = [migrations.RunPython(copy_from_settings, migrations.RunPython.noop)]
