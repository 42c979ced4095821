"""Whoosh index directories on local disk, with an atomic swap for rebuilds.

Layout under the configured path (``var/search/`` by default)::

    CURRENT            name of the directory searches read and updates write
    BUILDING           present only while ``update_index`` fills a new directory
    ix-<time>-<rand>/  one complete Whoosh index per directory

A rebuild fills a new directory and then replaces ``CURRENT`` with ``os.replace`` (atomic on POSIX),
so a search never sees an empty or half-built index. While ``BUILDING`` exists, live updates are
written to both directories, so a page published during a rebuild is not lost at the swap. The
previous directory is kept until the next swap: another process may still have it open.
"""

import os
import shutil
import threading
import time
import uuid
from contextlib import contextmanager, suppress
from pathlib import Path

from ._whoosh import ID, KEYWORD, TEXT, LockError, Schema, index
from .analysis import EDGE_NGRAMS, FOLDED, INDEXED_LANGUAGES, STEMMED, analyzers, field_suffix

STEMMED_SUFFIX = "_s"
FOLDED_SUFFIX = "_u"
AUTOCOMPLETE_SUFFIX = "_ac"


def build_schema():
    """Fixed identity fields plus three dynamic families, one set per model search field."""
    schema = Schema(
        key=ID(unique=True),  # "<root model label>:<pk>", unique across models
        pk=ID(stored=True, sortable=True),  # read through a column, not stored fields, when ranking
        model=ID(stored=True),  # the most specific model label, for the health check
        ct=KEYWORD(),  # the model and its indexed parents: what a queryset's model filters on
    )
    schema.add("*" + STEMMED_SUFFIX, TEXT(analyzer=STEMMED, phrase=True), glob=True)
    schema.add("*" + FOLDED_SUFFIX, TEXT(analyzer=FOLDED, phrase=False), glob=True)
    # The other languages of the site: the same families, analysed in their language, e.g. "title_s_fr".
    for language in INDEXED_LANGUAGES:
        suffix = field_suffix(language)
        if suffix:
            analysis = analyzers(language)
            schema.add(f"*{STEMMED_SUFFIX}{suffix}", TEXT(analyzer=analysis.stemmed, phrase=True), glob=True)
            schema.add(f"*{FOLDED_SUFFIX}{suffix}", TEXT(analyzer=analysis.folded, phrase=False), glob=True)
    schema.add("*" + AUTOCOMPLETE_SUFFIX, TEXT(analyzer=EDGE_NGRAMS, phrase=False), glob=True)
    return schema


_open_indexes = {}
_open_lock = threading.Lock()
_local = threading.local()


class IndexStore:
    def __init__(self, path, lock_timeout=10.0):
        self.path = Path(path)
        self.lock_timeout = lock_timeout

    # Pointers -------------------------------------------------------------------------------------

    def _read_pointer(self, name):
        try:
            value = (self.path / name).read_text().strip()
        except FileNotFoundError:
            return None
        return value if value and (self.path / value).is_dir() else None

    def _write_pointer(self, name, value):
        self.path.mkdir(parents=True, exist_ok=True)
        temporary = self.path / f".{name}.{uuid.uuid4().hex}"
        temporary.write_text(value + "\n")
        os.replace(temporary, self.path / name)

    def current_name(self):
        name = self._read_pointer("CURRENT")
        if name is None:
            name = self._create_empty()
            self._write_pointer("CURRENT", name)
        return name

    def building_name(self):
        return self._read_pointer("BUILDING")

    def _create_empty(self):
        name = f"ix-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        directory = self.path / name
        directory.mkdir(parents=True)
        index.create_in(str(directory), build_schema())
        return name

    # Opening --------------------------------------------------------------------------------------

    def open(self, name):
        """The Whoosh index in directory ``name``, opened once per process."""
        directory = str((self.path / name).resolve())
        with _open_lock:
            ix = _open_indexes.get(directory)
            if ix is None:
                ix = index.open_dir(directory)
                _open_indexes[directory] = ix
            return ix

    def searcher(self):
        """An up-to-date searcher on the current index, one per thread (Whoosh searchers aren't shared)."""
        name = self.current_name()
        cache = getattr(_local, "searchers", None)
        if cache is None:
            cache = _local.searchers = {}
        key = str((self.path / name).resolve())
        searcher = cache.get(key)
        if searcher is None:
            for old_key in [k for k in cache if k.startswith(str(self.path.resolve()))]:
                cache.pop(old_key).close()
            searcher = self.open(name).searcher()
        else:
            # A refreshed searcher reuses the old one's unchanged segment readers: don't close it.
            searcher = searcher.refresh()
        cache[key] = searcher
        return searcher

    # Writing --------------------------------------------------------------------------------------

    @contextmanager
    def writer(self, name):
        """A writer on directory ``name``; waits for another writer's lock, up to ``lock_timeout``."""
        ix = self.open(name)
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.02
        while True:
            try:
                writer = ix.writer()
                break
            except LockError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
        try:
            yield writer
        except BaseException:
            writer.cancel()
            raise
        else:
            writer.commit()

    def live_targets(self):
        """Where a live update goes: the current index, and the one being built if any."""
        names = [self.current_name()]
        building = self.building_name()
        if building and building not in names:
            names.append(building)
        return names

    # Rebuild --------------------------------------------------------------------------------------

    def start_build(self):
        stale = self.building_name()
        name = self._create_empty()
        self._write_pointer("BUILDING", name)
        if stale:
            shutil.rmtree(self.path / stale, ignore_errors=True)
        return name

    def finish_build(self, name):
        with self.writer(name) as writer:
            writer.optimize = True  # merge into one segment: the fastest to search
        previous = self._read_pointer("CURRENT")
        self._write_pointer("CURRENT", name)
        with suppress(FileNotFoundError):
            (self.path / "BUILDING").unlink()
        self._clean(keep={name, previous})

    def reset(self):
        name = self._create_empty()
        previous = self._read_pointer("CURRENT")
        self._write_pointer("CURRENT", name)
        self._clean(keep={name, previous, self.building_name()})

    def _clean(self, keep):
        for child in self.path.iterdir():
            if child.is_dir() and child.name.startswith("ix-") and child.name not in keep:
                shutil.rmtree(child, ignore_errors=True)
                with _open_lock:
                    _open_indexes.pop(str(child.resolve()), None)
