import json

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from guides.models import GuideRelatedGuide
from tests.factories.pages import GuidePageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_guide_page_reads_in_order(client, site_settings, guide):
    response = client.get(guide.url)
    assert response.status_code == 200
    html = soup(response)
    assert [h.get_text() for h in html.find_all("h1")] == ["Non riesco a pagare l'affitto"]
    headings = [h.get_text(strip=True) for h in html.select("article h2")]
    assert headings[:3] == ["In breve", "A chi è rivolto", "Cosa fare subito"]
    assert "Parole difficili in questa pagina" not in headings  # no glossary terms yet
    assert (
        html.select_one(".last-updated").get_text(" ", strip=True) == "Ultimo aggiornamento: 1 novembre 2026"
    )
    crumbs = [li.get_text(strip=True) for li in html.select(".breadcrumb li")]
    assert crumbs == ["Home", "Guide", "Sfratto e morosità", "Non riesco a pagare l'affitto"]


def test_booking_button_preselects_topic_and_guide(client, site_settings, guide):
    html = soup(client.get(guide.url))
    button = html.select_one('[data-element="service-booking-access"]')
    assert button["href"] == f"/prenota/?argomento=sfratto-e-morosita&guida={guide.pk}"
    assert button.get_text(strip=True) == "Prenota un appuntamento"


def test_topic_page_lists_guides_with_summary_and_books_the_topic(client, site_settings, topic_page, guide):
    html = soup(client.get(topic_page.url))
    card = html.select_one(".guide-list .card")
    assert card.a["href"] == guide.url
    assert guide.summary in card.get_text()
    assert html.select_one('[data-element="service-booking-access"]')["href"] == (
        "/prenota/?argomento=sfratto-e-morosita"
    )


def test_meta_description_json_ld_and_share_links(client, site_settings, guide):
    guide.search_description = "Cosa fare se non riesci a pagare l'affitto."
    guide.save_revision().publish()
    html = soup(client.get(guide.url))
    assert html.find("meta", attrs={"name": "description"})["content"] == guide.search_description
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "Article"
    assert data["headline"] == guide.title
    assert data["dateModified"] == "2026-11-01"
    assert data["url"].endswith(guide.url)
    share = html.select_one(".share")
    # The share box links the address the reader used (host and port), see tests/core/test_newcomer.py.
    assert share.find("a", href=f"http://testserver{guide.url}")
    whatsapp = share.find("a", href=lambda href: href.startswith("https://wa.me/?text="))
    assert "non-riesco-a-pagare" in whatsapp["href"]
    assert not html.find("script", src=lambda src: src and "//" in src)  # no third-party script


def test_meta_description_falls_back_to_the_summary(client, site_settings, guide):
    html = soup(client.get(guide.url))
    assert html.find("meta", attrs={"name": "description"})["content"] == guide.summary


def test_json_ld_cannot_break_out_of_the_script(guide):
    guide.title = "</script><script>alert(1)</script>"
    assert "</script>" not in guide.json_ld()
    assert json.loads(guide.json_ld())["headline"] == guide.title


def test_related_guides_only_live_ones_in_order(client, site_settings, topic_page, guide):
    first = GuidePageFactory(parent=topic_page, title="Prima guida")
    second = GuidePageFactory(parent=topic_page, title="Seconda guida")
    hidden = GuidePageFactory(parent=topic_page, title="Guida in bozza", live=False)
    for order, other in enumerate([second, hidden, first]):
        GuideRelatedGuide.objects.create(page=guide, guide=other, sort_order=order)
    html = soup(client.get(guide.url))
    assert [a.get_text() for a in html.select(".related-guides a")] == ["Seconda guida", "Prima guida"]


def test_guide_shows_partners_of_its_topic_and_the_editors_picks_first(client, site_settings, guide):
    from guides.models import GuideRelatedPartner
    from tests.factories.partners import create_partner

    assert guide.get_related_partners() == []
    assert not soup(client.get(guide.url)).select(".related-partners")

    by_topic = create_partner("Sindacato inquilini", services=[guide.topic])
    create_partner("Bozza non pubblicata", services=[guide.topic], live=False)
    create_partner("Altro argomento", services=["emergenza"])
    picked = create_partner("Avvocati di strada", services=["assistenza-legale"])
    GuideRelatedPartner.objects.create(page=guide, partner=picked, sort_order=0)

    section = soup(client.get(guide.url)).select_one(".related-partners")
    names = [a.get_text(strip=True) for a in section.select(".helper-card a[href^='/partner/']")]
    names = [n for n in names if n in {"Sindacato inquilini", "Avvocati di strada", "Altro argomento"}]
    assert names[0] == "Avvocati di strada"
    assert "Sindacato inquilini" in names and "Altro argomento" not in names
    assert "Bozza non pubblicata" not in section.get_text()
    assert section.find("a", href=f"/partner/{by_topic.slug}/")
    assert section.find("a", href=f"/partner/?argomento={guide.topic}")


def test_a_guide_shows_a_handful_of_partners_whatever_the_size_of_the_network(client, site_settings, guide):
    from guides.models import GuidePage, GuideRelatedPartner
    from tests.factories.partners import create_partner

    shown = GuidePage.RELATED_PARTNERS_SHOWN
    for i in range(shown * 3):
        create_partner(f"Partner {i:02d}", services=[guide.topic])
    picked = create_partner("Zeta scelto dalla redazione", services=["assistenza-legale"])
    GuideRelatedPartner.objects.create(page=guide, partner=picked, sort_order=0)

    section = soup(client.get(guide.url)).select_one(".related-partners")
    entries = section.select(".helper-card")
    assert len(entries) == shown
    assert "Zeta scelto dalla redazione" in entries[0].get_text()  # the editor's pick first
    more = section.find("a", href=f"/partner/?argomento={guide.topic}")
    assert more is not None  # the others are one tap away, in the filtered directory


def count_queries(client, url):
    client.get(url)  # warm Wagtail's per-process caches (site root paths, glossary)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_guide_page_query_count_is_small_and_flat(client, site_settings, topic_page, guide, glossary_terms):
    # The Foundation's frame (site, settings, footer pages, breadcrumb, view restrictions)
    # costs what a plain page at the top level costs; a guide adds related guides and documents.
    frame = count_queries(client, "/privacy/")
    few = count_queries(client, guide.url)
    for index in range(8):
        other = GuidePageFactory(parent=topic_page, title=f"Guida {index}")
        GuideRelatedGuide.objects.create(page=guide, guide=other, sort_order=index)
    many = count_queries(client, guide.url)
    assert many == few
    assert few <= frame + 4, (frame, few)
    # routing 3, view restrictions 3, settings 1, breadcrumb 1, related guides 1, partner picks 1,
    # partners of the topic 1 (+4 prefetches when there are some), documents 1
    assert few <= 15  # +2 for languages: the active Locale and the page's translations (switcher, hreflang)


def test_topic_page_query_count_does_not_grow_with_guides(client, site_settings, topic_page, guide):
    few = count_queries(client, topic_page.url)
    for index in range(8):
        GuidePageFactory(parent=topic_page, title=f"Guida {index}")
    assert count_queries(client, topic_page.url) == few
