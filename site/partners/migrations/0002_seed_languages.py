"""Seed the managed list of languages with those most spoken in the district (staff can add more)."""

from django.db import migrations

LANGUAGES = [
    ("it", "italiano"),
    ("en", "inglese"),
    ("fr", "francese"),
    ("es", "spagnolo"),
    ("ar", "arabo"),
    ("ro", "rumeno"),
    ("sq", "albanese"),
    ("uk", "ucraino"),
    ("zh", "cinese"),
    ("ur", "urdu"),
    ("wo", "wolof"),
    ("pt", "portoghese"),
]


def seed(apps, schema_editor):
    Language = apps.get_model("partners", "Language")
    for code, name in LANGUAGES:
        Language.objects.get_or_create(code=code, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("partners", "0001_directory")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
