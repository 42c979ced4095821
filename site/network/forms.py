from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils import timezone

from booking.models import Sportello
from partners.models import Partner

from .models import Referral

SENSITIVE_WARNING = (
    "Non scrivere malattie, problemi di salute o altri dati delicati: "
    "bastano poche parole sul bisogno di casa."
)


class ReferralForm(forms.ModelForm):
    receiver = forms.ChoiceField(label="A chi lo invii")
    consent_given = forms.BooleanField(
        label="La persona è d'accordo che le sue informazioni arrivino a questo servizio",
        required=True,
        error_messages={"required": "Senza il consenso della persona non puoi fare l'invio."},
    )

    class Meta:
        model = Referral
        fields = [
            "receiver",
            "topic",
            "urgency",
            "note",
            "person_name",
            "person_phone",
            "person_email",
            "contact_by",
            "consent_given",
            "consent_obtained_by",
            "consent_at",
            "consent_method",
        ]
        widgets = {
            "note": forms.Textarea(attrs={"rows": 3}),
            "consent_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "urgency": forms.RadioSelect,
            "consent_method": forms.RadioSelect,
            "contact_by": forms.RadioSelect,
        }
        help_texts = {"note": SENSITIVE_WARNING}

    def __init__(self, *args, user, own_partner_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "Scegli…")]
        choices += [
            (f"sportello:{s.pk}", f"Sportello: {s.name}") for s in Sportello.objects.filter(active=True)
        ]
        partners = Partner.objects.public().exclude(pk__in=own_partner_ids).filter(network_team__isnull=False)
        choices += [(f"partner:{p.pk}", f"Partner: {p.name}") for p in partners]
        self.fields["receiver"].choices = choices
        self.fields["consent_obtained_by"].initial = user.get_full_name() or user.get_username()
        self.fields["consent_at"].initial = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
        self.fields["consent_at"].input_formats = ["%Y-%m-%dT%H:%M"]
        self.fields["note"].max_length = 500

    def clean(self):
        data = super().clean()
        if not (data.get("person_phone") or data.get("person_email")):
            raise forms.ValidationError("Scrivi almeno un telefono o un'e-mail della persona.")
        return data

    def receiver_fields(self):
        kind, _, pk = self.cleaned_data["receiver"].partition(":")
        if kind == "sportello":
            return {"to_sportello": Sportello.objects.get(pk=pk)}
        return {"to_partner": Partner.objects.get(pk=pk)}

    def referral_fields(self):
        fields = {name: self.cleaned_data[name] for name in self.Meta.fields if name != "receiver"}
        fields.update(self.receiver_fields())
        return fields


class DeclineForm(forms.Form):
    reason = forms.ChoiceField(label="Perché non puoi accettarlo", choices=Referral.DeclineReason.choices)
    note = forms.CharField(label="Spiega in poche parole", max_length=300, required=False)

    def clean(self):
        data = super().clean()
        if data.get("reason") == Referral.DeclineReason.OTHER and not data.get("note"):
            self.add_error("note", "Con «Altro» scrivi il motivo.")
        return data


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(label="Com'è andata", choices=Referral.Outcome.choices)
    note = forms.CharField(
        label="Nota sull'esito", max_length=300, required=False, help_text=SENSITIVE_WARNING
    )


class BedsForm(forms.Form):
    free_beds = forms.IntegerField(label="Posti liberi stanotte", min_value=0, max_value=500)
    note = forms.CharField(
        label="Nota per gli operatori",
        max_length=160,
        required=False,
        help_text="Es. «solo donne con bambini»",
    )


class InviteForm(forms.Form):
    partner = forms.ModelChoiceField(label="Partner", queryset=Partner.objects.all())
    email = forms.EmailField(label="E-mail della persona da invitare")
    offers_beds = forms.BooleanField(label="Il partner offre posti letto (accoglienza)", required=False)


class AcceptInvitationForm(forms.Form):
    username = forms.CharField(
        label="Nome utente",
        max_length=150,
        help_text="Lo usi per entrare. Solo lettere, numeri e . _ -",
        widget=forms.TextInput(attrs={"autocomplete": "username"}),
    )
    password1 = forms.CharField(
        label="Password", strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )
    password2 = forms.CharField(
        label="Scrivi di nuovo la password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        field = get_user_model()._meta.get_field("username")
        for validator in field.validators:
            validator(username)
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError("Questo nome utente esiste già. Scegline un altro.")
        return username

    def clean(self):
        data = super().clean()
        first, second = data.get("password1"), data.get("password2")
        if first and second and first != second:
            self.add_error("password2", "Le due password non sono uguali.")
        elif first:
            try:
                password_validation.validate_password(first)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data
