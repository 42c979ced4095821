from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import Municipality

from .models import Availability, BuildingKind, Condition, Ownership, ReporterRole, VacantBuilding

CHOICE_REQUIRED = _("Scegli una risposta.")


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
            if isinstance(field.widget, forms.RadioSelect):
                continue  # described on the fieldset by the template
            auto_id = self[name].auto_id
            described_by = [f"{auto_id}-help"] if field.help_text else []
            if name in errors:
                described_by.append(f"{auto_id}-error")
                field.widget.attrs["aria-invalid"] = "true"
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)


def radio(label, choices, *, help_text="", required=True, initial=None):
    return forms.ChoiceField(
        label=label,
        choices=choices,
        widget=forms.RadioSelect,
        help_text=help_text,
        required=required,
        initial=initial,
        error_messages={"required": CHOICE_REQUIRED, "invalid_choice": CHOICE_REQUIRED},
    )


class VacantBuildingForm(DescribedFieldsMixin, forms.Form):
    reporter_role = radio(_("Chi sei?"), ReporterRole.choices)
    municipality = forms.ModelChoiceField(
        label=_("In quale Comune è l'immobile?"),
        queryset=Municipality.objects.filter(in_district=True),
        empty_label=_("Scegli il Comune"),
        to_field_name="slug",
        error_messages={
            "required": _("Scegli il Comune dell'immobile."),
            "invalid_choice": _("Scegli il Comune dell'immobile dall'elenco."),
        },
    )
    address = forms.CharField(
        label=_("Indirizzo dell'immobile"),
        help_text=_("Via e numero civico, es. «Via Roma 12». Non lo pubblichiamo mai."),
        max_length=200,
        error_messages={
            "required": _("Scrivi l'indirizzo dell'immobile: ci serve per andare a vederlo."),
            "max_length": _("Scrivi al massimo %(limit_value)d caratteri (ora sono %(show_value)d)."),
        },
    )
    kind = radio(_("Che tipo di immobile è?"), BuildingKind.choices)
    ownership = radio(_("Di chi è?"), Ownership.choices)
    condition = radio(_("In che condizioni è?"), Condition.choices)
    size_sqm = forms.IntegerField(
        label=_("Quanto è grande, più o meno? (metri quadri, facoltativo)"),
        help_text=_("Anche un numero a occhio va bene, es. 70."),
        required=False,
        min_value=5,
        max_value=20000,
        error_messages={
            "invalid": _("Scrivi solo un numero, es. 70."),
            "min_value": _("Scrivi un numero da 5 in su."),
            "max_value": _("Scrivi un numero fino a 20000."),
        },
    )
    rooms = forms.IntegerField(
        label=_("Quante stanze ha? (facoltativo)"),
        help_text=_("Conta le stanze, senza bagno e cucina."),
        required=False,
        min_value=0,
        max_value=200,
        error_messages={
            "invalid": _("Scrivi solo un numero, es. 3."),
            "min_value": _("Scrivi un numero da 0 in su."),
            "max_value": _("Scrivi un numero fino a 200."),
        },
    )
    rent_concordato = radio(
        _("Il proprietario lo affitterebbe a canone concordato?"),
        Availability.choices,
        help_text=_("Il canone concordato è un affitto più basso, con vantaggi sulle tasse per chi affitta."),
        initial=Availability.UNKNOWN,
    )
    lend_temporary = radio(
        _("Il proprietario lo presterebbe per qualche mese a chi è senza casa?"),
        Availability.choices,
        help_text=_("È l'housing temporaneo: il Servizio Abitare segue le persone e l'immobile."),
        initial=Availability.UNKNOWN,
    )
    description = forms.CharField(
        label=_("Vuoi dirci altro? (facoltativo)"),
        help_text=_("Es. «Vuoto da due anni», «Il tetto perde». Non scrivere dati di altre persone."),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "max_length": _("Scrivi al massimo %(limit_value)d caratteri (ora sono %(show_value)d).")
        },
    )
    contact_name = forms.CharField(
        label=_("Il tuo nome (facoltativo)"),
        required=False,
        max_length=100,
        error_messages={"max_length": _("Scrivi al massimo %(limit_value)d caratteri.")},
    )
    contact = forms.CharField(
        label=_("Il tuo telefono o la tua e-mail (facoltativo)"),
        help_text=_("Solo se vuoi che ti chiamiamo per questo immobile."),
        required=False,
        max_length=120,
        error_messages={"max_length": _("Scrivi al massimo %(limit_value)d caratteri.")},
    )
    contact_consent = forms.BooleanField(
        label=_("Potete contattarmi per questo immobile. Non userete il mio contatto per altro."),
        required=False,
    )
    # Honeypot: hidden from people (CSS and aria-hidden), filled in by spam robots.
    sito_web = forms.CharField(label=_("Lascia vuoto questo campo"), required=False)

    def is_spam(self):
        return bool(self.data.get("sito_web"))

    def clean_contact(self):
        contact = " ".join(self.cleaned_data["contact"].split())
        if contact and not ("@" in contact or sum(ch.isdigit() for ch in contact) >= 6):
            raise forms.ValidationError(_("Scrivi un numero di telefono o un indirizzo e-mail."))
        return contact

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("contact") and not cleaned.get("contact_consent"):
            self.add_error(
                "contact_consent",
                _("Per lasciarci il contatto, spunta la casella del consenso. Oppure cancella il contatto."),
            )
        return cleaned

    def save(self):
        data = self.cleaned_data
        building = VacantBuilding(
            reporter_role=data["reporter_role"],
            municipality=data["municipality"],
            address=" ".join(data["address"].split()),
            kind=data["kind"],
            ownership=data["ownership"],
            condition=data["condition"],
            size_sqm=data.get("size_sqm"),
            rooms=data.get("rooms"),
            rent_concordato=data["rent_concordato"],
            lend_temporary=data["lend_temporary"],
            description=data.get("description", ""),
            contact_name=data.get("contact_name", "") if data.get("contact") else "",
            contact=data.get("contact", ""),
            contact_consent=bool(data.get("contact")) and data["contact_consent"],
        )
        building.save()
        first = building.same_address().filter(duplicate_of__isnull=True).first()
        if first is not None:
            building.duplicate_of = first
            building.save(update_fields=["duplicate_of"])
        return building
