""" "Leggi anche" on a translated guide links the translations of its related guides where they are
live, and the Italian guide where there is none yet."""

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from tests.factories.pages import GuideIndexPageFactory, GuidePageFactory, GuideTopicPageFactory

pytestmark = pytest.mark.django_db


def translate(page, locale, title):
    copy = page.copy_for_translation(locale, copy_parents=True)
    copy.title = title
    copy.save_revision().publish()
    return copy


def test_read_also_links_the_readers_language_where_it_exists(client, site_settings, home_page):
    topic = GuideTopicPageFactory(parent=GuideIndexPageFactory(parent=home_page))
    deposit = GuidePageFactory(parent=topic, slug="deposito", title="Il deposito cauzionale")
    notice = GuidePageFactory(parent=topic, slug="disdetta", title="La disdetta")
    guide = GuidePageFactory(parent=topic, slug="contratti", title="I contratti d'affitto")
    guide.related_guide_links.create(guide=deposit, sort_order=0)
    guide.related_guide_links.create(guide=notice, sort_order=1)
    guide.save_revision().publish()

    english = Locale.objects.get(language_code="en")
    deposit_en = translate(deposit, english, "The deposit")
    guide_en = translate(guide, english, "Rent contracts")

    assert [g.pk for g in guide_en.specific.get_related_guides()] == [deposit_en.pk, notice.pk]
    page = BeautifulSoup(client.get(guide_en.url).content, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in page.select("a[href]")}
    assert links.get("The deposit") == deposit_en.url
    assert links.get("La disdetta") == notice.url  # not translated yet: the Italian guide
    assert "Il deposito cauzionale" not in links
