"""Forms of the operator screens (Wagtail admin). Italian labels, no scheduler jargon."""

import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.utils.formats import date_format

from booking import forms as booking_forms
from booking.models import APPOINTMENT_TOPIC_CHOICES, Sportello
from booking.slots import parse_key
from core.models import Municipality
from core.topics import TOPIC_CHOICES

WEEKDAY_CHOICES = [
    ("0", "Lunedì"),
    ("1", "Martedì"),
    ("2", "Mercoledì"),
    ("3", "Giovedì"),
    ("4", "Venerdì"),
    ("5", "Sabato"),
]
EVERY_CHOICES = [("1", "Ogni settimana"), ("2", "Una settimana sì e una no")]
TOPIC_ONLY_CHOICES = TOPIC_CHOICES

STATUS_FILTER_CHOICES = [
    ("attivi", "Da svolgere e svolti (senza gli annullati)"),
    ("confirmed", "Da svolgere"),
    ("attended", "Svolti"),
    ("no_show", "Non presentati"),
    ("cancelled", "Annullati"),
    ("tutti", "Tutti"),
]


def date_input():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def time_input():
    return forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class AgendaFilterForm(forms.Form):
    sportello = forms.ModelChoiceField(
        Sportello.objects.none(), required=False, empty_label="Tutti i miei sportelli"
    )
    operatore = forms.ModelChoiceField(get_user_model().objects.none(), required=False, empty_label="Tutti")
    giorno = forms.DateField(required=False, widget=date_input(), label="Giorno")
    vista = forms.ChoiceField(choices=[("giorno", "Giorno"), ("settimana", "Settimana")], required=False)
    stato = forms.ChoiceField(choices=STATUS_FILTER_CHOICES, required=False, label="Stato")

    def __init__(self, *args, sportelli, operators, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sportello"].queryset = sportelli
        self.fields["operatore"].queryset = operators
        self.fields["operatore"].label_from_instance = lambda user: (
            user.get_full_name() or user.get_username()
        )


class CancelForm(booking_forms.CancelForm):
    """The one cancel form (the citizen's), with the reason required: the person reads it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        reason = self.fields["reason"]
        reason.required = True
        reason.label = "Motivo (lo leggerà la persona)"
        reason.help_text = "Scrivi in modo semplice, senza dati personali. Es. «Operatore in malattia»."


class NotesForm(forms.Form):
    internal_notes = forms.CharField(
        label="Note interne",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Le vedono solo gli operatori. Non scrivere dati sanitari.",
    )


class AssignForm(forms.Form):
    operator = forms.ModelChoiceField(get_user_model().objects.none(), label="Operatore", required=False)

    def __init__(self, *args, sportello, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["operator"].queryset = sportello.operators.filter(is_active=True).order_by(
            "first_name", "username"
        )
        self.fields["operator"].label_from_instance = lambda user: user.get_full_name() or user.get_username()


class SlotChoiceField(forms.ChoiceField):
    """A free slot, chosen from a list; the value is the slot key (UTC ISO)."""

    def clean(self, value):
        value = super().clean(value)
        start = parse_key(value)
        if start is None:
            raise forms.ValidationError("Scegli un orario dalla lista.")
        return start


def slot_choices(slots):
    grouped = {}
    for slot in slots:
        day = date_format(slot.start, "l j F Y").lower().capitalize()
        label = f"{slot.start:%H:%M}" + (f" ({slot.free} posti liberi)" if slot.free > 1 else "")
        grouped.setdefault(day, []).append((slot.key, label))
    return [("", "Scegli un orario")] + list(grouped.items())


class MoveForm(forms.Form):
    slot = SlotChoiceField(label="Nuovo orario")

    def __init__(self, *args, slots, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].choices = slot_choices(slots)


class BookOnBehalfForm(forms.Form):
    slot = SlotChoiceField(label="Orario")
    name = forms.CharField(label="Nome e cognome", max_length=100)
    phone = forms.CharField(label="Telefono", max_length=20, required=False)
    email = forms.EmailField(
        label="E-mail", required=False, help_text="Se la dai, la persona riceve la conferma."
    )
    municipality = forms.ModelChoiceField(Municipality.objects.all(), label="Comune", required=False)
    note = forms.CharField(
        label="Nota",
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Breve. Niente dati sanitari.",
    )
    urgent = forms.BooleanField(label="È urgente (sfratto con data, senza casa, minori)", required=False)

    def __init__(self, *args, slots, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].choices = slot_choices(slots)

    def clean(self):
        data = super().clean()
        if not data.get("phone") and not data.get("email"):
            self.add_error("phone", "Serve almeno un telefono o un'e-mail.")
        return data


class BookChooseForm(forms.Form):
    sportello = forms.ModelChoiceField(Sportello.objects.none(), label="Sportello", empty_label=None)
    argomento = forms.ChoiceField(choices=APPOINTMENT_TOPIC_CHOICES, label="Argomento")

    def __init__(self, *args, sportelli, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sportello"].queryset = sportelli


class OpeningForm(forms.Form):
    weekdays = forms.MultipleChoiceField(
        label="Giorni della settimana", choices=WEEKDAY_CHOICES, widget=forms.CheckboxSelectMultiple
    )
    start_time = forms.TimeField(label="Dalle ore", widget=time_input())
    end_time = forms.TimeField(label="Alle ore", widget=time_input())
    every = forms.ChoiceField(label="Quanto spesso", choices=EVERY_CHOICES, initial="1")
    slot_minutes = forms.IntegerField(
        label="Durata di ogni appuntamento (minuti)", min_value=5, max_value=240, initial=30
    )
    capacity = forms.IntegerField(
        label="Persone ricevute insieme",
        min_value=1,
        max_value=20,
        initial=1,
        help_text="Es. 2 se ci sono due scrivanie.",
    )
    first_day = forms.DateField(label="Dal giorno", widget=date_input())
    last_day = forms.DateField(label="Al giorno (compreso)", widget=date_input())
    topics = forms.MultipleChoiceField(
        label="Argomenti",
        choices=TOPIC_ONLY_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Nessuna scelta: tutti gli argomenti.",
    )

    def __init__(self, *args, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:
            # An existing opening keeps its weekday and first day; change times, length, seats, end, topics.
            del self.fields["weekdays"]
            del self.fields["first_day"]

    def clean(self):
        data = super().clean()
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", "L'ora di fine deve essere dopo l'ora di inizio.")
        elif start and end and data.get("slot_minutes"):
            length = datetime.datetime.combine(datetime.date.min, end) - datetime.datetime.combine(
                datetime.date.min, start
            )
            if length < datetime.timedelta(minutes=data["slot_minutes"]):
                self.add_error("slot_minutes", "Un appuntamento non può durare più dell'apertura.")
        first, last = data.get("first_day"), data.get("last_day")
        if first and last and last < first:
            self.add_error("last_day", "L'ultimo giorno non può essere prima del primo.")
        if first and last and (last - first).days > 366:
            self.add_error("last_day", "Al massimo un anno: poi crea una nuova apertura.")
        return data


class ClosureForm(forms.Form):
    MOVE = "sposta"
    CANCEL = "annulla"
    sportello = forms.ModelChoiceField(Sportello.objects.none(), label="Sportello", empty_label=None)
    start_date = forms.DateField(label="Chiuso dal giorno", widget=date_input())
    end_date = forms.DateField(
        label="Al giorno (compreso)",
        widget=date_input(),
        required=False,
        help_text="Vuoto: solo un giorno.",
    )
    reason = forms.CharField(
        label="Motivo",
        max_length=120,
        help_text="Lo leggono le persone avvisate. Es. «Chiusura per festività».",
    )
    then = forms.ChoiceField(
        label="Gli appuntamenti già presi",
        choices=[
            (MOVE, "Spostali al primo orario libero dopo la chiusura e avvisa le persone"),
            (CANCEL, "Annullali e avvisa le persone"),
        ],
        widget=forms.RadioSelect,
        initial=MOVE,
    )

    def __init__(self, *args, sportelli, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sportello"].queryset = sportelli

    def clean(self):
        data = super().clean()
        start = data.get("start_date")
        if start and not data.get("end_date"):
            data["end_date"] = start
        end = data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", "La fine non può essere prima dell'inizio.")
        return data
