from django import forms
from django.utils.translation import gettext_lazy as _

from core.topics import TOPIC_CHOICES

from . import sources


class SearchForm(forms.Form):
    """The GET parameters of ``/cerca/``. Unknown filter values are dropped, never an error."""

    q = forms.CharField(label=_("Cosa cerchi?"), required=False, max_length=200, strip=True)
    tipo = forms.ChoiceField(label=_("Tipo"), required=False)
    argomento = forms.ChoiceField(label=_("Argomento"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tipo"].choices = [("", _("Tutti i tipi")), *sources.type_choices()]
        self.fields["argomento"].choices = [("", _("Tutti gli argomenti")), *TOPIC_CHOICES]

    def values(self):
        """(query, type, topic) with anything invalid replaced by an empty value."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        query = data.get("q") or (self.data.get("q") or "")[:200].strip()
        return query, data.get("tipo") or "", data.get("argomento") or ""
