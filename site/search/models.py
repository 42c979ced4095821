from django.conf import settings
from django.db import models
from django.db.models.functions import Lower

from wagtail.search import index


class SynonymGroup(index.Indexed, models.Model):
    """Words that mean the same thing to a citizen: a search for one finds the others.

    Applied when a query runs (no re-indexing when the list changes).
    """

    terms = models.TextField(
        "parole con lo stesso significato",
        help_text=(
            "Una parola o espressione per riga (oppure separate da virgole), per esempio: "
            "affitto, locazione, canone. Chi cerca una di queste trova anche le altre."
        ),
    )
    language = models.CharField(
        "lingua",
        max_length=8,
        choices=settings.LANGUAGES,
        default="it",
        help_text="Le parole valgono per le ricerche fatte in questa lingua.",
    )
    note = models.CharField("nota per la redazione", max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [index.SearchField("terms"), index.AutocompleteField("terms")]

    class Meta:
        verbose_name = "gruppo di sinonimi"
        verbose_name_plural = "sinonimi"
        ordering = ["pk"]

    def __str__(self):
        return " = ".join(self.term_list())

    def term_list(self):
        return split_terms(self.terms)


def split_terms(raw):
    seen = []
    for part in raw.replace(",", "\n").replace("=", "\n").splitlines():
        term = " ".join(part.split())
        if term and term.lower() not in {t.lower() for t in seen}:
            seen.append(term)
    return seen


class ZeroResultQuery(models.Model):
    """How many times a (normalised) search found nothing. No person, time or address is stored."""

    query = models.CharField("ricerca", max_length=200, unique=True)
    count = models.PositiveIntegerField("volte", default=0)
    first_seen = models.DateField("prima volta", auto_now_add=True)
    last_seen = models.DateField("ultima volta", auto_now=True)

    class Meta:
        verbose_name = "ricerca senza risultati"
        verbose_name_plural = "ricerche senza risultati"
        ordering = ["-count", "query"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(query=Lower("query")), name="search_zeroresult_query_normalised"
            ),
            models.CheckConstraint(condition=~models.Q(query=""), name="search_zeroresult_query_not_empty"),
        ]

    def __str__(self):
        return self.query
