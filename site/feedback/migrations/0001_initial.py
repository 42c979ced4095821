"""PageFeedback moves here from guides, keeping its rows: this migration only tells Django's state that
the model now belongs to this app (the table ``guides_pagefeedback`` is untouched); 0002 renames it."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("guides", "0002_related_partners"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="PageFeedback",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("rating", models.PositiveSmallIntegerField(verbose_name="stelle")),
                        (
                            "answer",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("chiarezza", "chiarezza"),
                                    ("completezza", "completezza"),
                                    ("procedura", "procedura"),
                                    ("tecnica", "tecnica"),
                                    ("altro", "altro"),
                                ],
                                max_length=20,
                                verbose_name="risposta",
                            ),
                        ),
                        ("comment", models.TextField(blank=True, max_length=200, verbose_name="commento")),
                        (
                            "created_at",
                            models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="inviata il"),
                        ),
                        (
                            "page",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="feedback",
                                to=settings.WAGTAIL_PAGE_MODEL,
                                verbose_name="pagina",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "valutazione di una pagina",
                        "verbose_name_plural": "valutazioni delle pagine",
                        "ordering": ["-created_at"],
                        "db_table": "guides_pagefeedback",
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(("rating__gte", 1), ("rating__lte", 5)),
                                name="feedback_rating_1_to_5",
                            ),
                            models.CheckConstraint(
                                condition=models.Q(
                                    ("answer", ""),
                                    ("answer__in", ["chiarezza", "completezza", "procedura", "tecnica", "altro"]),
                                    _connector="OR",
                                ),
                                name="feedback_answer_known",
                            ),
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
