"""Demo site settings: service contacts, emergency numbers (fictitious), footer links.

Runs after ``home.demo``, which creates the pages linked here. The numbers are settings, not page
prose: they stay here, next to the other site settings."""

from wagtail.models import Page, Site

from core.models import Municipality, SiteSettings


def _district_names():
    """The names of the district's Comuni, in order, from the data migration that creates them."""
    import importlib

    migration = importlib.import_module("core.migrations.0003_content_municipalities")
    return [name for _slug, name in migration.MUNICIPALITIES]


# The Comuni of the Ambito (names), for demo content and tests; the rows come from the migration.
MUNICIPALITIES = _district_names()


def load(command):
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    settings.service_name = "Servizio Abitare"
    settings.entity_name = "Ambito Territoriale Sociale di Sesto Calende"
    # Fictitious numbers: the demo must never send a person in crisis to a real line.
    settings.phone = "0331 000 0000"
    settings.email = "sportello.abitare@example.org"
    settings.address = "Piazza Municipio 1, 21018 Sesto Calende (VA)"
    settings.opening_hours = "Dal lunedì al venerdì, dalle 9 alle 12"
    settings.emergency_contacts = [
        (
            "contact",
            {
                "label": "Pronto intervento sociale",
                "phone": "0331 000 0001",
                "when": "Sempre attivo, anche di notte",
            },
        ),
        (
            "contact",
            {
                "label": "Emergenza sfratti dello sportello",
                "phone": "0331 000 0002",
                "when": "Dal lunedì al venerdì, 8-18",
            },
        ),
        (
            "contact",
            {"label": "Numero unico di emergenza", "phone": "112", "when": "Per un pericolo immediato"},
        ),
    ]
    settings.accessibility_statement_url = "https://form.agid.gov.it/"
    settings.privacy_page = Page.objects.filter(depth=3, slug="privacy").first()
    settings.legal_notes_page = Page.objects.filter(depth=3, slug="note-legali").first()
    settings.faq_page = Page.objects.filter(depth=3, slug="domande-frequenti").first()
    settings.show_demo_banner = True
    settings.save()
    command.stdout.write("- impostazioni del sito")

    # The district's municipalities are real data: migration core 0003 creates them.
    command.stdout.write(f"- {Municipality.objects.filter(in_district=True).count()} Comuni dell'Ambito")
