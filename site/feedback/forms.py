from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from feedback.models import NEGATIVE_ANSWERS, POSITIVE_ANSWERS, POSITIVE_FROM

RATING_CHOICES = [
    (str(stars), format_lazy("{} {}", stars, ngettext_lazy("stella su 5", "stelle su 5", stars)))
    for stars in range(1, 6)
]


class FeedbackForm(forms.Form):
    """The Italian PA page-feedback component.

    Without JavaScript both follow-up questions are on screen: the one matching the stars is
    kept, the other ignored. ``sito_web`` is a honeypot: people never see it, bots fill it in.
    """

    rating = forms.ChoiceField(
        label=_("Quanto sono chiare le informazioni su questa pagina?"),
        choices=RATING_CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Scegli da 1 a 5 stelle."),
            "invalid_choice": _("Scegli da 1 a 5 stelle."),
        },
    )
    negative_answer = forms.ChoiceField(
        label=_("Dove hai incontrato le maggiori difficoltà?"),
        choices=NEGATIVE_ANSWERS,
        widget=forms.RadioSelect,
        required=False,
        error_messages={"invalid_choice": _("Scegli una delle risposte dell'elenco.")},
    )
    positive_answer = forms.ChoiceField(
        label=_("Quali sono stati gli aspetti che hai preferito?"),
        choices=POSITIVE_ANSWERS,
        widget=forms.RadioSelect,
        required=False,
        error_messages={"invalid_choice": _("Scegli una delle risposte dell'elenco.")},
    )
    comment = forms.CharField(
        label=_("Vuoi aggiungere qualcosa? (facoltativo)"),
        max_length=200,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 200}),
        error_messages={"max_length": _("Scrivi al massimo 200 caratteri (ora sono %(show_value)d).")},
    )
    sito_web = forms.CharField(label=_("Non scrivere niente qui"), required=False)

    def clean(self):
        cleaned = super().clean()
        rating = cleaned.get("rating")
        if rating:
            positive = int(rating) >= POSITIVE_FROM
            cleaned["answer"] = cleaned.get("positive_answer" if positive else "negative_answer") or ""
        return cleaned

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("sito_web"))
