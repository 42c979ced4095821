import datetime

from wagtail import blocks

from .vocabulary import WEEKDAYS


class OpeningHoursBlock(blocks.StructBlock):
    """One row of opening hours: some weekdays, from a time to a time, and an optional note.

    Rows map one-to-one onto HSDS ``schedules`` (``byday``, ``opens_at``, ``closes_at``), so
    the open-data export needs no free-text parsing.
    """

    days = blocks.MultipleChoiceBlock(
        choices=WEEKDAYS, label="giorni", help_text="Scegli i giorni con lo stesso orario."
    )
    opens = blocks.TimeBlock(label="apre alle")
    closes = blocks.TimeBlock(label="chiude alle")
    note = blocks.CharBlock(
        label="nota",
        max_length=120,
        required=False,
        help_text="Es. «solo su appuntamento», «il primo lunedì del mese»",
    )

    class Meta:
        icon = "time"
        label = "Orario"
        description = "Giorni e ore di apertura di questa sede"
        template = "partners/blocks/opening_hours.html"
        preview_value = {
            "days": ["MO", "TU", "WE", "TH", "FR"],
            "opens": datetime.time(9, 0),
            "closes": datetime.time(12, 0),
            "note": "",
        }

    def clean(self, value):
        value = super().clean(value)
        if value.get("opens") and value.get("closes") and value["closes"] <= value["opens"]:
            from django.forms.utils import ErrorList

            from wagtail.blocks.struct_block import StructBlockValidationError

            raise StructBlockValidationError(
                block_errors={"closes": ErrorList(["Deve essere dopo l'orario di apertura."])}
            )
        return value
