"""The index's life on disk: first build, incremental update, damage, a killed build, two processes at once."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tiphandbook.core.content import load_library
from tiphandbook.core.paths import HOME_ENV
from tiphandbook.core.search import SearchIndex, index_folder
from tiphandbook.core.search.store import MANIFEST
from tiphandbook.core.search.units import source_documents

SEARCH_CONTENT = Path(__file__).parent / "fixtures" / "search"
SMUGGLING = Path("handbook") / "a-law" / "02-smuggling.en.md"
BUILD_SCRIPT = """
import os, sys
from pathlib import Path
from tiphandbook.core.content import load_library
from tiphandbook.core.paths import HOME_ENV
from tiphandbook.core.search import SearchIndex, index_folder
from tiphandbook.core.search import index as index_module

index_module.PARALLEL_MIN_SOURCES = int(sys.argv[4])  # 1: the small fixture is built by worker processes

def progress(done, total):
    if done == int(sys.argv[3]):
        os._exit(9)  # killed mid-build, without any clean-up

report = SearchIndex(Path(sys.argv[1])).open_or_build(load_library(Path(sys.argv[2])), progress)
print(report.action)
"""


@pytest.fixture
def content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(SEARCH_CONTENT, target)
    return target


def build(folder: Path, content: Path) -> tuple[SearchIndex, str]:
    index = SearchIndex(folder)
    return index, index.open_or_build(load_library(content)).action


def sections(index: SearchIndex, query: str, lang: str = "en") -> list[str]:
    return [f"{hit.id}#{hit.anchor}" for hit in index.search(query, lang, limit=50).hits]


def unit_count(content: Path) -> int:
    return sum(len(source.units()) for source in source_documents(load_library(content)))


def test_first_build_reports_progress_then_is_reused(tmp_path: Path, content: Path) -> None:
    calls: list[tuple[int, int]] = []
    index = SearchIndex(tmp_path / "index")
    assert not index.ready and index.search("zanzibar").hits == ()
    report = index.open_or_build(load_library(content), lambda done, total: calls.append((done, total)))
    documents, sections_to_do = len(source_documents(load_library(content))), unit_count(content)
    assert report.action == "rebuilt" and len(report.documents) == documents
    assert calls[0] == (0, sections_to_do) and calls[-1] == (sections_to_do, sections_to_do)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)  # it never goes back
    assert index.ready and sections(index, "zanzibar") == ["indicators#zanzibar"]
    index.close()
    again, action = build(tmp_path / "index", content)
    assert action == "opened" and sections(again, "zanzibar") == ["indicators#zanzibar"]
    again.close()


def test_a_changed_chapter_is_the_only_one_reindexed(tmp_path: Path, content: Path) -> None:
    index, _ = build(tmp_path / "index", content)
    chapter = content / SMUGGLING
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("travel debt", "travel debt to a quokka"), encoding="utf-8")
    report = index.open_or_build(load_library(content))
    assert report.action == "updated" and report.documents == ("handbook:smuggling:en",)
    assert sections(index, "quokka") == ["smuggling#turning-point"]  # the long-lived searcher sees the commit
    assert sections(index, "smuggling").count("smuggling#turning-point") == 1  # no duplicate after refresh
    assert index.doc_count() == unit_count(content)
    index.close()


def test_a_moved_content_folder_reindexes_nothing(tmp_path: Path, content: Path) -> None:
    """A USB stick under another drive letter, an app folder copied elsewhere, an AppImage's new mount point."""
    index, _ = build(tmp_path / "index", content)
    index.close()
    moved = tmp_path / "elsewhere" / "stick"
    shutil.move(content, moved)
    again, action = build(tmp_path / "index", moved)
    assert action == "opened" and sections(again, "zanzibar") == ["indicators#zanzibar"]
    again.close()


def test_an_installed_pack_keeps_its_index_on_a_stick_mounted_elsewhere(
    tmp_path: Path, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Portable mode: the user folders (packs in data/, indexes in cache/) move together with the stick."""
    stick = tmp_path / "stick"
    monkeypatch.setenv(HOME_ENV, str(stick))
    pack = stick / "data" / "content-packs" / "handbook-2"
    shutil.copytree(content, pack)
    index, _ = build(index_folder(stick / "cache", pack), pack)
    index.close()
    elsewhere = tmp_path / "mounted-elsewhere"
    shutil.move(stick, elsewhere)
    monkeypatch.setenv(HOME_ENV, str(elsewhere))
    moved_pack = elsewhere / "data" / "content-packs" / "handbook-2"
    again, action = build(index_folder(elsewhere / "cache", moved_pack), moved_pack)
    assert action == "opened" and len(list((elsewhere / "cache").iterdir())) == 1
    again.close()


def test_a_removed_translation_leaves_the_index(tmp_path: Path, content: Path) -> None:
    index, _ = build(tmp_path / "index", content)
    assert sections(index, "majburiy", "uz")
    (content / "handbook" / "a-law" / "01-definition.uz.md").unlink()
    report = index.open_or_build(load_library(content))
    assert report.documents == ("handbook:definition:uz",)
    assert sections(index, "majburiy", "uz") == []
    index.close()


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)  # same size, damaged inside
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_truncate, _garble, Path.unlink])
@pytest.mark.parametrize("pattern", ["*.pst", "*.trm", "*_len.col", "_MAIN_*.toc", MANIFEST])
def test_a_damaged_index_is_rebuilt(tmp_path: Path, content: Path, damage: object, pattern: str) -> None:
    folder = tmp_path / "index"
    index, _ = build(folder, content)
    index.close()
    damaged = list(folder.glob(pattern))
    assert damaged, f"no {pattern} file to damage"
    for path in damaged:
        damage(path)  # type: ignore[operator]
    rebuilt, action = build(folder, content)
    assert action == "rebuilt"
    assert sections(rebuilt, "zanzibar") == ["indicators#zanzibar"]
    assert rebuilt.doc_count() == unit_count(content)
    rebuilt.close()


def test_another_schema_version_is_rebuilt(tmp_path: Path, content: Path) -> None:
    folder = tmp_path / "index"
    build(folder, content)[0].close()
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    (folder / MANIFEST).write_text(json.dumps(manifest | {"schema": manifest["schema"] - 1}), encoding="utf-8")
    index, action = build(folder, content)
    index.close()
    assert action == "rebuilt"


def _run_build(folder: Path, content: Path, kill_at: int = -1, min_sources: int = 40) -> subprocess.Popen[str]:
    command = [sys.executable, "-c", BUILD_SCRIPT, str(folder), str(content), str(kill_at), str(min_sources)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize(("kill_at", "min_sources"), [(3, 40), (0, 1)], ids=["in-process", "worker-processes"])
def test_a_build_killed_halfway_is_rebuilt(tmp_path: Path, content: Path, kill_at: int, min_sources: int) -> None:
    folder = tmp_path / "index"
    killed = _run_build(folder, content, kill_at, min_sources)
    killed.communicate(timeout=60)
    assert killed.returncode == 9
    index, action = build(folder, content)
    assert action == "rebuilt"
    assert index.doc_count() == unit_count(content)
    index.close()


def test_two_processes_building_at_once_do_not_corrupt_it(tmp_path: Path, content: Path) -> None:
    folder = tmp_path / "index"
    first, second = _run_build(folder, content), _run_build(folder, content)
    outputs = [process.communicate(timeout=60) for process in (first, second)]
    assert [process.returncode for process in (first, second)] == [0, 0], outputs
    assert sorted(out.strip() for out, _ in outputs) == ["opened", "rebuilt"]  # the second waited, then reused
    index, action = build(folder, content)
    assert action == "opened" and index.doc_count() == unit_count(content)
    index.close()


def test_searching_while_an_update_commits_in_a_worker_thread(tmp_path: Path, content: Path) -> None:
    index, _ = build(tmp_path / "index", content)
    chapter = content / SMUGGLING
    chapter.write_text(chapter.read_text(encoding="utf-8") + "\nA wombat appears.\n", encoding="utf-8")
    worker = threading.Thread(target=index.open_or_build, args=(load_library(content),))
    worker.start()
    while worker.is_alive():
        assert sections(index, "zanzibar") == ["indicators#zanzibar"]
    worker.join()
    assert sections(index, "wombat") == ["smuggling#turning-point"]
    index.close()
