"""SearchIndex: the search index in a folder, kept in step with the content, and one long-lived searcher on it.

Typical use from the UI: create it with the user cache folder, call ``open_or_build`` in a worker thread (it
reports progress and takes seconds only the first time or after a content update), and call ``search`` from the
GUI thread; until the first ``open_or_build`` has finished, ``ready`` is False and searches return nothing.
"""

from __future__ import annotations

import hashlib
import logging
import os
import struct
import threading
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from time import perf_counter

from whoosh.index import FileIndex, create_in, open_dir
from whoosh.searching import Searcher

from tiphandbook.core.content.model import LANGUAGES, Library
from tiphandbook.core.paths import UserDirs, bundled_root
from tiphandbook.core.search import store
from tiphandbook.core.search.codec import SearchCodec
from tiphandbook.core.search.parallel import Progress, WorkerError, compact_in_worker, no_progress, write_in_parallel
from tiphandbook.core.search.query import parse_query
from tiphandbook.core.search.results import SearchFilters, SearchResults
from tiphandbook.core.search.schema import SCHEMA_VERSION, build_schema, unit_fields
from tiphandbook.core.search.searching import run_search
from tiphandbook.core.search.units import SourceDocument, source_documents

log = logging.getLogger(__name__)
ALL_LANGUAGES = "all"
# A first build is shared among worker processes (one per core, at most MAX_WORKERS) when each gets at least
# PARALLEL_MIN_SOURCES chapters, modules, checklists or quizzes: starting a process costs about 0.2 s.
MAX_WORKERS = 4
PARALLEL_MIN_SOURCES = 40
# What reading a damaged index file raises inside Whoosh (it has no error type of its own for this).
_DAMAGE = (OSError, EOFError, ValueError, KeyError, IndexError, struct.error, zlib.error)


class IndexCorruptError(RuntimeError):
    """The index failed while searching: it has been marked for rebuilding; call ``open_or_build`` again."""


@dataclass(frozen=True)
class BuildReport:
    action: str  # "opened" (already up to date), "updated" (some documents re-indexed) or "rebuilt"
    documents: tuple[str, ...]  # keys ("kind:id:lang") of the documents written or removed
    seconds: float


def index_folder(cache: Path, content_root: Path) -> Path:
    """Where the index of ``content_root`` lives under the user cache folder: ``search`` for the bundled content,
    a folder of its own for any other content folder (``--content``), so switching does not re-index. A pack
    installed in the user data folder is named by its path inside it, so a portable copy mounted elsewhere keeps
    using its index instead of building a new one beside it."""
    if content_root.resolve() == bundled_root().resolve():
        return cache / "search"
    where = UserDirs.resolve().remember(content_root)
    return cache / f"search-{hashlib.blake2b(where.encode(), digest_size=6).hexdigest()}"


def _text_size(fields: dict[str, object]) -> int:
    """What a document costs to index: the length of its analysed text."""
    return len(str(fields["text"]))


class SearchIndex:
    """The search index stored in ``folder`` (the UI passes its cache folder; anything there may be deleted)."""

    def __init__(self, folder: Path, workers: int | None = None) -> None:
        """``workers``: processes a first build may use (default: one per core, at most ``MAX_WORKERS``)."""
        self.folder = Path(folder)
        self.workers = workers if workers is not None else min(os.cpu_count() or 1, MAX_WORKERS)
        self._schema = build_schema()
        self._index: FileIndex | None = None
        self._searcher: Searcher | None = None
        self._lock = threading.Lock()  # guards the searcher: searches and the swap after a commit
        self._closed = False  # after close() no searcher is opened again, so no index file stays open

    @property
    def ready(self) -> bool:
        return self._searcher is not None

    def doc_count(self) -> int:
        """How many sections the searches see (0 before the index is open)."""
        with self._lock:
            return self._searcher.doc_count() if self._searcher is not None else 0

    def segment_count(self) -> int:
        """How many segments each search reads: one per worker after a parallel first build, one after ``compact``."""
        with self._lock:
            return len(self._searcher.reader().leaf_readers()) if self._searcher is not None else 0

    def open_or_build(self, library: Library, progress: Progress | None = None) -> BuildReport:
        """Bring the index in line with ``library``: open it as it is, re-index the changed documents, or rebuild
        it when it is missing, from another schema version, damaged or half-written. Safe to run in a worker
        thread while ``search`` is used, and from two processes at once (the second waits for the first)."""
        started = perf_counter()
        sources = source_documents(library)
        report = progress or no_progress
        self.folder.mkdir(parents=True, exist_ok=True)
        with store.folder_lock(self.folder):
            manifest = self._trusted_manifest()
            if manifest is None:
                written = self._write(sources, sources, [], report, fresh=True)
                action = "rebuilt"
            else:
                digests = {source.key: source.digest for source in sources}
                stale = [key for key, digest in manifest.documents.items() if digests.get(key) != digest]
                changed = [source for source in sources if manifest.documents.get(source.key) != source.digest]
                written = self._write(sources, changed, stale, report, fresh=False) if stale or changed else ()
                action = "updated" if written else "opened"
        self._swap_searcher(refresh=action != "rebuilt")
        return BuildReport(action, written, perf_counter() - started)

    def search(
        self, text: str, lang: str = "en", *, filters: SearchFilters | None = None, limit: int = 20
    ) -> SearchResults:
        """Search ``lang``'s content (or every language with ``lang="all"``); never raises on what was typed."""
        langs = LANGUAGES if lang == ALL_LANGUAGES else (lang,)
        parsed = parse_query(text)
        with self._lock:
            if self._searcher is None or not parsed.required:
                return SearchResults(text, langs=langs, ignored=parsed.ignored)
            try:
                others = tuple(other for other in LANGUAGES if other not in langs)
                found = run_search(self._searcher, text, parsed, langs, filters, limit, others)
                return replace(found, ignored=parsed.ignored)
            except _DAMAGE as exc:
                self._close_searcher()
                store.invalidate(self.folder)
                raise IndexCorruptError(f"the search index in {self.folder} is damaged: {exc!r}") from exc

    def compact(self) -> bool:
        """Merge the index's segments into one, in a worker process, then search the merged index.

        A first build shared among worker processes leaves one segment per worker, and every search then looks in
        each of them: one segment answers a typed keystroke about a fifth faster. Searches meanwhile use the
        segments as they are; if the app is closed meanwhile, the worker still finishes (and keeps the manifest
        right). Returns whether there was anything to merge.
        """
        if self._index is None or store.segment_count(self._index) < 2:
            return False
        if not compact_in_worker(str(self.folder)):
            return False
        self._swap_searcher(refresh=False)  # a refresh would keep the merged-away segments' files open
        return True

    def close(self) -> None:
        """Close the searcher for good: a build or merge still finishing will not open another."""
        with self._lock:
            self._closed = True
            self._close_searcher()

    # -- internals ------------------------------------------------------------------------------------------
    def _trusted_manifest(self) -> store.Manifest | None:
        """The manifest when the index on disk is complete and intact (and then opened), else None."""
        manifest = store.read_manifest(self.folder)
        if manifest is None or manifest.schema != SCHEMA_VERSION or not store.files_intact(self.folder, manifest.files):
            return None
        try:
            index = open_dir(str(self.folder), schema=self._schema)
            with index.reader() as reader:
                reader.doc_count()
        except Exception:  # noqa: BLE001 - a damaged Whoosh index fails in many ways; any of them means rebuild
            return None
        self._index = index
        return manifest

    def _write(
        self, sources: list[SourceDocument], changed: list[SourceDocument], stale: list[str], progress: Progress,
        fresh: bool,
    ) -> tuple[str, ...]:
        """Delete the ``stale`` documents and index the ``changed`` ones in one commit, then write the manifest."""
        store.invalidate(self.folder)
        if fresh:
            with self._lock:  # its files are about to be replaced; searches return nothing until the swap
                self._close_searcher()
            self._index = create_in(str(self.folder), self._schema)
        assert self._index is not None
        def documents() -> list[dict[str, object]]:
            return [unit_fields(source.key, unit) for source in changed for unit in source.units()]

        workers = min(self.workers, len(changed) // PARALLEL_MIN_SOURCES)
        if fresh and workers > 1:
            try:
                write_in_parallel(self._index, documents, workers, _text_size, progress)
            except (WorkerError, OSError):  # no processes here (a sandbox, a frozen app), or one crashed
                log.warning("search index worker processes failed; building in this process", exc_info=True)
                self._index = create_in(str(self.folder), self._schema)
                self._write_here(documents(), stale, progress)
        else:
            self._write_here(documents(), stale, progress)
        documents_done = {source.key: source.digest for source in sources}
        store.write_manifest(
            self.folder, store.Manifest(SCHEMA_VERSION, documents_done, store.file_checksums(self._index))
        )
        return tuple(sorted(set(stale) | {source.key for source in changed}))

    def _write_here(self, documents: list[dict[str, object]], stale: list[str], progress: Progress) -> None:
        """Delete and add in this process, in one commit: updates, and builds too small to be worth processes."""
        assert self._index is not None
        writer = self._index.writer(codec=SearchCodec())
        try:
            for key in stale:
                writer.delete_by_term("doc_key", key)
            progress(0, len(documents))
            for done, fields in enumerate(documents, 1):
                writer.add_document(**fields)
                progress(done, len(documents))
            writer.commit()
        except BaseException:
            writer.cancel()
            raise

    def _swap_searcher(self, refresh: bool) -> None:
        """Refresh the searcher (a no-op when nothing changed; after an update unchanged segments stay open),
        or open a new one after a rebuild."""
        assert self._index is not None
        with self._lock:
            if self._closed:
                return
            if refresh and self._searcher is not None:
                self._searcher = self._searcher.refresh()
                return
            self._close_searcher()
            self._searcher = self._index.searcher()

    def _close_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
