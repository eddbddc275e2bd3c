"""A first build shared among worker processes gives the same index as one built here, and fails loudly."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from whoosh.index import create_in

from tiphandbook.core.content import load_library
from tiphandbook.core.search import SearchIndex
from tiphandbook.core.search import index as index_module
from tiphandbook.core.search.parallel import WorkerError, no_progress, shards, write_in_parallel
from tiphandbook.core.search.schema import build_schema

SEARCH_CONTENT = Path(__file__).parent / "fixtures" / "search"
QUERIES = [("zanzibar", "en"), ("forced labour", "en"), ("торговля", "ru"), ("majburiy", "uz"), ("қўлланма", "uz")]


def results(index: SearchIndex) -> list[list[tuple[str, str, str]]]:
    return [
        [(hit.id, hit.anchor, hit.snippet) for hit in index.search(text, lang, limit=50).hits] for text, lang in QUERIES
    ]


def test_a_build_by_worker_processes_finds_what_a_build_here_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = load_library(SEARCH_CONTENT)
    here = SearchIndex(tmp_path / "here", workers=1)
    here.open_or_build(library)
    monkeypatch.setattr(index_module, "PARALLEL_MIN_SOURCES", 1)  # the fixture is far smaller than real content
    calls: list[tuple[int, int]] = []
    shared = SearchIndex(tmp_path / "shared", workers=2)
    report = shared.open_or_build(library, lambda done, total: calls.append((done, total)))

    assert report.action == "rebuilt"
    assert shared.doc_count() == here.doc_count()
    assert shared.segment_count() == 2  # one segment per worker
    assert results(shared) == results(here) and any(results(here))
    total = calls[-1][1]
    assert calls[0] == (0, total) and calls[-1] == (total, total) and total == here.doc_count()
    shared.close()
    reopened = SearchIndex(tmp_path / "shared")
    assert reopened.open_or_build(library).action == "opened"  # the manifest covers every worker's files
    assert results(reopened) == results(here)
    reopened.close()
    here.close()


def test_a_failing_worker_fails_the_build_and_commits_nothing(tmp_path: Path) -> None:
    index = create_in(str(tmp_path), build_schema())
    documents = [{"id": "good", "lang": "en", "text": "x"}, {"id": "bad", "no_such_field": "x", "text": "y"}]
    with pytest.raises(WorkerError, match="no_such_field"):
        write_in_parallel(index, lambda: documents, 2, lambda fields: len(fields["text"]), no_progress)
    assert index.doc_count() == 0


def test_shards_are_about_even_and_lose_nothing() -> None:
    documents = [{"text": "x" * size} for size in (90, 10, 50, 40, 30, 30, 20)]
    dealt = shards(documents, 2, lambda fields: len(fields["text"]))
    assert sorted(len(d["text"]) for shard in dealt for d in shard) == sorted(len(d["text"]) for d in documents)
    assert [sum(len(d["text"]) for d in shard) for shard in dealt] == [140, 130]


def test_a_small_build_stays_in_this_process(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(SEARCH_CONTENT, content)
    index = SearchIndex(tmp_path / "index", workers=4)
    index.open_or_build(load_library(content))
    assert index.segment_count() == 1
    index.close()


def test_merging_the_workers_segments_keeps_every_hit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = load_library(SEARCH_CONTENT)
    monkeypatch.setattr(index_module, "PARALLEL_MIN_SOURCES", 1)
    index = SearchIndex(tmp_path / "index", workers=2)
    index.open_or_build(library)
    before = results(index)
    assert index.compact() is True
    assert index.segment_count() == 1
    assert results(index) == before
    assert index.compact() is False  # nothing left to merge
    index.close()
    reopened = SearchIndex(tmp_path / "index")
    assert reopened.open_or_build(library).action == "opened"  # the manifest was rewritten for the merged files
    assert results(reopened) == before
    reopened.close()


COMPACT_THEN_QUIT = """
import os, sys, threading, time
from pathlib import Path
from whoosh.index import open_dir
from tiphandbook.core.content import load_library
from tiphandbook.core.search import SearchIndex
from tiphandbook.core.search import index as index_module
from tiphandbook.core.search.store import read_manifest, segment_count

folder = Path(sys.argv[1])
index_module.PARALLEL_MIN_SOURCES = 1
index = SearchIndex(folder, workers=2)
index.open_or_build(load_library(Path(sys.argv[2])))
assert index.segment_count() == 2
threading.Thread(target=index.compact, daemon=True).start()
# Wait until the merge worker has its task: it sets the manifest aside before it merges, and writes it back after.
deadline = time.monotonic() + 30
while read_manifest(folder) is not None and segment_count(open_dir(str(folder))) == 2:
    assert time.monotonic() < deadline, "the merge worker never started"
    time.sleep(0.01)
os._exit(0)  # the app is closed while it merges (or just after)
"""


def test_closing_the_app_while_segments_merge_leaves_a_good_merged_index(tmp_path: Path) -> None:
    folder = tmp_path / "index"
    quit_early = subprocess.run(
        [sys.executable, "-c", COMPACT_THEN_QUIT, str(folder), str(SEARCH_CONTENT)], capture_output=True, text=True,
        timeout=60,
    )
    assert quit_early.returncode == 0 and not quit_early.stderr, quit_early.stderr
    index = SearchIndex(folder)
    assert index.open_or_build(load_library(SEARCH_CONTENT)).action == "opened"  # waits for the worker's lock
    assert index.segment_count() == 1
    assert [hit.anchor for hit in index.search("zanzibar").hits] == ["zanzibar"]
    index.close()


def test_without_worker_processes_the_build_is_done_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    library = load_library(SEARCH_CONTENT)
    monkeypatch.setattr(index_module, "PARALLEL_MIN_SOURCES", 1)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-python-here"))  # as in a sandbox or a frozen app
    index = SearchIndex(tmp_path / "index", workers=2)
    assert index.open_or_build(library).action == "rebuilt"
    assert "building in this process" in caplog.text
    assert [hit.anchor for hit in index.search("zanzibar").hits] == ["zanzibar"]
    index.close()
