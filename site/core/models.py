from django.db import models
from django.utils.functional import cached_property

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin


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


class EmergencyTextBlock(blocks.StructBlock):
    """The words of one emergency contact: its number is never translated (see ``EmergencyTexts``)."""

    label = blocks.CharBlock(max_length=80)
    when = blocks.CharBlock(max_length=120, required=False)

    class Meta:
        icon = "warning"
        label = "Testo del contatto"


class EmergencyTexts(TranslatableMixin, models.Model):
    """The words of the emergency box in one language, translated with wagtail-localize.

    The Italian texts are the site settings' (kept in step by ``sync_emergency_texts`` whenever the
    settings are saved); staff translate that Italian snippet like any other (Traduci). The phone
    numbers always come from the settings, in the settings' order: a translation can change what a
    contact is called, never the number a person in crisis dials."""

    intro = models.CharField("testo del box emergenze", max_length=200, blank=True)
    contacts = StreamField(
        [("contact", EmergencyTextBlock())], blank=True, verbose_name="contatti di emergenza"
    )
    updated_at = models.DateTimeField("ultima modifica", auto_now=True)

    panels = [FieldPanel("intro"), FieldPanel("contacts")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "testi delle emergenze"
        verbose_name_plural = "testi delle emergenze"

    def __str__(self):
        return f"Testi delle emergenze ({self.locale.get_display_name()})"


def sync_emergency_texts(site_settings):
    """Copy the settings' Italian emergency texts into the Italian ``EmergencyTexts`` (created on
    first use); returns it."""
    from wagtail.models import Locale

    default = Locale.get_default()
    texts = EmergencyTexts.objects.filter(locale=default).first() or EmergencyTexts(locale=default)
    wanted = [
        {"label": contact.value["label"], "when": contact.value["when"]}
        for contact in site_settings.emergency_contacts
    ]
    current = [{"label": c.value["label"], "when": c.value["when"]} for c in texts.contacts]
    if texts.pk is None or texts.intro != site_settings.emergency_intro or current != wanted:
        texts.intro = site_settings.emergency_intro
        texts.contacts = [("contact", value) for value in wanted]
        texts.save()
    return texts


class LocalizedEmergencyContact:
    """What the templates read as ``contact.value``: the settings' number, the translated words."""

    def __init__(self, value):
        self.value = value


class LocalizedSettings:
    """The site settings as a page in the active language shows them: every field as saved, but
    the emergency intro and contacts' words from that language's ``EmergencyTexts`` when they exist
    (Italian otherwise, contact by contact)."""

    def __init__(self, site_settings, texts):
        self._settings, self._texts = site_settings, texts

    def __getattr__(self, name):
        return getattr(self._settings, name)

    @cached_property
    def emergency_intro(self):
        return (self._texts and self._texts.intro) or self._settings.emergency_intro

    @cached_property
    def emergency_contacts(self):
        words = [block.value for block in self._texts.contacts] if self._texts else []
        contacts = []
        for position, contact in enumerate(self._settings.emergency_contacts):
            value = dict(contact.value)
            if position < len(words):
                value["label"] = words[position]["label"] or value["label"]
                value["when"] = words[position]["when"] or value["when"]
            contacts.append(LocalizedEmergencyContact(value))
        return contacts


def localized_settings(site_settings, language_code):
    """``site_settings`` with the emergency words in ``language_code`` (one query, none for Italian)."""
    from django.conf import settings

    if not site_settings or not language_code or language_code == settings.LANGUAGE_CODE:
        return site_settings
    texts = EmergencyTexts.objects.filter(locale__language_code=language_code).first()
    return LocalizedSettings(site_settings, texts) if texts else site_settings


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
