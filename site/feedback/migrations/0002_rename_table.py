"""The table takes the app's name (its rows stay), and the content type moves with the model, so the
permissions staff were given on page feedback keep working."""

from django.db import migrations


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if ContentType.objects.filter(app_label="feedback", model="pagefeedback").exists():
        return
    ContentType.objects.filter(app_label="guides", model="pagefeedback").update(app_label="feedback")


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if ContentType.objects.filter(app_label="guides", model="pagefeedback").exists():
        return
    ContentType.objects.filter(app_label="feedback", model="pagefeedback").update(app_label="guides")


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("guides", "0003_content_pagefeedback_to_feedback_app"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="PageFeedback", table=None),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
