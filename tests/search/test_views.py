"""The public search page, the autocomplete endpoint and the staff tools, as people see them."""

from django.contrib.auth.models import Group, Permission, User

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest
from bs4 import BeautifulSoup

from search.models import ZeroResultQuery
from search.sources import ModelSource, register, unregister

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def result_titles(page):
    return [a.get_text(strip=True) for a in page.select("ol.search-results .search-result__title a")]


def test_results_are_an_ordered_list_with_title_excerpt_and_type(client, corpus, site_settings):
    page = soup(client.get("/cerca/", {"q": "sfrato"}))
    assert page.h1.get_text(strip=True) == "Risultati per «sfrato»"
    assert result_titles(page)[0] == "Le fasi dello sfratto"
    first = page.select_one("ol.search-results li")
    assert first.select_one(".search-result__type").get_text(strip=True) == "Pagina"
    assert first.select_one(".search-result__excerpt mark").get_text() == "sfratto"
    assert first.select_one("a")["href"] == "/fasi-sfratto/"
    # One search box on the search page (the header's is left out), keeping the query.
    assert not page.select_one("#site-search-q")
    assert page.select_one("#id_q")["value"] == "sfrato"


def test_unpublished_and_private_pages_are_not_shown(client, corpus, site_settings):
    corpus["fasi-sfratto"].unpublish()
    titles = result_titles(soup(client.get("/cerca/", {"q": "sfratto"})))
    assert "Le fasi dello sfratto" not in titles
    assert titles  # other pages mention the eviction


def test_empty_state_helps(client, corpus, site_settings):
    page = soup(client.get("/cerca/", {"q": "zfratto"}))
    empty = page.select_one(".search-empty")
    assert "Non abbiamo trovato niente" in empty.get_text()
    suggestion = empty.select_one(".search-empty__suggestion a")
    assert suggestion.get_text() == "sfratto" and suggestion["href"] == "/cerca/?q=sfratto"
    topic_links = [a["href"] for a in empty.select(".search-empty__topics a")]
    assert len(topic_links) == 4 and "/guide/sfratto-e-morosita/" in topic_links
    assert empty.find("a", string="Prenota un appuntamento")["href"] == "/prenota/"
    assert empty.select_one('a[href="tel:03310000000"]') is not None


def test_zero_result_searches_are_counted_without_personal_data(client, corpus, site_settings):
    client.get("/cerca/", {"q": "Zfrattò  "})
    client.get("/cerca/", {"q": "zfratto"})
    client.get("/cerca/", {"q": "sfratto"})  # found: not a zero-result search
    client.get("/cerca/", {"q": "mario.rossi@example.org"})  # looks like personal data: not stored
    client.get("/cerca/", {"q": "3331234567"})
    assert list(ZeroResultQuery.objects.values_list("query", "count")) == [("zfratto", 2)]
    assert Query.get("sfratto").hits == 1
    assert not Query.objects.filter(query_string__contains="@").exists()


def test_filters_by_type_and_topic(client, corpus, site_settings):
    everything = result_titles(soup(client.get("/cerca/", {"q": "affitto"})))
    pages_only = result_titles(soup(client.get("/cerca/", {"q": "affitto", "tipo": "pagina"})))
    assert pages_only == everything
    guides = soup(client.get("/cerca/", {"q": "affitto", "tipo": "guida"}))
    assert result_titles(guides) == []  # no guides.GuidePage model yet
    # A topic filter only keeps guides with that topic; an unknown value is ignored, not an error.
    topic = soup(client.get("/cerca/", {"q": "affitto", "argomento": "sfratto-e-morosita"}))
    assert result_titles(topic) == []
    assert topic.select_one(".search-empty").find("a", string="Prenota un appuntamento")["href"] == (
        "/prenota/?argomento=sfratto-e-morosita"
    )
    assert result_titles(soup(client.get("/cerca/", {"q": "affitto", "argomento": "nope", "tipo": "x"}))) == (
        everything
    )


def test_pagination_keeps_the_query(client, corpus, site_settings, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 3
    first = soup(client.get("/cerca/", {"q": "affitto"}))
    assert len(result_titles(first)) == 3
    next_link = first.select_one('a[rel="next"]')["href"]
    assert "q=affitto" in next_link and "pagina=2" in next_link
    second = soup(client.get("/cerca/" + next_link))
    assert second.select_one("ol.search-results")["start"] == "4"
    assert not set(result_titles(second)) & set(result_titles(first))


def test_promoted_results_come_first(client, corpus, site_settings):
    promoted = corpus["emergenza-abitativa"]
    SearchPromotion.objects.create(
        query=Query.get("sfratto"), page=promoted, description="Se devi lasciare casa oggi"
    )
    page = soup(client.get("/cerca/", {"q": "Sfratto"}))
    box = page.select_one(".search-promoted")
    assert box.select_one("a")["href"] == promoted.url
    assert promoted.title not in result_titles(page)


def test_autocomplete_returns_titles_and_urls(client, corpus):
    response = client.get("/cerca/suggerimenti/", {"q": "depo"})
    assert response.json() == {
        "results": [
            {"title": "Deposito cauzionale (caparra)", "url": "/deposito-cauzionale/", "type": "pagina"}
        ]
    }
    assert client.get("/cerca/suggerimenti/", {"q": "d"}).json() == {"results": []}


def test_a_non_page_source_is_one_line(client, corpus, site_settings):
    from search.models import SynonymGroup

    SynonymGroup.objects.create(terms="sgombero\nsfratto")
    SynonymGroup.get_absolute_url = lambda self: f"/sinonimi/{self.pk}/"
    register(ModelSource("search.SynonymGroup", type_key="partner"))
    try:
        page = soup(client.get("/cerca/", {"q": "sgombero", "tipo": "partner"}))
    finally:
        unregister("partner")
        del SynonymGroup.get_absolute_url
    first = page.select_one("ol.search-results li")
    assert first.select_one(".search-result__type").get_text(strip=True) == "Partner"


@pytest.fixture
def database_backend(settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "italian"}
    }


def test_search_page_runs_on_the_database_backend(database_backend, client, corpus, site_settings):
    page = soup(client.get("/cerca/", {"q": "sfratto"}))
    assert "Le fasi dello sfratto" in result_titles(page)
    empty = soup(client.get("/cerca/", {"q": "zzzzqqq"}))
    assert empty.select_one(".search-empty") is not None
    assert empty.select_one(".search-empty__suggestion") is None  # no spelling corrector there


@pytest.fixture
def admin_client(client, db):
    user = User.objects.create_superuser("admin", "admin@example.org", "password-admin-1")
    client.force_login(user)
    return client


def test_admin_page_search_and_chooser_work_on_whoosh(admin_client, corpus):
    response = admin_client.get("/admin/pages/search/", {"q": "sfratto"})
    assert response.status_code == 200
    assert "Le fasi dello sfratto" in response.content.decode()
    chooser = admin_client.get("/admin/choose-page/search/", {"q": "deposito"})
    assert chooser.status_code == 200
    assert "Deposito cauzionale" in chooser.content.decode()
    listing = admin_client.get("/admin/snippets/search/synonymgroup/", {"q": "caparra"})
    assert listing.status_code == 200


def test_zero_result_report_lists_most_frequent_first_for_staff_only(admin_client, client):
    ZeroResultQuery.objects.create(query="cane in casa", count=2)
    ZeroResultQuery.objects.create(query="sfratto notte", count=7)
    html = admin_client.get("/admin/reports/ricerche-senza-risultati/").content.decode()
    assert html.index("sfratto notte") < html.index("cane in casa")

    editor = User.objects.create_user("editor", password="password-editor-1")
    editors = Group.objects.create(name="Senza permessi")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(editors)
    client.force_login(editor)
    assert client.get("/admin/reports/ricerche-senza-risultati/").status_code in (302, 403)


def test_search_page_query_count_does_not_grow_with_results(
    client, corpus, site_settings, django_assert_max_num_queries
):
    client.get("/cerca/", {"q": "affitto"})  # warm caches (site, settings, content types)
    with django_assert_max_num_queries(16):
        page = soup(client.get("/cerca/", {"q": "affitto"}))
    assert len(result_titles(page)) == 10


def test_the_page_says_which_synonyms_it_also_searched(client, corpus, site_settings):
    from search.models import SynonymGroup

    SynonymGroup.objects.create(terms="acconto\ndeposito cauzionale\ncauzione")
    # The deposit page has none of the typed words: it comes from the synonyms, and the page says so.
    page = soup(client.get("/cerca/", {"q": "acconto"}))
    assert page.select_one(".search__also").get_text(strip=True) == (
        "Ti mostriamo anche risultati con parole simili: deposito cauzionale, cauzione."
    )
    # "deposito cauzionale" finds its page by itself: no note about the synonyms.
    page = soup(client.get("/cerca/", {"q": "deposito cauzionale"}))
    assert result_titles(page) and not page.select_one(".search__also")


def test_excerpt_texts_are_kept_until_the_page_is_published_again(client, corpus, site_settings, monkeypatch):
    from search import sources

    page = corpus["fasi-sfratto"]
    page.save_revision().publish()
    walks = []
    real_field_texts = sources.field_texts
    monkeypatch.setattr(sources, "field_texts", lambda obj: walks.append(obj.pk) or real_field_texts(obj))

    client.get("/cerca/", {"q": "sfratto"})
    assert page.pk in walks
    walks.clear()
    client.get("/cerca/", {"q": "sfratto"})
    assert page.pk not in walks  # its text came from the cache

    page.refresh_from_db()
    page.summary = "Le tappe dello sfratto spiegate con parole semplici, passo per passo."
    page.save_revision().publish()
    results = soup(client.get("/cerca/", {"q": "sfratto"}))
    first = results.select_one("ol.search-results li")
    assert first.select_one("a").get_text(strip=True) == "Le fasi dello sfratto"
    assert "parole semplici" in first.select_one(".search-result__excerpt").get_text()
