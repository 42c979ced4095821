from django import forms

from feedback.models import NEGATIVE_ANSWERS, POSITIVE_ANSWERS, POSITIVE_FROM

RATING_CHOICES = [(str(stars), f"{stars} stell{'a' if stars == 1 else 'e'} su 5") for stars in range(1, 6)]


class FeedbackForm(forms.Form):
    """The Italian PA page-feedback component.

    Without JavaScript both follow-up questions are on screen: the one matching the stars is
    kept, the other ignored. ``sito_web`` is a honeypot: people never see it, bots fill it in.
    """

    rating = forms.ChoiceField(
        label="Quanto sono chiare le informazioni su questa pagina?",
        choices=RATING_CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Scegli da 1 a 5 stelle.",
            "invalid_choice": "Scegli da 1 a 5 stelle.",
        },
    )
    negative_answer = forms.ChoiceField(
        label="Dove hai incontrato le maggiori difficoltà?",
        choices=NEGATIVE_ANSWERS,
        widget=forms.RadioSelect,
        required=False,
        error_messages={"invalid_choice": "Scegli una delle risposte dell'elenco."},
    )
    positive_answer = forms.ChoiceField(
        label="Quali sono stati gli aspetti che hai preferito?",
        choices=POSITIVE_ANSWERS,
        widget=forms.RadioSelect,
        required=False,
        error_messages={"invalid_choice": "Scegli una delle risposte dell'elenco."},
    )
    comment = forms.CharField(
        label="Vuoi aggiungere qualcosa? (facoltativo)",
        max_length=200,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 200}),
        error_messages={"max_length": "Scrivi al massimo 200 caratteri (ora sono %(show_value)d)."},
    )
    sito_web = forms.CharField(label="Non scrivere niente qui", required=False)

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
