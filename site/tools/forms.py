"""The tools' forms, built from the data staff edit. Errors in plain Italian, nothing saved."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import Municipality
from tools.blocks import HOUSEHOLDS, SITUATIONS

REQUIRED = _("Rispondi a questa domanda.")
BAD_DATE = _("Scrivi la data così: 15/03/2027.")
DATE_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"]
TEXT_LIMIT = 2000


def date_field(label, required=False, help_text=""):
    return forms.DateField(
        label=label,
        required=required,
        help_text=help_text or _("Per esempio 15/03/2027."),
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": REQUIRED, "invalid": BAD_DATE},
    )


class StageForm(forms.Form):
    fase = forms.ChoiceField(
        label=_("Qual è l'ultimo foglio che hai ricevuto?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Scegli il foglio che hai ricevuto."),
            "invalid_choice": _("Scegli un foglio."),
        },
    )
    data = date_field(
        _("Se sul foglio c'è una data (udienza, visita), scrivila qui"),
        help_text=_("Non è obbligatorio. Per esempio 15/03/2027."),
    )

    def __init__(self, stages, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fase"].choices = [(stage["code"], stage["document"]) for stage in stages]


class HelpFinderForm(forms.Form):
    comune = forms.ModelChoiceField(
        label=_("In quale Comune vivi?"),
        queryset=Municipality.objects.none(),
        empty_label=_("Scegli il Comune"),
        to_field_name="slug",
        error_messages={
            "required": _("Scegli il tuo Comune."),
            "invalid_choice": _("Scegli un Comune dell'elenco."),
        },
    )
    famiglia = forms.ChoiceField(
        label=_("Con chi vivi?"),
        choices=HOUSEHOLDS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Scegli con chi vivi."), "invalid_choice": _("Scegli una risposta.")},
    )
    situazione = forms.ChoiceField(
        label=_("Qual è la tua situazione?"),
        choices=SITUATIONS,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Scegli la tua situazione."),
            "invalid_choice": _("Scegli una risposta."),
        },
    )
    isee = forms.IntegerField(
        label=_("Il tuo ISEE in euro, se lo sai"),
        help_text=_("Non è obbligatorio. Scrivi solo il numero, per esempio 9000."),
        required=False,
        min_value=0,
        max_value=10_000_000,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        error_messages={
            "invalid": _("Scrivi solo un numero, senza punti né virgole."),
            "min_value": _("L'ISEE non può essere meno di 0."),
            "max_value": _("Questo numero è troppo grande. Controlla l'ISEE."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comune"].queryset = Municipality.objects.filter(in_district=True).order_by(
            "sort_order", "name"
        )


def letter_form_class(letter):
    """A form with one field per field of the letter, in the order staff gave them."""
    fields = {}
    for item in letter["fields"]:
        label, required, help_text = item["label"], bool(item["required"]), item["help"] or ""
        if item["kind"] == "date":
            fields[item["name"]] = date_field(label, required=required, help_text=help_text)
            continue
        if item["kind"] == "money":
            fields[item["name"]] = forms.DecimalField(
                label=label,
                required=required,
                help_text=help_text,
                min_value=0,
                max_value=10_000_000,
                decimal_places=2,
                localize=True,
                widget=forms.TextInput(attrs={"inputmode": "decimal"}),
                error_messages={
                    "required": REQUIRED,
                    "invalid": _("Scrivi un importo in euro, per esempio 450 o 450,50."),
                    "min_value": _("L'importo non può essere meno di 0."),
                    "max_value": _("Questo importo è troppo grande."),
                    "max_decimal_places": _("Scrivi al massimo 2 cifre dopo la virgola."),
                },
            )
            continue
        widget = forms.Textarea(attrs={"rows": 4}) if item["kind"] == "textarea" else forms.TextInput
        fields[item["name"]] = forms.CharField(
            label=label,
            required=required,
            help_text=help_text,
            max_length=TEXT_LIMIT if item["kind"] == "textarea" else 200,
            widget=widget,
            error_messages={
                "required": REQUIRED,
                "max_length": _("Il testo è troppo lungo: scrivi al massimo %(limit_value)d caratteri."),
            },
        )
    return type("LetterForm", (forms.Form,), fields)


class RentForm(forms.Form):
    zona = forms.ChoiceField(
        label=_("In quale Comune e zona è la casa?"),
        error_messages={
            "required": _("Scegli la zona."),
            "invalid_choice": _("Scegli una zona dell'elenco."),
        },
    )
    metri = forms.IntegerField(
        label=_("Quanti metri quadri è la casa?"),
        help_text=_("Li trovi sul contratto o sulla planimetria. Per esempio 70."),
        min_value=10,
        max_value=1000,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": _("Scrivi quanti metri quadri è la casa."),
            "invalid": _("Scrivi solo un numero, per esempio 70."),
            "min_value": _("Una casa ha almeno 10 metri quadri. Controlla il numero."),
            "max_value": _("Il numero è troppo grande. Controlla i metri quadri."),
        },
    )
    caratteristiche = forms.MultipleChoiceField(
        label=_("Cosa ha la casa?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Scegli tra le risposte dell'elenco.")},
    )

    def __init__(self, agreements, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zones, features = [("", _("Scegli la zona"))], []
        for a_index, agreement in enumerate(agreements):
            for z_index, zone in enumerate(agreement["zones"]):
                towns = ", ".join(m.name for m in agreement["municipalities"] if m is not None)
                zones.append((f"{a_index}-{z_index}", f"{towns}: {zone['name']}"))
            for f_index, feature in enumerate(agreement["features"]):
                features.append((f"{a_index}-{f_index}", feature))
        self.fields["zona"].choices = zones
        # Each agreement counts its own features: only those of the chosen agreement are counted.
        self.fields["caratteristiche"].choices = features
