"""The search index seen from the GUI: built in a worker thread, queried on one worker thread, results by signal.

Queries are numbered; a query that is no longer the newest when the worker reaches it is skipped, and results of an
older query are dropped on arrival, so fast typing never shows stale hits (Zeal's cancel-the-stale-query rule).
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from tiphandbook.core.content.model import Library
from tiphandbook.core.search import IndexCorruptError, SearchFilters, SearchIndex, index_folder

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

    @property
    def is_ready(self) -> bool:
        return self.index.ready

    def build(self, library: Library) -> None:
        """Open the index, or build or update it for this library, off the GUI thread."""
        self._library = library
        threading.Thread(target=self._build, args=(library,), name="search-index", daemon=True).start()

    def _build(self, library: Library) -> None:
        try:
            self.index.open_or_build(library, progress=lambda done, total: self._emit(self.progress, done, total))
        except Exception as exc:  # an index problem must never take the app down: search says so instead
            log.exception("search index could not be built")
            self._emit(self.failed, str(exc))
            return
        self._emit(self.ready)
        try:
            self.index.compact()  # after a first build by several processes; searches go on meanwhile
        except Exception:  # search works without it; the next start checks the index and rebuilds if need be
            log.exception("search index segments could not be merged")

    def _emit(self, signal: Signal, *args: object) -> None:
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
                self._build(self._library)
            return
        if number == self._latest:
            self._emit(self.results, number, text, found)

    def is_latest(self, number: int) -> bool:
        return number == self._latest

    def close(self) -> None:
        self._closed = True
        self._queries.shutdown(wait=True, cancel_futures=True)
        self.index.close()
