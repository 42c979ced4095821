"""One writer for the Whoosh index: web processes enqueue, the worker writes, two writers lose nothing."""

import multiprocessing

from django.core.management import call_command

from wagtail.models import Page

import pytest
from django_tasks import default_task_backend

from search import tasks
from search.store import IndexStore
from tests.factories.pages import ContentPageFactory

pytestmark = pytest.mark.django_db

DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def found(query):
    return [page.slug for page in Page.objects.live().public().search(query)]


def test_a_web_process_enqueues_its_updates_and_the_worker_writes_them(settings, home_page):
    settings.TASKS = DUMMY
    settings.SEARCH_INDEX_WRITER = False  # a web process
    page = ContentPageFactory(parent=home_page, slug="orto-condiviso", title="Orto condiviso nel cortile")
    assert found("orto") == []  # not written by the web process
    enqueued = [result.task.name for result in default_task_backend.results]
    assert "insert_or_update_object_task" in enqueued  # Wagtail's own update, for the worker
    from wagtail.search.backends import get_search_backend

    get_search_backend().add(page)  # an update made directly in the web process: enqueued too
    assert default_task_backend.results[-1].task.name == "update_whoosh_documents"
    assert found("orto") == []

    settings.SEARCH_INDEX_WRITER = True  # the worker runs what was enqueued
    for result in list(default_task_backend.results):
        result.task.call(*result.args, **result.kwargs)
    assert found("orto") == ["orto-condiviso"]

    default_task_backend.clear()
    settings.SEARCH_INDEX_WRITER = False
    page.delete()
    assert "delete_whoosh_documents" in [result.task.name for result in default_task_backend.results]
    settings.SEARCH_INDEX_WRITER = True
    for result in list(default_task_backend.results):
        result.task.call(*result.args, **result.kwargs)
    assert not any(str(page.pk) in pks for pks in get_search_backend().document_count().values())


def test_a_process_that_may_not_write_fails_clearly_and_writes_nothing(settings, home_page, caplog):
    settings.SEARCH_INDEX_WRITER = False  # immediate task backend: the task runs here, and refuses
    ContentPageFactory(parent=home_page, slug="orto-condiviso", title="Orto condiviso nel cortile")
    assert found("orto") == []
    assert "SEARCH_INDEX_WRITER" in caplog.text
    with pytest.raises(tasks.IndexWriterError, match="SEARCH_INDEX_WRITER"):
        call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115


def _write_many(path, prefix, count):
    store = IndexStore(path, lock_timeout=30)
    for number in range(count):
        with store.writer(store.current_name()) as writer:
            key = f"wagtailcore.page:{prefix}{number}"
            writer.update_document(key=key, pk=f"{prefix}{number}", model="x", ct="x", title_s="orto")


def test_two_writers_at_once_lose_no_update(tmp_path):
    path = tmp_path / "shared-index"
    IndexStore(path).current_name()  # create it once
    context = multiprocessing.get_context("fork")
    writers = [context.Process(target=_write_many, args=(path, prefix, 25)) for prefix in ("a", "b")]
    for process in writers:
        process.start()
    for process in writers:
        process.join(120)
        assert process.exitcode == 0
    store = IndexStore(path)
    keys = {fields["pk"] for fields in store.searcher().all_stored_fields()}
    assert keys == {f"{prefix}{n}" for prefix in "ab" for n in range(25)}
