"""PageFeedback now belongs to the feedback app (feedback 0001): forget it here, keep the table."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("guides", "0002_related_partners"),
        ("feedback", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="PageFeedback")],
            database_operations=[],
        ),
    ]
