"""The data staff edit for the tools: eviction stages, help measures, letters, agreed-rent zones.

Each item carries its source (and, where figures change, the date range it is valid for), so the
public page can always say where a text or a number comes from.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

SITUATIONS = [
    ("affitto", _("Sono in affitto")),
    ("arretrati", _("Sono in affitto e ho rate non pagate")),
    ("cerco", _("Cerco una casa in affitto")),
    ("compro", _("Voglio comprare la prima casa")),
    ("senza-casa", _("Non ho una casa")),
]
HOUSEHOLDS = [
    ("solo", _("Vivo da solo o da sola")),
    ("coppia", _("Vivo in coppia, senza figli")),
    ("figli", _("Vivo con figli minorenni")),
    ("fragili", _("Vivo con una persona anziana o con disabilità")),
]
FIELD_KINDS = [
    ("text", "Testo breve"),
    ("textarea", "Testo lungo"),
    ("date", "Data"),
    ("money", "Importo in euro"),
]


class StageBlock(blocks.StructBlock):
    code = blocks.RegexBlock(
        regex=r"^[a-z0-9-]+$",
        max_length=40,
        label="codice",
        help_text="Lettere minuscole e trattini, es. «intimazione». Non cambiarlo dopo la pubblicazione.",
        error_messages={"invalid": "Usa solo lettere minuscole, numeri e trattini."},
    )
    document = blocks.CharBlock(
        max_length=120, label="cosa hai ricevuto", help_text="In parole di tutti i giorni."
    )
    looks_like = blocks.TextBlock(
        label="come inizia il foglio", help_text="Le prime parole o cosa c'è scritto in alto."
    )
    where = blocks.TextBlock(label="a che punto sei")
    next_step = blocks.TextBlock(label="cosa succede dopo")
    how_long = blocks.TextBlock(
        label="in quanto tempo",
        help_text="Niente cifre inventate: se i tempi cambiano, scrivi dove controllare.",
    )
    actions = blocks.ListBlock(blocks.CharBlock(max_length=300), label="cosa puoi fare adesso")
    date_label = blocks.CharBlock(
        max_length=120,
        required=False,
        label="domanda sulla data",
        help_text="Se il foglio ha una data importante, es. «Quando è l'udienza?». Vuoto: nessuna data.",
    )
    source = blocks.CharBlock(
        max_length=300, label="fonte", help_text="Es. «Codice di procedura civile, art. 658»."
    )
    source_url = blocks.URLBlock(required=False, label="indirizzo della fonte")
    last_reviewed = blocks.DateBlock(label="ultima revisione")

    class Meta:
        icon = "list-ol"
        label = "Fase"


class MeasureBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, label="nome dell'aiuto")
    summary = blocks.TextBlock(label="in breve")
    situations = blocks.MultipleChoiceBlock(choices=SITUATIONS, label="per chi è in questa situazione")
    households = blocks.MultipleChoiceBlock(
        choices=HOUSEHOLDS, required=False, label="solo per queste famiglie", help_text="Vuoto: tutte."
    )
    municipalities = blocks.ListBlock(
        SnippetChooserBlock("core.Municipality"),
        required=False,
        label="solo in questi Comuni",
        help_text="Vuoto: tutto l'Ambito.",
    )
    isee_max = blocks.IntegerBlock(required=False, min_value=0, label="ISEE massimo in euro")
    why = blocks.TextBlock(label="perché può fare per te")
    check = blocks.ListBlock(blocks.CharBlock(max_length=300), label="cosa controllare")
    guide = blocks.PageChooserBlock(required=False, page_type="guides.GuidePage", label="guida")
    source = blocks.CharBlock(max_length=300, label="fonte delle regole")
    source_url = blocks.URLBlock(required=False, label="indirizzo della fonte")
    valid_from = blocks.DateBlock(required=False, label="valido dal")
    valid_until = blocks.DateBlock(required=False, label="valido fino al")
    is_example = blocks.BooleanBlock(
        required=False, label="è un esempio", help_text="Mostra «Esempio» accanto al nome."
    )

    class Meta:
        icon = "tick"
        label = "Aiuto"


class LetterFieldBlock(blocks.StructBlock):
    name = blocks.RegexBlock(
        regex=r"^[a-z_]+$",
        max_length=40,
        label="nome del campo",
        help_text="Minuscole e _, es. «importo». Nel testo si scrive {importo}.",
        error_messages={"invalid": "Usa solo lettere minuscole e _."},
    )
    label = blocks.CharBlock(max_length=120, label="domanda")
    help = blocks.CharBlock(max_length=300, required=False, label="spiegazione")
    kind = blocks.ChoiceBlock(choices=FIELD_KINDS, default="text", label="tipo")
    required = blocks.BooleanBlock(required=False, default=True, label="obbligatorio")

    class Meta:
        icon = "form"
        label = "Campo"


class LetterParagraphBlock(blocks.StructBlock):
    text = blocks.TextBlock(
        label="testo",
        help_text="Usa {nome_del_campo} per i dati della persona e {oggi} per la data di oggi. "
        "Un paragrafo con un campo lasciato vuoto non compare.",
    )
    explanation = blocks.CharBlock(max_length=300, required=False, label="cosa dice, in parole semplici")

    class Meta:
        icon = "pilcrow"
        label = "Paragrafo"


class LetterBlock(blocks.StructBlock):
    slug = blocks.RegexBlock(
        regex=r"^[a-z0-9-]+$",
        max_length=60,
        label="indirizzo",
        help_text="Es. «piano-di-rientro». Non cambiarlo dopo la pubblicazione.",
        error_messages={"invalid": "Usa solo lettere minuscole, numeri e trattini."},
    )
    title = blocks.CharBlock(max_length=120, label="titolo")
    summary = blocks.TextBlock(label="quando usarla")
    talk_first = blocks.TextBlock(label="quando parlare prima con lo sportello o un sindacato")
    fields = blocks.ListBlock(LetterFieldBlock(), label="campi da compilare")
    paragraphs = blocks.ListBlock(LetterParagraphBlock(), label="testo della lettera")

    class Meta:
        icon = "mail"
        label = "Lettera"


class RentBandBlock(blocks.StructBlock):
    min_features = blocks.IntegerBlock(min_value=0, label="da quante caratteristiche")
    min_eur = blocks.DecimalBlock(min_value=0, decimal_places=2, label="minimo €/m² al mese")
    max_eur = blocks.DecimalBlock(min_value=0, decimal_places=2, label="massimo €/m² al mese")

    class Meta:
        label = "Fascia"


class RentZoneBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, label="zona")
    description = blocks.CharBlock(max_length=300, required=False, label="quali vie o frazioni")
    bands = blocks.ListBlock(
        RentBandBlock(), label="fasce", help_text="Dalla più bassa alla più alta, come nell'accordo."
    )

    class Meta:
        label = "Zona"


class AgreementBlock(blocks.StructBlock):
    """One local territorial agreement (accordo territoriale) and the municipalities it covers."""

    name = blocks.CharBlock(max_length=200, label="nome dell'accordo")
    municipalities = blocks.ListBlock(SnippetChooserBlock("core.Municipality"), label="Comuni")
    signed_on = blocks.DateBlock(label="data dell'accordo")
    source = blocks.CharBlock(max_length=300, label="fonte")
    source_url = blocks.URLBlock(required=False, label="indirizzo della fonte")
    is_example = blocks.BooleanBlock(required=False, label="è un esempio")
    features = blocks.ListBlock(
        blocks.CharBlock(max_length=120),
        label="caratteristiche della casa",
        help_text="Quelle che l'accordo conta per scegliere la fascia, es. «ascensore».",
    )
    zones = blocks.ListBlock(RentZoneBlock(), label="zone")

    class Meta:
        icon = "home"
        label = "Accordo territoriale"
