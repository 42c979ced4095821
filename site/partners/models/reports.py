"""The public's "segnala un errore" messages about a directory entry."""

from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel


class ErrorReport(models.Model):
    """A "segnala un errore" message from the public about a directory entry."""

    partner = models.ForeignKey(
        "partners.Partner", verbose_name="partner", on_delete=models.CASCADE, related_name="error_reports"
    )
    message = models.TextField("cosa non è giusto", max_length=1000)
    email = models.EmailField(
        "e-mail per la risposta", blank=True, help_text="Lasciata da chi segnala, se vuole una risposta."
    )
    created_at = models.DateTimeField("ricevuta il", default=timezone.now, db_index=True)
    handled = models.BooleanField("gestita", default=False)
    staff_note = models.TextField("nota interna", blank=True)

    panels = [
        FieldPanel("partner", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("created_at", read_only=True),
        FieldPanel("handled"),
        FieldPanel("staff_note"),
    ]

    class Meta:
        verbose_name = "segnalazione di errore"
        verbose_name_plural = "segnalazioni di errore"
        ordering = ["handled", "-created_at"]

    def __str__(self):
        return f"{self.partner} — {timezone.localtime(self.created_at):%d/%m/%Y %H:%M}"
