"""The PostgreSQL search backend (``SEARCH_BACKEND=postgres``): same quality as Whoosh, on the database.

Runs only on PostgreSQL (``DATABASE_URL=postgres://…``), like the backup tests; skipped on SQLite.
"""

import io
from types import SimpleNamespace

from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.utils import translation

from wagtail.models import Locale, Page

import pytest

from search import demo
from search.documents import document_key, model_label
from search.models import SynonymGroup
from search.services import run_search
from tests.search.corpus import JUDGED
from tests.search.relevance import evaluate

pytestmark = pytest.mark.django_db

POSTGRES = {"default": {"BACKEND": "search.backends.postgres"}}


@pytest.fixture(autouse=True)
def on_postgres(settings):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL search: run with DATABASE_URL=postgres://…")
    settings.WAGTAILSEARCH_BACKENDS = POSTGRES


@pytest.fixture
def indexed(corpus):
    demo.load(SimpleNamespace(stdout=io.StringIO()))  # the demo synonym groups
    call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return corpus


def slugs(query):
    return [page.slug for page in Page.objects.live().public().search(query)[:10]]


def test_judged_queries_reach_recall_095_on_postgres(indexed):
    report = evaluate(slugs, JUDGED)
    print(f"\nPostgreSQL on the judged set ({len(JUDGED)} queries): {report.summary()}")
    assert len(JUDGED) >= 40
    assert report.recall_at_3 >= 0.95, report.summary()


def test_typos_accents_plurals_and_synonyms(indexed):
    assert slugs("sfrato")[0] == "fasi-sfratto"  # typo, found through the vocabulary (pg_trgm)
    assert "morosita-incolpevole" in slugs("morosita")[:3]  # no accent
    assert "fasi-sfratto" in slugs("sfratti")[:3]  # plural (Italian stemming)
    assert "deposito-cauzionale" in slugs("cauzzione")[:3]  # typo of a synonym-list word
    SynonymGroup.objects.create(terms="residenza, domicilio anagrafico")
    assert "residenza" in slugs("domicilio anagrafico")[:3]  # a staff synonym, no re-indexing


def test_publish_and_unpublish_update_the_index(indexed):
    page = indexed["disdetta"]
    page.title = "Disdetta: lasciare la casa in anticipo con il trampolino"
    page.save_revision().publish()
    assert slugs("trampolino") == ["disdetta"]
    page.unpublish()
    assert "disdetta" not in slugs("trampolino")


def test_suggestion_for_a_word_no_document_holds(indexed):
    from wagtail.search.backends import get_search_backend

    assert get_search_backend().suggest("disdeta") == "disdetta"
    assert get_search_backend().suggest("disdetta") is None


def test_autocomplete_finds_titles_by_their_first_letters(indexed, client):
    response = client.get("/cerca/suggerimenti/", {"q": "depos"})
    titles = [item["title"] for item in response.json()["results"]]
    assert any(title.startswith("Deposito cauzionale") for title in titles)


def test_rebuild_drops_rows_of_deleted_pages(indexed):
    deleted = indexed["disdetta"]
    pk, page_model = str(deleted.pk), type(deleted)
    deleted.delete()
    call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from wagtail.search.backends import get_search_backend

    labels = get_search_backend().document_count()
    # Only page rows: another model's row may have the same primary key.
    page_labels = {model_label(model) for model in page_model.__mro__ if hasattr(model, "_meta")}
    assert not any(pk in pks for label, pks in labels.items() if label in page_labels)
    assert any(pks for label, pks in labels.items() if label in page_labels)  # the other pages stay


@override_settings(WAGTAILSEARCH_BACKENDS=POSTGRES)
def test_results_page_is_the_same_page_as_on_whoosh(indexed, client):
    response = client.get("/cerca/", {"q": "caparra"})
    assert response.status_code == 200
    assert "Deposito cauzionale (caparra)" in response.content.decode()
    response = client.get("/cerca/", {"q": "qwxzyk"})
    assert response.status_code == 200
    outcome = run_search(None, "qwxzyk")
    assert outcome.total == 0


def test_each_language_is_analysed_and_searched_in_its_own_language(indexed):
    """A French translation is stemmed in French; a French reader finds it with French inflections,
    and Italian pages still; an Italian reader is not shown it."""
    french, _ = Locale.objects.get_or_create(language_code="fr")
    source = indexed["fasi-sfratto"]
    page = source.copy_for_translation(french, copy_parents=True)
    page.title = "Les étapes de l'expulsion du logement"
    page.summary = "L'expulsion a des étapes précises. Savoir ce qui se passe vous aide à demander de l'aide."
    page.body = "<p>Le juge peut valider l'expulsion ou donner un délai pour payer les loyers.</p>"
    page.save_revision().publish()
    with connection.cursor() as cursor:
        key = document_key(Page, page.pk)  # object_pk alone may be another model's row
        cursor.execute("SELECT language FROM search_pg_document WHERE key = %s", [key])
        assert cursor.fetchone() == ("fr",)

    def found(query, language):
        with translation.override(language):
            return [(hit.slug, hit.locale_id) for hit in Page.objects.live().search(query)[:10]]

    assert ("fasi-sfratto", french.pk) in found("expulsions", "fr")[:3]  # plural, French Snowball
    assert ("fasi-sfratto", french.pk) in found("logements", "fr")[:3]
    assert found("loyer", "fr")[0] == ("fasi-sfratto", french.pk)  # singular of "loyers"
    assert any(locale != french.pk for _slug, locale in found("sfratto", "fr"))  # Italian still found
    assert not any(locale == french.pk for _slug, locale in found("expulsion", "it"))
