"""The municipalities of the Ambito Territoriale Sociale di Sesto Calende: real data, not demo data.

Booking and the partner directory need them on every installation, so they are seeded here like the
languages (partners 0002). Staff can add or reorder Comuni afterwards; nothing is overwritten.
"""

from django.db import migrations

# (slug, name) in the order the district lists them: the head municipality first.
MUNICIPALITIES = [
    ("sesto-calende", "Sesto Calende"),
    ("angera", "Angera"),
    ("cadrezzate-con-osmate", "Cadrezzate con Osmate"),
    ("comabbio", "Comabbio"),
    ("ispra", "Ispra"),
    ("mercallo", "Mercallo"),
    ("ranco", "Ranco"),
    ("taino", "Taino"),
    ("ternate", "Ternate"),
    ("travedona-monate", "Travedona-Monate"),
    ("varano-borghi", "Varano Borghi"),
    ("vergiate", "Vergiate"),
]


def seed(apps, schema_editor):
    Municipality = apps.get_model("core", "Municipality")
    for order, (slug, name) in enumerate(MUNICIPALITIES):
        if not Municipality.objects.filter(slug=slug).exists() and not Municipality.objects.filter(name=name).exists():
            Municipality.objects.create(slug=slug, name=name, sort_order=order, in_district=True)


class Migration(migrations.Migration):
    dependencies = [("core", "0002_municipality")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
