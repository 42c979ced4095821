"""The article of a published guide is a cached fragment: it changes with a publish, a partner, the
glossary or the settings, and a preview always shows the draft."""

import pytest
from bs4 import BeautifulSoup

from guides.models import GlossaryTerm
from tests.factories.partners import create_partner

pytestmark = pytest.mark.django_db


def article(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("article.guide")


@pytest.fixture
def published(guide):
    guide.save_revision().publish()
    guide.refresh_from_db()
    return guide


def test_second_visit_reuses_the_article_without_computing_partners(client, site_settings, published):
    first = article(client.get(published.url))
    calls = []
    original = type(published).get_related_partners
    type(published).get_related_partners = lambda self: calls.append(self.pk) or original(self)
    try:
        second = article(client.get(published.url))
    finally:
        type(published).get_related_partners = original
    assert calls == []
    assert second.get_text() == first.get_text()


def test_publishing_again_shows_the_new_text(client, site_settings, published):
    client.get(published.url)
    published.summary = "Testo nuovo: chiedi aiuto subito allo sportello."
    published.save_revision().publish()
    assert "Testo nuovo" in article(client.get(published.url)).select_one(".lead").get_text()


def test_a_new_partner_and_a_new_glossary_term_show_at_once(client, site_settings, published):
    assert not article(client.get(published.url)).select(".related-partners")
    create_partner("Sindacato inquilini", services=[published.topic])
    GlossaryTerm.objects.create(term="morosità", definition="Quando non paghi l'affitto.")
    page = article(client.get(published.url))
    assert "Sindacato inquilini" in page.select_one(".related-partners").get_text()
    assert "Quando non paghi l'affitto." in page.select_one(".glossary-list").get_text()


def test_a_preview_shows_the_draft_and_is_not_kept(client, site_settings, published):
    client.get(published.url)
    published.summary = "Bozza: questo testo non è ancora pubblicato."
    preview = published.make_preview_request()
    assert "Bozza" in article(preview).select_one(".lead").get_text()
    assert "Bozza" not in article(client.get(published.url)).get_text()
