from django import forms

from .vocabulary import SERVICE_TYPE_CHOICES


class DescribedFieldsMixin:
    """Link each input to its help text and error message (``aria-describedby``, ``aria-invalid``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._describe_fields()

    def full_clean(self):
        super().full_clean()
        self._describe_fields()

    def _describe_fields(self):
        errors = self._errors or {}
        for name, field in self.fields.items():
            auto_id = self[name].auto_id
            described_by = [f"{auto_id}-help"] if field.help_text else []
            if name in errors:
                described_by.append(f"{auto_id}-error")
                field.widget.attrs["aria-invalid"] = "true"
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)


class DirectoryFilterForm(forms.Form):
    """The directory filters, read from GET. Unknown values are ignored, never an error page."""

    argomento = forms.ChoiceField(label="Di cosa hai bisogno?", required=False)
    comune = forms.ChoiceField(label="In quale Comune abiti?", required=False)
    lingua = forms.ChoiceField(label="In quale lingua vuoi parlare?", required=False)
    q = forms.CharField(label="Cerca per nome o parola", required=False, max_length=80)

    def __init__(self, data=None, *, municipalities=(), languages=(), **kwargs):
        super().__init__(data, **kwargs)
        self.municipalities = {m.slug: m for m in municipalities}
        self.languages = {language.code: language for language in languages}
        self.fields["argomento"].choices = [("", "Tutti gli argomenti"), *SERVICE_TYPE_CHOICES]
        self.fields["comune"].choices = [("", "Tutti i Comuni"), *((m.slug, m.name) for m in municipalities)]
        self.fields["lingua"].choices = [
            ("", "Tutte le lingue"),
            *((lang.code, lang.name) for lang in languages),
        ]

    def filters(self):
        """Keyword arguments for ``services.search_directory``: valid values only."""
        if not self.is_bound:
            return {}
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "service_type": data.get("argomento", ""),
            "municipality": self.municipalities.get(data.get("comune", "")),
            "language": self.languages.get(data.get("lingua", "")),
            "text": (data.get("q") or "").strip(),
        }

    @property
    def is_filtered(self):
        return any(self.filters().values()) if self.is_bound else False


class ErrorReportForm(DescribedFieldsMixin, forms.Form):
    message = forms.CharField(
        label="Cosa non è giusto?",
        help_text="Es. «Il numero di telefono non risponde», «Hanno cambiato indirizzo».",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": "Scrivi cosa non è giusto in questa scheda.",
            "max_length": "Scrivi al massimo %(limit_value)d caratteri (ora sono %(show_value)d).",
        },
    )
    email = forms.EmailField(
        label="La tua e-mail (facoltativa)",
        help_text="Solo se vuoi una risposta. Non la usiamo per altro.",
        required=False,
        error_messages={
            "invalid": "Questo indirizzo e-mail non sembra giusto. Controlla, es. nome@esempio.it"
        },
    )
    # Honeypot: hidden from people (CSS and aria-hidden), filled in by spam robots.
    sito = forms.CharField(label="Lascia vuoto questo campo", required=False)

    def is_spam(self):
        return bool(self.data.get("sito"))
