"""The booking flow's forms. Messages are Italian, short, and say how to fix the problem."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import Municipality
from core.topics import TOPICS

from .models import OTHER_TOPIC

URGENCY_QUESTIONS = {
    "eviction_date": _("Hai già una data di sfratto?"),
    "homeless_tonight": _("Sei senza casa stanotte?"),
    "children": _("Ci sono minori con te?"),
}
# The same answers as plain statements, for the list on the urgent page.
URGENCY_STATEMENTS = {
    "eviction_date": _("Hai già una data di sfratto."),
    "homeless_tonight": _("Sei senza casa stanotte."),
    "children": _("Ci sono minori con te."),
}
# Answers that need a phone call now; the others only flag the appointment as urgent.
EMERGENCY_ANSWERS = ("eviction_date", "homeless_tonight")

NOTE_MAX = 500

# Each language in its own name (like the language switcher), plus the most common others here.
INTERPRETER_CHOICES = [
    ("", _("No, non mi serve")),
    ("en", "English"),
    ("fr", "Français"),
    ("ar", "العربية"),
    ("ro", "Română"),
    ("uk", "Українська"),
    ("sq", "Shqip"),
    ("ur", "اردو"),
    ("altro", _("Un'altra lingua: scrivila nella nota")),
]


class TopicForm(forms.Form):
    eviction_date = forms.BooleanField(label=URGENCY_QUESTIONS["eviction_date"], required=False)
    homeless_tonight = forms.BooleanField(label=URGENCY_QUESTIONS["homeless_tonight"], required=False)
    children = forms.BooleanField(label=URGENCY_QUESTIONS["children"], required=False)
    topic = forms.ChoiceField(
        label=_("Di cosa vuoi parlare?"),
        choices=[(topic.slug, topic.label) for topic in TOPICS] + [(OTHER_TOPIC, _("Altro"))],
        widget=forms.RadioSelect,
        required=False,
        error_messages={"invalid_choice": _("Scegli uno degli argomenti della lista.")},
    )

    def urgency_answers(self):
        return {key: bool(self.cleaned_data.get(key)) for key in URGENCY_QUESTIONS}

    def is_urgent(self):
        """Flag the appointment as urgent for the operator (any "yes")."""
        return any(self.urgency_answers().values())

    def is_emergency(self):
        """Send the person to "Chiama subito": a date of eviction or no roof tonight. Children alone
        make the appointment urgent but are not, by themselves, an emergency."""
        answers = self.urgency_answers()
        return any(answers[key] for key in EMERGENCY_ANSWERS)

    def clean(self):
        data = super().clean()
        if not data.get("topic") and "topic" not in self.errors:
            if self.is_emergency():
                data["topic"] = OTHER_TOPIC  # in an emergency the topic is not a hurdle
            else:
                self.add_error("topic", _("Scegli di cosa vuoi parlare. Se non lo sai, scegli «Altro»."))
        return data


class SportelloForm(forms.Form):
    sportello = forms.ChoiceField(
        label=_("Dove o come vuoi parlare con noi?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Scegli uno sportello o un modo per parlare con noi."),
            "invalid_choice": _("Questo sportello non è disponibile. Scegline un altro."),
        },
    )

    def __init__(self, *args, sportelli=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sportello"].choices = [(sportello.slug, sportello.name) for sportello in sportelli]


class SlotForm(forms.Form):
    slot = forms.ChoiceField(
        label=_("Scegli l'orario"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Scegli un orario."),
            "invalid_choice": _("Questo orario non è più libero. Scegline un altro."),
        },
    )

    def __init__(self, *args, slots=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].choices = [(slot.key, f"{slot.start:%H:%M}") for slot in slots]


PHONE_CHARS = re.compile(r"^\+?[\d\s./()-]+$")


class DetailsForm(forms.Form):
    name = forms.CharField(
        label=_("Nome e cognome"),
        max_length=100,
        error_messages={
            "required": _("Scrivi il tuo nome e cognome."),
            "max_length": _("Il nome è troppo lungo: al massimo 100 caratteri."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = forms.CharField(
        label=_("Telefono"),
        required=False,
        max_length=30,
        help_text=_("Ti chiamiamo solo per questo appuntamento. Per esempio 333 123 4567."),
        error_messages={"max_length": _("Il numero è troppo lungo. Scrivi solo il tuo numero.")},
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel", "type": "tel"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        max_length=254,
        error_messages={
            "invalid": _(
                "L'indirizzo e-mail non sembra giusto. Controlla la @, per esempio nome@esempio.it."
            ),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    municipality = forms.ModelChoiceField(
        label=_("Comune dove vivi"),
        queryset=Municipality.objects.all(),
        empty_label=_("Scegli il Comune"),
        error_messages={
            "required": _("Scegli il Comune dove vivi."),
            "invalid_choice": _("Scegli un Comune della lista."),
        },
    )
    interpreter = forms.ChoiceField(
        label=_("Ti serve un interprete? In quale lingua?"),
        required=False,
        choices=INTERPRETER_CHOICES,
        error_messages={"invalid_choice": _("Scegli una lingua della lista.")},
    )
    note = forms.CharField(
        label=_("Vuoi dirci qualcosa prima? (facoltativo)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": NOTE_MAX}),
        help_text=_(
            "Poche parole, per esempio «Ho una lettera del padrone di casa». "
            "Non scrivere dati sulla salute o altri dati delicati: ne parliamo di persona."
        ),
    )
    # Honeypot: hidden from people (and from assistive technology), filled in by bots.
    website = forms.CharField(
        label=_("Lascia vuoto questo campo"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_phone(self):
        value = self.cleaned_data["phone"].strip()
        if not value:
            return value
        digits = re.sub(r"\D", "", value)
        if not PHONE_CHARS.match(value) or not 6 <= len(digits) <= 15:
            raise forms.ValidationError(
                _("Il numero di telefono non sembra giusto. Scrivi le cifre, per esempio 333 123 4567.")
            )
        return value

    def clean_note(self):
        value = self.cleaned_data["note"].strip()
        if len(value) > NOTE_MAX:
            raise forms.ValidationError(
                _("La nota è troppo lunga: al massimo %(max)s caratteri (ora sono %(count)s).")
                % {"max": NOTE_MAX, "count": len(value)}
            )
        return value

    def clean(self):
        data = super().clean()
        if (
            not data.get("phone")
            and not data.get("email")
            and "phone" not in self.errors
            and "email" not in self.errors
        ):
            self.add_error("phone", _("Scrivi un numero di telefono o un'e-mail: ne basta uno."))
        return data

    def is_bot(self):
        return bool(self.data.get("website"))


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Vuoi dirci perché? (facoltativo)"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Il motivo è troppo lungo: al massimo 300 caratteri.")},
    )
