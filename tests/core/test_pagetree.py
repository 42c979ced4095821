"""The page tree snapshot: a guide served with two queries, and never a stale answer after a
change to pages, restrictions or sites, in this process or (after commit) in any other."""

from unittest import mock

from wagtail.models import Page, PageViewRestriction

import pytest

from core import pagetree
from tests.factories.pages import ContentPageFactory, GuidePageFactory
from tests.guides.conftest import guide, guide_index, topic_page  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db


@pytest.fixture
def plain_guide(topic_page):  # noqa: F811 - the fixture above
    page = GuidePageFactory(parent=topic_page, slug="contributo", title="Contributo affitto")
    page.save_revision().publish()  # as editors do: the article fragment is cached once published
    return page.specific_class.objects.get(pk=page.pk)


def test_a_guide_costs_two_queries_once_its_article_is_cached(
    client, site_settings, plain_guide, django_assert_num_queries
):
    url = plain_guide.url
    first = client.get(url)
    assert first.status_code == 200
    # The page's own row and the site settings: no routing, restriction, breadcrumb or
    # translation queries, and the article (partners, related guides) from its cached fragment.
    with django_assert_num_queries(2):
        second = client.get(url)
    assert second.status_code == 200
    html = second.content.decode()
    assert "Contributo affitto" in html
    assert plain_guide.get_parent().title in html  # the breadcrumb, from the snapshot


def test_unpublished_guide_is_gone_at_once(client, site_settings, plain_guide):
    url = plain_guide.url
    assert client.get(url).status_code == 200
    plain_guide.unpublish()
    assert client.get(url).status_code == 404


def test_new_page_is_found_and_renamed_ancestor_shows_in_the_breadcrumb(
    client,
    site_settings,
    plain_guide,
    topic_page,  # noqa: F811
):
    assert client.get(plain_guide.url).status_code == 200
    topic_page.title = "Soldi per la casa"
    topic_page.save_revision().publish()
    other = GuidePageFactory(parent=topic_page, slug="nuova-guida", title="Guida nuova")
    response = client.get(other.url)
    assert response.status_code == 200
    assert "Soldi per la casa" in response.content.decode()


def test_a_restriction_added_after_the_snapshot_applies_at_once(client, site_settings, plain_guide):
    assert client.get(plain_guide.url).status_code == 200
    PageViewRestriction.objects.create(page=plain_guide.get_parent(), restriction_type="login")
    response = client.get(plain_guide.url)
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"]


def test_an_alias_of_a_restricted_page_is_restricted(client, site_settings, home_page, plain_guide):
    PageViewRestriction.objects.create(page=plain_guide, restriction_type="login")
    alias = plain_guide.create_alias(parent=home_page, update_slug="alias-contributo")
    assert client.get(alias.url).status_code == 302
    assert not pagetree.unrestricted(alias)


def test_moved_page_answers_at_its_new_address(client, site_settings, home_page, plain_guide):
    old_url = plain_guide.url
    assert client.get(old_url).status_code == 200
    plain_guide.move(home_page, pos="last-child")
    moved = Page.objects.get(pk=plain_guide.pk).specific
    assert client.get(moved.url).status_code == 200
    old = client.get(old_url)  # Wagtail's redirects app sends readers of the old address on
    assert (old.status_code, old["Location"]) == (301, moved.url)


def test_change_committed_elsewhere_is_seen_after_commit(django_capture_on_commit_callbacks, plain_guide):
    first = pagetree.current()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        pagetree.invalidate()
    rebuilt_before_commit = pagetree.current()  # another process may rebuild before the commit
    assert rebuilt_before_commit.token != first.token
    for callback in callbacks:
        callback()  # the commit
    assert pagetree.current().token != rebuilt_before_commit.token


def test_pages_are_served_when_the_cache_is_down(client, site_settings, plain_guide):
    broken = mock.Mock(**{"get.side_effect": ConnectionError("redis down")})
    with mock.patch.object(pagetree, "cache", broken):
        assert pagetree.current() is None
        response = client.get(plain_guide.url)
    assert response.status_code == 200
    assert "Contributo affitto" in response.content.decode()


def test_wagtail_password_and_login_urls_still_answer(client, site_settings):
    assert client.get("/_util/login/").status_code == 200


def test_private_content_page_asks_for_login(client, site_settings, home_page):
    page = ContentPageFactory(parent=home_page, slug="riservata", title="Riservata")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert client.get("/riservata/").status_code == 302
