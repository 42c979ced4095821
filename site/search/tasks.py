"""Whoosh index updates from the one process allowed to write the index.

The Whoosh index is a directory on one host's disk. Only a process with ``SEARCH_INDEX_WRITER=true``
writes it (in production the task worker, ``sportello-worker``, on the host that holds
``var/search``); web processes run with ``SEARCH_INDEX_WRITER=false`` and enqueue their updates as
these tasks, which the worker runs. A task that reaches a process that may not write (a
misconfiguration, e.g. the immediate task backend with ``SEARCH_INDEX_WRITER=false``) fails with
``IndexWriterError`` (logged; the publish itself goes on) instead of writing a second, diverging copy
of the index on another disk.
"""

from django.apps import apps
from django.conf import settings

from django_tasks import TaskResultStatus, task


class IndexWriterError(RuntimeError):
    pass


WRITER_MESSAGE = (
    "This process may not write the Whoosh search index (SEARCH_INDEX_WRITER is false). Only the task "
    "worker on the host holding the index writes it: set SEARCH_INDEX_WRITER=true there and run "
    "manage.py db_worker; run update_index on that host too (docs/search.md, 'One writer')."
)


def is_writer():
    return bool(getattr(settings, "SEARCH_INDEX_WRITER", True))


def check_writer():
    if not is_writer():
        raise IndexWriterError(WRITER_MESSAGE)


def enqueue(task_function, *args):
    """Hand an index update to the writer. A task backend that runs it at once, here (the immediate
    backend), makes it fail here: raise, so the caller logs why nothing was written."""
    result = task_function.enqueue(*args)
    if result.is_finished and result.status == TaskResultStatus.FAILED:
        raise IndexWriterError(WRITER_MESSAGE)
    return result


def _backend(params):
    from wagtail.search.backends import get_search_backend

    return get_search_backend("search.backends.whoosh", **params)


@task()
def update_whoosh_documents(params, label, pks):
    """Index these objects again; objects no longer indexed (deleted meanwhile) leave the index."""
    check_writer()
    from .documents import document_key

    model = apps.get_model(label)
    objects = list(model.get_indexed_objects().filter(pk__in=pks))
    index = _backend(params).get_index_for_model(model)
    index.add_items(model, objects)
    found = {str(obj.pk) for obj in objects}
    gone = [document_key(model, pk) for pk in pks if str(pk) not in found]
    if gone:
        index.delete_keys(gone)


@task()
def delete_whoosh_documents(params, keys):
    check_writer()
    backend = _backend(params)
    backend.index_class(backend).delete_keys(keys)
