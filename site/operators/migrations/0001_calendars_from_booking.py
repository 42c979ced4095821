"""The operators' calendar models, moved from booking (booking 0005) without touching their tables.

State only, plus the content types renamed so permissions and log entries keep pointing at them.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


MOVED = ["operatorcalendar", "calendarentry", "calendarfeed"]


def move_content_types(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not content_type.objects.filter(app_label="operators", model=model).exists():
            content_type.objects.filter(app_label="booking", model=model).update(app_label="operators")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("booking", "0005_calendars_moved_to_operators"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("schedule", "0015_rename_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="OperatorCalendar",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "calendar",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="schedule.calendar",
                            ),
                        ),
                        (
                            "user",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="booking_calendar",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "calendario dell'operatore",
                        "verbose_name_plural": "calendari degli operatori",
                        "db_table": "booking_operatorcalendar",
                    },
                ),
                migrations.CreateModel(
                    name="CalendarEntry",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "role",
                            models.CharField(
                                choices=[("operator", "Operatore"), ("sportello", "Sportello")], max_length=10
                            ),
                        ),
                        (
                            "appointment",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="calendar_entries",
                                to="booking.appointment",
                            ),
                        ),
                        (
                            "event",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="booking_entry",
                                to="schedule.event",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "booking_calendarentry",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("appointment", "role"), name="booking_calendar_entry_one_per_role"
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="CalendarFeed",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("token_hash", models.CharField(max_length=64, unique=True)),
                        ("created_at", models.DateTimeField(auto_now=True)),
                        ("last_used_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "created_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "sportello",
                            models.OneToOneField(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="feed",
                                to="booking.sportello",
                            ),
                        ),
                        (
                            "user",
                            models.OneToOneField(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="booking_feed",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "calendario da abbonarsi",
                        "verbose_name_plural": "calendari da abbonarsi",
                        "db_table": "booking_calendarfeed",
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(
                                    models.Q(("user__isnull", False), ("sportello__isnull", True)),
                                    models.Q(("user__isnull", True), ("sportello__isnull", False)),
                                    _connector="OR",
                                ),
                                name="booking_feed_one_owner",
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, migrations.RunPython.noop),
    ]
