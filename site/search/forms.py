from django import forms

from core.topics import TOPIC_CHOICES

from . import sources


class SearchForm(forms.Form):
    """The GET parameters of ``/cerca/``. Unknown filter values are dropped, never an error."""

    q = forms.CharField(label="Cosa cerchi?", required=False, max_length=200, strip=True)
    tipo = forms.ChoiceField(label="Tipo", required=False)
    argomento = forms.ChoiceField(label="Argomento", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tipo"].choices = [("", "Tutti i tipi"), *sources.type_choices()]
        self.fields["argomento"].choices = [("", "Tutti gli argomenti"), *TOPIC_CHOICES]

    def values(self):
        """(query, type, topic) with anything invalid replaced by an empty value."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        query = data.get("q") or (self.data.get("q") or "")[:200].strip()
        return query, data.get("tipo") or "", data.get("argomento") or ""
