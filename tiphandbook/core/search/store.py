"""The index folder's own bookkeeping: a manifest written last, file checksums, and a lock between processes.

Whoosh commits are atomic, but a process killed mid-build, a full disk or a damaged file can still leave an index
that opens and then fails or, worse, silently misses documents. So ``manifest.json`` is deleted before any write
and written (atomically, by rename) only after the commit; it records the schema version, the content hash of every
indexed document, and the size and CRC-32 of every index file. No manifest, another schema, or one file that does
not match, and the index is rebuilt. One lock file serialises every opening and writing process, so a second
running instance waits for the first to finish instead of reading a half-written index.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex
from whoosh.util.filelock import try_for

MANIFEST = "manifest.json"
LOCK = "search.lock"
_CHUNK = 1 << 20


@dataclass
class Manifest:
    schema: int
    documents: dict[str, str] = field(default_factory=dict)  # doc key -> content digest
    files: dict[str, list[int]] = field(default_factory=dict)  # index file -> [size, crc32]


def read_manifest(folder: Path) -> Manifest | None:
    """The manifest, or None when it is missing or unreadable (the index is then not to be trusted)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return Manifest(int(data["schema"]), dict(data["documents"]), dict(data["files"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_manifest(folder: Path, manifest: Manifest) -> None:
    temporary = folder / (MANIFEST + ".tmp")
    with open(temporary, "w", encoding="utf-8") as out:
        json.dump({"schema": manifest.schema, "documents": manifest.documents, "files": manifest.files}, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, folder / MANIFEST)


def invalidate(folder: Path) -> None:
    """Mark the index untrusted before writing to it, so an interrupted write is never taken for a good index."""
    (folder / MANIFEST).unlink(missing_ok=True)


def _crc(path: Path) -> int:
    crc = 0
    with open(path, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            crc = zlib.crc32(chunk, crc)
    return crc


def segment_count(index: FileIndex) -> int:
    """Segments of the index's current generation: one per worker after a parallel first build, one after a merge."""
    return len(index._segments())  # noqa: SLF001 - Whoosh has no public count of segments


def file_checksums(index: FileIndex) -> dict[str, list[int]]:
    """Size and CRC-32 of the files the index's current generation is made of."""
    folder = Path(index.storage.folder)
    names = [f"_{index.indexname}_{index.latest_generation()}.toc"]
    for segment in index._segments():  # noqa: SLF001 - Whoosh has no public list of a generation's files
        names += segment.list_files(index.storage)
    return {name: [(folder / name).stat().st_size, _crc(folder / name)] for name in sorted(set(names))}


def files_intact(folder: Path, files: dict[str, list[int]]) -> bool:
    for name, (size, crc) in files.items():
        path = folder / name
        try:
            if path.stat().st_size != size or _crc(path) != crc:
                return False
        except OSError:
            return False
    return bool(files)


@contextmanager
def folder_lock(folder: Path, timeout: float = 300.0) -> Iterator[None]:
    """Hold the index folder's lock (an OS file lock, so it is released if the process dies)."""
    lock = FileStorage(str(folder)).lock(LOCK)
    if not try_for(lambda: lock.acquire(blocking=False), timeout=timeout, delay=0.05):
        raise TimeoutError(f"the search index in {folder} stayed locked for {timeout:.0f} s")
    try:
        yield
    finally:
        lock.release()
