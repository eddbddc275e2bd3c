"""Index work in worker processes: a full build split among them (each writes one segment of the same index, and
one commit lists them), and merging those segments into one afterwards.

Whoosh is pure Python, so a build is bound to one core; a first build of the shipped content is seconds of it.
Worker processes share the work, and leave the app's own interpreter, so the window stays responsive meanwhile.

This is what Whoosh's ``MpWriter(multisegment=True)`` does, with three changes:

- workers are fresh interpreters running this module (``python -m``), talking over pipes. ``multiprocessing``
  would re-run the caller's main script in every worker (its "spawn" start does; forking a process that runs Qt
  threads is unsafe), which breaks any script without a ``__main__`` guard, ``python -m tiphandbook`` among them.
  In the frozen app ``sys.executable`` is the app, whose launcher (``tiphandbook/launcher.py``) runs ``-m`` too;
- a worker that fails makes the build fail with its error, instead of its segment being silently left out;
- workers report progress.

It uses the Whoosh internals MpWriter uses (``SegmentWriter(_lk=False)``, ``_finalize_segment``,
``_close_segment``, ``_commit_toc``, ``_finish``); Whoosh is pinned to 2.7.4 for that.

A worker reads one task from stdin, pickled: ``("segment", (folder, documents))`` (write them as one new segment,
uncommitted) or ``("compact", (folder,))`` (merge the index's segments into one). It answers
on stdout, pickled: ``("progress", n)`` every ``REPORT_EVERY`` documents, then ``("done", result)`` or
``("error", text)``.
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from whoosh.index import FileIndex, open_dir
from whoosh.writing import SegmentWriter

import tiphandbook
from tiphandbook.core.search import store
from tiphandbook.core.search.codec import SearchCodec

Fields = dict[str, Any]  # one index document, as passed to add_document
Progress = Callable[[int, int], None]  # (sections done, sections to do)
REPORT_EVERY = 50  # documents a worker writes between progress reports


class WorkerError(RuntimeError):
    """A worker process failed; the message carries its error."""


def shards(documents: Sequence[Fields], count: int, size: Callable[[Fields], int]) -> list[list[Fields]]:
    """``documents`` dealt into ``count`` shards of about equal ``size`` (largest first, each to the lightest)."""
    loads = [0] * count
    dealt: list[list[Fields]] = [[] for _ in range(count)]
    for document in sorted(documents, key=size, reverse=True):
        lightest = loads.index(min(loads))
        dealt[lightest].append(document)
        loads[lightest] += size(document)
    return [shard for shard in dealt if shard]


def no_progress(done: int, total: int) -> None:
    """For callers that show no progress."""


def write_in_parallel(
    index: FileIndex, make_documents: Callable[[], Sequence[Fields]], workers: int, size: Callable[[Fields], int],
    progress: Progress,
) -> None:
    """Write the documents ``make_documents`` returns into the empty ``index`` with ``workers`` processes, in one
    commit. The processes start first: they load Python and Whoosh while this one makes the documents.

    The caller must hold the folder's lock. On any failure nothing is committed and the error is raised; segment
    files a worker left behind belong to no commit, and the next commit deletes them.
    """
    messages: queue.Queue[tuple[int, str, Any]] = queue.Queue()
    processes = [_start(number, messages) for number in range(workers)]
    try:
        dealt = shards(make_documents(), workers, size)
        for process, shard in zip(processes, dealt, strict=False):  # few documents: fewer shards; the idle workers are killed below
            job = ("segment", (index.storage.folder, shard))
            threading.Thread(target=_feed, args=(process, job), daemon=True).start()
        segments = _collect(processes, messages, sum(map(len, dealt)), progress)
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
            process.wait()
    # Only now the parent's writer: every writer of a folder shares one temporary folder, which finishing a writer
    # deletes. (Our folder lock already keeps other processes out while the workers run.)
    writer = index.writer(codec=SearchCodec())
    try:
        # MpWriter's own finishing steps (Whoosh pinned at 2.7.4): it has no public way to commit others' segments
        writer._close_segment()  # noqa: SLF001 - the parent's own segment stays empty: the commit lists the workers'
        writer._commit_toc(segments)  # noqa: SLF001
        writer._finish()  # noqa: SLF001
    except BaseException:
        writer.cancel()
        raise


def _collect(
    processes: list[subprocess.Popen[bytes]], messages: queue.Queue[tuple[int, str, Any]], total: int,
    progress: Progress,
) -> list[Any]:
    """Every worker's result, in worker order, reporting progress as they go; raises the first worker's error."""
    results: dict[int, Any] = {}
    done = 0
    progress(done, total)
    while len(results) < len(processes):
        number, kind, value = messages.get()
        if kind == "progress":
            done += value
            progress(min(done, total), total)
        elif kind == "done":
            results[number] = value
        else:
            raise WorkerError(f"a search index worker failed:\n{value}")
    progress(total, total)
    return [results[number] for number in range(len(processes))]


def compact_in_worker(folder: str) -> bool:
    """Merge the segments of the trusted index in ``folder`` into one, in a worker process that takes the folder's
    lock and rewrites the manifest itself, so that it finishes its work even if this process ends meanwhile.
    Searchers already open keep reading the segments they have. Returns whether there was anything to merge."""
    messages: queue.Queue[tuple[int, str, Any]] = queue.Queue()
    process = _start(0, messages)
    threading.Thread(target=_feed, args=(process, ("compact", (folder,))), daemon=True).start()
    try:
        return bool(_collect([process], messages, 0, no_progress)[0])
    finally:
        process.wait()


def _start(number: int, messages: queue.Queue[tuple[int, str, Any]]) -> subprocess.Popen[bytes]:
    """Start one worker, and relay its messages (tagged with ``number``) from a thread."""
    package_parent = str(Path(tiphandbook.__file__).resolve().parent.parent)  # also when run from a checkout
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")])))
    process = subprocess.Popen(
        [sys.executable, "-m", __name__], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # Windows: no console window flashing up
    )
    threading.Thread(target=_relay, args=(process, number, messages), daemon=True).start()
    return process


def _feed(process: subprocess.Popen[bytes], job: tuple[str, tuple[Any, ...]]) -> None:
    assert process.stdin is not None
    try:
        with process.stdin as pipe:
            pickle.dump(job, pipe, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:
        pass  # the worker died early; the relay reports it


def _relay(process: subprocess.Popen[bytes], number: int, messages: queue.Queue[tuple[int, str, Any]]) -> None:
    assert process.stdout is not None
    with process.stdout as pipe:
        while True:
            try:
                kind, value = pickle.load(pipe)
            except EOFError:
                messages.put((number, "error", f"worker {number} ended without an answer (exit code {process.wait()})"))
                return
            messages.put((number, kind, value))
            if kind != "progress":
                return


def _write_segment(folder: str, documents: list[Fields], send: Callable[[str, Any], None]) -> Any:
    """Write ``documents`` as one new segment of the index in ``folder``, and return the segment.

    Neither ``_finish`` nor ``cancel``: both delete the temporary folder the other workers are using.
    """
    writer = SegmentWriter(open_dir(folder), _lk=False, codec=SearchCodec())
    for count, fields in enumerate(documents, 1):
        writer.add_document(**fields)
        if count % REPORT_EVERY == 0:
            send("progress", REPORT_EVERY)
    segment = writer._finalize_segment()  # noqa: SLF001 - as MpWriter's sub-writers hand theirs to the parent
    send("progress", len(documents) % REPORT_EVERY)
    return segment


def _compact(folder: str, send: Callable[[str, Any], None]) -> bool:
    """Rewrite the segments of the index in ``folder`` as one, if it is trusted and has several."""
    path = Path(folder)
    with store.folder_lock(path):
        manifest = store.read_manifest(path)
        if manifest is None or not store.files_intact(path, manifest.files):
            return False
        index = open_dir(folder)
        if store.segment_count(index) < 2:
            return False
        store.invalidate(path)
        SegmentWriter(index, codec=SearchCodec()).commit(optimize=True)
        manifest.files = store.file_checksums(index)
        store.write_manifest(path, manifest)
    return True


def _worker_main() -> int:
    out = sys.stdout.buffer

    def send(kind: str, value: Any) -> None:
        pickle.dump((kind, value), out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()

    tasks: dict[str, Callable[..., Any]] = {"segment": _write_segment, "compact": _compact}
    try:
        try:
            task, args = pickle.load(sys.stdin.buffer)
            send("done", tasks[task](*args, send))
        except BrokenPipeError:
            raise
        except BaseException:  # noqa: BLE001 - whatever it is, the parent must hear of it
            send("error", traceback.format_exc())
            return 1
    except BrokenPipeError:  # the parent has gone (the app was closed): nobody to tell
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())  # nor at exit, when Python flushes stdout
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(_worker_main())
