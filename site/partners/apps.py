from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = "Rete dei partner"

    def ready(self):
        from wagtail.signals import published

        from core import translations
        from search.sources import ModelSource, register

        from .models import Partner

        # Each publish copies the public texts into the Italian source that translators translate.
        published.connect(_copy_public_texts, sender=Partner, dispatch_uid="partners_copy_public_texts")
        translations.register_snippets(_italian_texts, lambda text: f"partner-{text.partner.slug}")

        # The site search finds published partners too, as "partner", filterable by service type.
        register(
            ModelSource(
                "partners.Partner",
                type_key="partner",
                title_field="name",
                topic_lookup="services__service_type",
                queryset=lambda: Partner.objects.public().for_directory(),
                load=_in_readers_language,
            )
        )


def _copy_public_texts(sender, instance, **kwargs):
    from .models import PartnerText

    PartnerText.sync_source(instance)


def _in_readers_language(pks):
    """Partners found by the search, with their public texts in the reader's language."""
    from .models import Partner, localize

    return {
        partner.pk: partner
        for partner in localize(Partner.objects.filter(pk__in=pks).prefetch_related("services"))
    }


def _italian_texts():
    from wagtail.models import Locale

    from .models import PartnerText

    return PartnerText.objects.filter(locale=Locale.get_default()).select_related("partner")
