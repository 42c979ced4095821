"""Page feedback: one answer to "Quanto sono chiare le informazioni su questa pagina?".

Any Wagtail page can show the form (``{% page_feedback %}`` from ``feedback_tags``); answers carry
no personal data.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

FEEDBACK_ANSWERS = ["chiarezza", "completezza", "procedura", "tecnica", "altro"]
NEGATIVE_ANSWERS = [
    ("chiarezza", _("A volte le indicazioni non erano chiare")),
    ("completezza", _("A volte le indicazioni non erano complete")),
    ("procedura", _("A volte non capivo se stavo procedendo correttamente")),
    ("tecnica", _("Ho avuto problemi tecnici")),
    ("altro", _("Altro")),
]
POSITIVE_ANSWERS = [
    ("chiarezza", _("Le indicazioni erano chiare")),
    ("completezza", _("Le indicazioni erano complete")),
    ("procedura", _("Capivo sempre che stavo procedendo correttamente")),
    ("tecnica", _("Non ho avuto problemi tecnici")),
    ("altro", _("Altro")),
]
POSITIVE_FROM = 4  # ratings from 4 up ask what went well; below, what went wrong


class PageFeedback(models.Model):
    """One answer to "Quanto sono chiare le informazioni su questa pagina?". No personal data."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="pagina", on_delete=models.CASCADE, related_name="feedback"
    )
    rating = models.PositiveSmallIntegerField("stelle")
    answer = models.CharField(
        "risposta", max_length=20, blank=True, choices=[(code, code) for code in FEEDBACK_ANSWERS]
    )
    comment = models.TextField("commento", max_length=200, blank=True)
    created_at = models.DateTimeField("inviata il", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "valutazione di una pagina"
        verbose_name_plural = "valutazioni delle pagine"
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating__gte=1, rating__lte=5), name="feedback_rating_1_to_5"
            ),
            models.CheckConstraint(
                condition=models.Q(answer="") | models.Q(answer__in=FEEDBACK_ANSWERS),
                name="feedback_answer_known",
            ),
        ]

    def __str__(self):
        return f"{self.rating}/5"

    @property
    def is_positive(self):
        return self.rating >= POSITIVE_FROM

    @property
    def answer_label(self):
        choices = dict(POSITIVE_ANSWERS if self.is_positive else NEGATIVE_ANSWERS)
        return choices.get(self.answer, "")
