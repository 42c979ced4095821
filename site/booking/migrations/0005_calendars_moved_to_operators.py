"""Operators' calendars, calendar entries and feeds now belong to the operators app.

State only: the tables stay where they are (operators' models keep their ``booking_`` db_table),
so no data moves and nothing is locked on PostgreSQL.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("booking", "0004_languages_appointment_language"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="calendarfeed",
                    name="created_by",
                ),
                migrations.RemoveField(
                    model_name="calendarfeed",
                    name="sportello",
                ),
                migrations.RemoveField(
                    model_name="calendarfeed",
                    name="user",
                ),
                migrations.RemoveField(
                    model_name="operatorcalendar",
                    name="calendar",
                ),
                migrations.RemoveField(
                    model_name="operatorcalendar",
                    name="user",
                ),
                migrations.DeleteModel(
                    name="CalendarEntry",
                ),
                migrations.DeleteModel(
                    name="CalendarFeed",
                ),
                migrations.DeleteModel(
                    name="OperatorCalendar",
                ),
            ],
            database_operations=[],
        ),
    ]
