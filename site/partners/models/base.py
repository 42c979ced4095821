"""Shared pieces of the directory models: the stable HSDS identifiers and the languages list."""

import uuid

from django.db import models
from django.db.models import Q

from wagtail.admin.panels import FieldPanel

# Namespace of the stable HSDS identifiers derived from primary keys (see ``hsds_id``).
HSDS_NAMESPACE = uuid.UUID("6f1c1a52-3c1e-4e55-9d6b-7a0f5d2b6a10")


def hsds_id(kind, pk):
    """A UUID that stays the same for the same record, as HSDS asks for ``id`` fields."""
    return str(uuid.uuid5(HSDS_NAMESPACE, f"{kind}:{pk}"))


class Language(models.Model):
    """A language a service can be used in (managed list: ISO 639-1 code, Italian name)."""

    code = models.CharField(
        "codice ISO",
        max_length=3,
        unique=True,
        help_text="Il codice ISO 639-1 in minuscolo, es. «ar» per l'arabo.",
    )
    name = models.CharField("nome in italiano", max_length=60, unique=True)

    panels = [FieldPanel("code"), FieldPanel("name")]

    class Meta:
        verbose_name = "lingua"
        verbose_name_plural = "lingue"
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[a-z]{2,3}$"), name="partners_language_code_iso"
            ),
        ]

    def __str__(self):
        return self.name
