"""What a partner's directory entry says to citizens, translatable (issue 15).

A partner's record (contacts, places, services, workflow) stays one row, in Italian, edited
by staff as before. Its public texts (what they do, the status note, the label of the other
phone, and each service's description and audience) are copied on every publish into the
Italian ``PartnerText``: the source that wagtail-localize translates like the glossary. When the
Italian partner changes, its copy changes (``updated_at``) and "Traduzioni da aggiornare" lists
each translation to sync. Readers of another language see the translated texts where they exist,
the Italian ones otherwise.
"""

from django.db import models

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, TranslatableMixin

from core import languages


class ServiceTextBlock(blocks.StructBlock):
    service = blocks.IntegerBlock(label="servizio (numero)", required=True)
    description = blocks.CharBlock(label="cosa fanno per te", max_length=250)
    audience = blocks.CharBlock(label="per chi è", max_length=200, required=False)

    class Meta:
        label = "servizio"


class PartnerText(TranslatableMixin, models.Model):
    """A partner's public texts in one language (the Italian one is copied from the partner)."""

    partner = models.ForeignKey(
        "partners.Partner", on_delete=models.CASCADE, related_name="texts", verbose_name="partner"
    )
    description = models.TextField("cosa fanno, in breve", max_length=400)
    status_note = models.CharField("nota sullo stato", max_length=160, blank=True)
    other_phone_label = models.CharField("a cosa serve l'altro telefono", max_length=60, blank=True)
    services = StreamField([("service", ServiceTextBlock())], blank=True, verbose_name="servizi")
    updated_at = models.DateTimeField("ultima modifica", auto_now=True)

    panels = [
        FieldPanel("description"),
        FieldPanel("status_note"),
        FieldPanel("other_phone_label"),
        FieldPanel("services"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "testi pubblici del partner"
        verbose_name_plural = "testi pubblici dei partner"
        constraints = [
            models.UniqueConstraint(fields=["partner", "locale"], name="partners_text_one_per_language"),
        ]

    def __str__(self):
        return self.partner.name

    @classmethod
    def sync_source(cls, partner):
        """Copy the published partner's Italian texts into its source ``PartnerText``."""
        default = Locale.get_default()
        services = [
            (
                "service",
                {"service": service.pk, "description": service.description, "audience": service.audience},
            )
            for service in partner.services.all()
        ]
        text = cls.objects.filter(partner=partner, locale=default).first()
        if text is None:
            text = cls(partner=partner, locale=default)
        wanted = (partner.description, partner.status_note, partner.other_phone_label)
        if text.pk and wanted == (text.description, text.status_note, text.other_phone_label):
            current = [(child.block_type, dict(child.value)) for child in text.services]
            if current == services:
                return text  # nothing changed: translations stay up to date
        text.description, text.status_note, text.other_phone_label = wanted
        text.services = services
        text.save()
        return text


def localize(partners):
    """Show ``partners`` (with prefetched services) in the reader's language: each text translated
    where a live translation exists, the Italian one otherwise. One query; none in Italian.

    The instances are for display only: the translated values replace the Italian ones in memory.
    """
    partners = list(partners)
    if not partners or languages.reading_italian():
        return partners
    locale_id = languages.reader_locale_id()
    texts = {
        text.partner_id: text
        for text in PartnerText.objects.filter(
            locale_id=locale_id, partner__in=[partner.pk for partner in partners]
        )
    }
    for partner in partners:
        text = texts.get(partner.pk)
        if text is None:
            continue
        partner.description = text.description or partner.description
        partner.status_note = text.status_note or partner.status_note
        partner.other_phone_label = text.other_phone_label or partner.other_phone_label
        by_service = {child.value["service"]: child.value for child in text.services}
        for service in partner.services.all():
            found = by_service.get(service.pk)
            if found:
                service.description = found["description"] or service.description
                service.audience = found["audience"] or service.audience
    return partners
