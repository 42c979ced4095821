"""Demo home page and the plain pages every PA site links from its footer."""

from wagtail.models import Page, Site

from core.sanitize import clean_rich_text
from home.models import PLAIN_RICH_TEXT, ContentPage, HomePage

HOME_INTRO = (
    "Il Servizio Abitare aiuta chi vive nei Comuni dell'Ambito di Sesto Calende a trovare casa e a tenerla. "
    "Ti spieghiamo bonus, contratti e sfratti con parole semplici e ti accompagniamo allo sportello."
)

CONTENT_PAGES = [
    {
        "slug": "contatti",
        "title": "Contatti",
        "summary": "Come parlare con lo sportello del Servizio Abitare.",
        "body": (
            "<p>Puoi chiamarci, scriverci o venire allo sportello.</p>"
            '<p>Per un incontro con un operatore <a href="/prenota/">prenota un appuntamento</a>. '
            "È gratuito.</p>"
            "<h2>Se è un'emergenza</h2>"
            "<p>Se sei senza casa stanotte, chiama i numeri di emergenza in fondo alla pagina.</p>"
        ),
    },
    {
        "slug": "domande-frequenti",
        "title": "Domande frequenti",
        "summary": "Le risposte alle domande che ci fanno più spesso.",
        "body": (
            "<h2>Lo sportello costa qualcosa?</h2><p>No. Lo sportello è gratuito.</p>"
            "<h2>Devo abitare a Sesto Calende?</h2>"
            "<p>No. Lo sportello è per chi abita in uno dei Comuni dell'Ambito.</p>"
            "<h2>Posso portare qualcuno con me?</h2>"
            "<p>Sì. Puoi venire con un familiare, un amico o un mediatore.</p>"
        ),
    },
    {
        "slug": "privacy",
        "title": "Informativa sulla privacy",
        "summary": "Quali dati raccogliamo, perché e per quanto tempo li teniamo.",
        "body": (
            "<p>Il titolare del trattamento è l'Ambito Territoriale Sociale di Sesto Calende.</p>"
            "<h2>Quali dati raccogliamo</h2>"
            "<p>Quando prenoti raccogliamo nome, telefono o e-mail, Comune e il motivo dell'incontro. "
            "Servono solo per organizzare l'appuntamento.</p>"
            "<h2>Per quanto tempo</h2>"
            "<p>Cancelliamo i tuoi dati personali 12 mesi dopo l'appuntamento. "
            "Teniamo solo numeri anonimi per organizzare meglio il servizio.</p>"
            "<h2>Cookie</h2><p>Il sito usa solo cookie tecnici. Non usa cookie di profilazione.</p>"
        ),
    },
    {
        "slug": "note-legali",
        "title": "Note legali",
        "summary": "Condizioni d'uso dei contenuti del sito.",
        "body": (
            "<p>I testi di questo sito sono pubblicati con licenza Creative Commons Attribuzione 4.0.</p>"
            "<p>Le informazioni servono a orientarti. Non sostituiscono il parere di un avvocato.</p>"
        ),
    },
]


def load(command):
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's initial "Welcome" page is a bare Page: ours replaces it.
        for welcome in root.get_children().exact_type(Page):
            if not welcome.get_children().exists():
                welcome.delete()
        home = root.add_child(instance=HomePage(title="Servizio Abitare", slug="home", intro=HOME_INTRO))
        home.save_revision().publish()
    elif home.intro != HOME_INTRO:
        home.intro = HOME_INTRO
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    if site.root_page_id != home.pk or site.site_name != "Servizio Abitare":
        site.root_page = home
        site.site_name = "Servizio Abitare"
        site.save()

    for spec in CONTENT_PAGES:
        if not ContentPage.objects.child_of(home).filter(slug=spec["slug"]).exists():
            page = ContentPage(**{**spec, "body": clean_rich_text(spec["body"], PLAIN_RICH_TEXT)})
            home.add_child(instance=page).save_revision().publish()
    command.stdout.write("- home page e pagine di servizio")
