from django.db import models

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField


class EmergencyContactBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=80, help_text="Es. «Pronto intervento sociale»")
    phone = blocks.CharBlock(max_length=30, help_text="Come si compone: solo cifre, spazi e +")
    when = blocks.CharBlock(max_length=120, required=False, help_text="Es. «Sempre attivo, anche di notte»")

    class Meta:
        icon = "warning"
        label = "Contatto di emergenza"


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Contacts and links shown on every page, edited by staff (Impostazioni > Sito)."""

    service_name = models.CharField("nome del servizio", max_length=120, default="Servizio Abitare")
    entity_name = models.CharField(
        "ente", max_length=160, default="Ambito Territoriale Sociale di Sesto Calende"
    )
    phone = models.CharField("telefono dello sportello", max_length=30, blank=True)
    email = models.EmailField("e-mail dello sportello", blank=True)
    address = models.CharField("indirizzo della sede", max_length=200, blank=True)
    opening_hours = models.CharField(
        "orari di risposta al telefono",
        max_length=200,
        blank=True,
        help_text="Es. «Dal lunedì al venerdì, 9-12»",
    )
    emergency_intro = models.CharField(
        "testo del box emergenze",
        max_length=200,
        default="Sei senza casa stanotte o hai uno sfratto tra pochi giorni? Chiama subito.",
    )
    emergency_contacts = StreamField(
        [("contact", EmergencyContactBlock())], blank=True, verbose_name="contatti di emergenza"
    )
    accessibility_statement_url = models.URLField(
        "dichiarazione di accessibilità",
        blank=True,
        help_text="L'indirizzo della dichiarazione pubblicata su form.agid.gov.it",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="pagina privacy",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_notes_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="pagina note legali",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    faq_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="pagina domande frequenti",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    show_demo_banner = models.BooleanField(
        "mostra l'avviso «dati di esempio»",
        default=False,
        help_text="Da attivare finché il sito contiene dati di prova.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("service_name"), FieldPanel("entity_name")],
            heading="Nome",
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("address"), FieldPanel("opening_hours")],
            heading="Contatti dello sportello",
        ),
        MultiFieldPanel(
            [FieldPanel("emergency_intro"), FieldPanel("emergency_contacts")],
            heading="Emergenze",
        ),
        MultiFieldPanel(
            [
                FieldPanel("accessibility_statement_url"),
                PageChooserPanel("privacy_page"),
                PageChooserPanel("legal_notes_page"),
                PageChooserPanel("faq_page"),
            ],
            heading="Link obbligatori nel piè di pagina",
        ),
        FieldPanel("show_demo_banner"),
    ]

    # Every page's footer links these pages: load them with the settings, in one query.
    select_related = ["privacy_page", "legal_notes_page", "faq_page"]

    class Meta:
        verbose_name = "impostazioni del sito"

    @property
    def phone_href(self):
        return tel_href(self.phone)


def tel_href(number):
    """A ``tel:`` URI from a number as people write it ("0331 123 456" -> "tel:0331123456")."""
    digits = "".join(ch for ch in number or "" if ch.isdigit() or ch == "+")
    return f"tel:{digits}" if digits else ""


class Municipality(models.Model):
    """A municipality the service covers (a managed list, shared by booking and the directory)."""

    name = models.CharField("nome", max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True, help_text="Usato negli indirizzi, es. sesto-calende")
    in_district = models.BooleanField(
        "nell'Ambito", default=True, help_text="Togli la spunta per Comuni fuori dall'Ambito (es. capoluogo)."
    )
    sort_order = models.PositiveSmallIntegerField("ordine", default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("in_district"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = "Comune"
        verbose_name_plural = "Comuni"
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name
