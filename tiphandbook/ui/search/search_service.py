"""The search index seen from the GUI: built in background work (``ui/common/background.py``), queried on one worker
thread, results by signal.

Queries are numbered; a query that is no longer the newest when the worker reaches it is skipped, and results of an
older query are dropped on arrival, so fast typing never shows stale hits (Zeal's cancel-the-stale-query rule).
``close()`` stops the build at its next progress report and waits for it and for the query thread, so no index file
stays open after the window has gone.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance

from tiphandbook.core.content.model import Library
from tiphandbook.core.search import IndexCorruptError, SearchFilters, SearchIndex, index_folder
from tiphandbook.ui.common.background import Background, raise_if_stopped

log = logging.getLogger(__name__)


class SearchService(QObject):
    progress = Signal(int, int)  # done, total while indexing
    ready = Signal()
    failed = Signal(str)
    results = Signal(int, str, object)  # query number, query text, SearchResults

    def __init__(self, cache_dir: Path, content_root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.index = SearchIndex(index_folder(cache_dir, content_root))
        self._library: Library | None = None
        self._queries = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search")
        self._latest = 0
        self._lock = threading.Lock()
        self._closed = False
        self.work = Background(self)

    @property
    def is_ready(self) -> bool:
        return self.index.ready

    def build(self, library: Library) -> None:
        """Open the index, or build or update it for this library, off the GUI thread."""
        self._library = library
        self.work.run("search-index", lambda stop: self._build(library, stop), self._built,
                      lambda exc: self.failed.emit(str(exc)))  # an index problem never takes the app down

    def _build(self, library: Library, stop: threading.Event) -> None:
        def report(done: int, total: int) -> None:
            raise_if_stopped(stop)
            self._emit(self.progress, done, total)

        self.index.open_or_build(library, progress=report)

    def _built(self, _result: None) -> None:
        self.ready.emit()
        # after a first build by several processes; searches go on meanwhile. Search works without it: the next
        # start checks the index and rebuilds if need be, so a failure is only logged.
        self.work.run("search-compact", lambda _stop: self.index.compact(), lambda _merged: None,
                      lambda _exc: log.warning("search index segments could not be merged"))

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        """Report to the window, unless it has closed meanwhile (a build may outlive it; the next start resumes)."""
        if self._closed:
            return
        try:
            signal.emit(*args)
        except RuntimeError:  # the Qt side was deleted between the check and the emit
            self._closed = True

    def search(self, text: str, lang: str, filters: SearchFilters, limit: int = 30) -> int:
        """Queue a query; returns its number. Only the newest query's results are delivered."""
        with self._lock:
            self._latest += 1
            number = self._latest
        self._queries.submit(self._run, number, text, lang, filters, limit)
        return number

    def _run(self, number: int, text: str, lang: str, filters: SearchFilters, limit: int) -> None:
        if number != self._latest or not self.index.ready:
            return  # superseded before it started
        try:
            found = self.index.search(text, lang, filters=filters, limit=limit)
        except IndexCorruptError:
            if self._library is not None:
                self.build(self._library)
            return
        if number == self._latest:
            self._emit(self.results, number, text, found)

    def is_latest(self, number: int) -> bool:
        return number == self._latest

    def close(self) -> None:
        """Stop and wait for the build and the queries, then close the index's files."""
        self._closed = True
        self._queries.shutdown(wait=True, cancel_futures=True)
        self.work.close()
        self.index.close()
