import datetime

from django.core.exceptions import ValidationError

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from guides.models import GuideIndexPage, GuidePage, GuideTopicPage
from home.models import ContentPage, HomePage
from tests.factories.pages import GuidePageFactory, GuideTopicPageFactory

pytestmark = pytest.mark.django_db


def test_index_only_under_home_and_only_once(home_page, guide_index):
    assert not GuideIndexPage.can_create_at(home_page)  # max_count = 1, already there
    assert GuideIndexPage.parent_page_types == ["home.HomePage"]
    assert GuideTopicPage.can_create_at(guide_index)
    assert not GuidePage.can_create_at(guide_index)
    assert not ContentPage.can_create_at(guide_index)


def test_guides_only_under_topic_pages_and_have_no_children(home_page, topic_page, guide):
    assert GuidePage.can_create_at(topic_page)
    assert not GuidePage.can_create_at(home_page)
    assert not GuideTopicPage.can_create_at(topic_page)
    assert not GuidePage.can_create_at(guide)
    assert not HomePage.can_create_at(guide)


def test_one_topic_page_per_topic(guide_index, topic_page):
    duplicate = GuideTopicPage(title="Ancora sfratti", slug="ancora", topic=topic_page.topic)
    with pytest.raises(ValidationError) as error:
        guide_index.add_child(instance=duplicate)
    assert "C'è già una pagina per questo argomento." in str(error.value)
    other = guide_index.add_child(
        instance=GuideTopicPage(title="Cercare casa", slug="cercare-casa", topic="cercare-casa")
    )
    assert other.pk


def test_guide_takes_its_topic_from_the_parent_and_follows_changes(guide_index, topic_page):
    guide = GuidePageFactory(parent=topic_page)
    assert GuidePage.objects.get(pk=guide.pk).topic == "sfratto-e-morosita"
    assert list(GuidePage.objects.live().filter(topic="sfratto-e-morosita")) == [guide]

    other_topic = GuideTopicPageFactory(parent=guide_index, slug="bonus", topic="bonus-e-contributi")
    guide.move(other_topic, pos="last-child")
    assert GuidePage.objects.get(pk=guide.pk).topic == "bonus-e-contributi"

    other_topic.topic = "cercare-casa"
    other_topic.save()
    assert GuidePage.objects.get(pk=guide.pk).topic == "cercare-casa"


def test_guide_url_is_guide_topic_slug(guide):
    assert guide.url == "/guide/sfratto-e-morosita/non-riesco-a-pagare/"


def test_review_date_must_follow_last_review(topic_page):
    guide = GuidePage(
        title="Prova",
        slug="prova",
        summary="Breve.",
        audience="Tutti.",
        body=[],
        last_reviewed=datetime.date(2026, 6, 1),
        review_by=datetime.date(2026, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        topic_page.add_child(instance=guide)
    assert "review_by" in error.value.message_dict


def test_every_page_type_declares_search_fields():
    for model in (GuideIndexPage, GuideTopicPage, GuidePage):
        names = {field.field_name for field in model.search_fields}
        assert "title" in names
        assert model.search_fields is not Page.search_fields
    guide_fields = {field.field_name for field in GuidePage.search_fields}
    assert {"summary", "body"} <= guide_fields


def test_unpublished_guides_are_not_listed(client, site_settings, topic_page, guide):
    draft = GuidePageFactory(parent=topic_page, title="Bozza segreta", live=False)
    html = client.get(topic_page.url).content.decode()
    assert guide.title.replace("'", "&#x27;") in html
    assert "Bozza segreta" not in html
    assert client.get(f"/guide/sfratto-e-morosita/{draft.slug}/").status_code == 404


def test_home_links_the_real_topic_pages(client, site_settings, topic_page):
    topic_page.slug = "sfratti"
    topic_page.save_revision().publish()
    html = client.get("/").content.decode()
    assert 'href="/guide/sfratti/"' in html


def test_index_lists_topics_in_the_shared_order(client, site_settings, guide_index):
    GuideTopicPageFactory(
        parent=guide_index, title="Sfratto e morosità", slug="s", topic="sfratto-e-morosita"
    )
    GuideTopicPageFactory(
        parent=guide_index, title="Bonus e contributi", slug="b", topic="bonus-e-contributi"
    )
    response = client.get("/guide/")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert [a.get_text(strip=True) for a in html.select(".card__title a")] == [
        "Bonus e contributi",
        "Sfratto e morosità",
    ]
