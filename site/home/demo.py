"""Demo home page and the plain pages every PA site links from its footer."""

from wagtail.models import Page, Site

from core import content
from core.sanitize import clean_rich_text
from home.models import PLAIN_RICH_TEXT, ContentPage, HomePage

# Texts: content/pages/home.yaml (title, intro, ``pages``: the order of the plain pages under it) and
# content/pages/<slug>.yaml (title, summary, body).
HOME_FILE = "home"


def read_content(root=None):
    pages = {item.name: item.data for item in content.read("pages", root=root)}
    home = pages.pop(HOME_FILE, {})
    order = {slug: position for position, slug in enumerate(home.pop("pages", []))}
    slugs = sorted(pages, key=lambda slug: (order.get(slug, len(order)), slug))
    return home, [{"slug": slug, **pages[slug]} for slug in slugs]


def load(command):
    home_spec, content_pages = read_content()
    intro = home_spec.get("intro", "")
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's initial "Welcome" page is a bare Page: ours replaces it.
        for welcome in root.get_children().exact_type(Page):
            if not welcome.get_children().exists():
                welcome.delete()
        home = HomePage(title=home_spec.get("title", "Servizio Abitare"), slug="home", intro=intro)
        home = root.add_child(instance=home)
        home.save_revision().publish()
    elif intro and home.intro != intro:
        home.intro = intro
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    if site.root_page_id != home.pk or site.site_name != "Servizio Abitare":
        site.root_page = home
        site.site_name = "Servizio Abitare"
        site.save()

    for spec in content_pages:
        if not ContentPage.objects.child_of(home).filter(slug=spec["slug"]).exists():
            page = ContentPage()
            content.set_fields(page, spec, source=f"pages/{spec['slug']}")
            page.body = clean_rich_text(spec.get("body", ""), PLAIN_RICH_TEXT)
            home.add_child(instance=page).save_revision().publish()
    command.stdout.write("- home page e pagine di servizio")
