import pytest
from bs4 import BeautifulSoup

from core.topics import TOPICS

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_home_page_is_in_italian_and_says_what_the_service_does(client, site_settings, home_page):
    response = client.get("/")
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == "it"
    assert html.h1.get_text(strip=True) == home_page.title
    assert home_page.intro in html.get_text()
    assert len(html.find_all("h1")) == 1


def test_home_page_links_the_four_topics_search_and_booking(client, site_settings):
    html = soup(client.get("/"))
    topic_links = {a["href"] for a in html.select(".topics a")}
    assert topic_links == {f"/guide/{topic.slug}/" for topic in TOPICS}
    booking = html.select_one('[data-element="appointment-booking"]')
    assert booking["href"] == "/prenota/"
    assert booking.get_text(strip=True) == "Prenota un appuntamento"
    search_forms = html.select('form[role="search"]')
    assert search_forms and all(form["action"] == "/cerca/" for form in search_forms)
    assert all(form.find("input", attrs={"name": "q"}) for form in search_forms)


def test_every_page_has_skip_link_landmarks_and_main_navigation(client, site_settings):
    html = soup(client.get("/privacy/"))
    skip = html.select_one("a.skip-link")
    assert skip["href"] == "#contenuto" and html.find(id="contenuto").name == "main"
    nav = html.find("nav", attrs={"aria-label": "Menu principale"})
    assert [a.get_text(strip=True) for a in nav.find_all("a")] == [
        "Guide",
        "Trova aiuto",
        "Prenota un appuntamento",
        "Contatti",
    ]
    assert html.find("header") and html.find("footer")
    crumbs = [li.get_text(strip=True) for li in html.select(".breadcrumb li")]
    assert crumbs == ["Home", "Privacy"]


def test_footer_and_emergency_box_come_from_site_settings(client, site_settings):
    html = soup(client.get("/"))
    footer = html.find("footer")
    assert (
        footer.select_one('[data-element="accessibility-link"]')["href"]
        == site_settings.accessibility_statement_url
    )
    assert footer.select_one('[data-element="privacy-policy-link"]')["href"] == "/privacy/"
    assert footer.find("a", string="Note legali")["href"] == "/note-legali/"
    # The territory's pages (issue 17) are one tap away from every page.
    assert footer.find("a", string="Osservatorio abitare")["href"] == "/osservatorio/"
    assert footer.find("a", string="Segnala un immobile vuoto")["href"] == "/immobili-sfitti/"
    assert footer.find("a", href="tel:03310000000").get_text(strip=True) == "0331 000 0000"
    assert footer.find("a", href="mailto:sportello@example.org")
    emergency = html.select_one("aside.emergency")
    assert emergency.find("a", href="tel:03310000001")
    assert "Pronto intervento sociale" in emergency.get_text()


def test_changing_settings_changes_the_footer(client, site_settings):
    site_settings.phone = "0331 999 9999"
    site_settings.save()
    html = soup(client.get("/"))
    assert html.find("footer").find("a", href="tel:03319999999")


def test_demo_banner_only_when_flagged(client, site_settings):
    assert not soup(client.get("/")).select(".demo-banner")
    site_settings.show_demo_banner = True
    site_settings.save()
    banner = soup(client.get("/")).select_one(".demo-banner")
    assert "esempi" in banner.get_text()


def test_unknown_address_gives_an_italian_404_with_a_way_out(client, site_settings):
    response = client.get("/questa-pagina-non-esiste/")
    assert response.status_code == 404
    html = soup(response)
    assert html.h1.get_text(strip=True) == "Non troviamo questa pagina"
    assert html.find("a", href="/prenota/")
    assert html.select_one("footer [data-element='privacy-policy-link']")


def test_server_error_page_renders_without_a_request(settings):
    from django.template.loader import render_to_string

    html = BeautifulSoup(render_to_string("500.html"), "html.parser")
    assert html.h1.get_text(strip=True) == "Il sito ha un problema"
    assert html.html["lang"] == "it"


def test_home_page_tree_rules(home_page):
    from home.models import ContentPage, HomePage

    assert not HomePage.can_create_at(home_page)
    assert ContentPage.can_create_at(home_page)
