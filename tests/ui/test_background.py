"""Background work: results and errors come back on the GUI thread, an error is shown when nobody handles it,
and closing stops and waits for the work, delivers nothing more, and leaves no search index file open."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtWidgets import QWidget

from tiphandbook.core.content.loader import load_library
from tiphandbook.core.search import SearchIndex
from tiphandbook.ui.common.background import Background
from tiphandbook.ui.search.search_service import SearchService


def open_files_under(folder: Path) -> list[str]:
    """The files this process holds open below ``folder`` (Linux: /proc/self/fd)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


def test_the_result_arrives_on_the_gui_thread(qtbot) -> None:  # noqa: ANN001
    owner = QWidget()
    qtbot.addWidget(owner)
    work = Background(owner)
    seen: list[tuple[int, bool]] = []
    work.run("answer", lambda _stop: 6 * 7, lambda value: seen.append((value, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: seen != [])
    assert seen == [(42, True)]


def test_an_error_nobody_handles_is_shown_not_lost(qtbot) -> None:  # noqa: ANN001
    owner = QWidget()
    qtbot.addWidget(owner)
    work = Background(owner)

    def broken(_stop: threading.Event) -> None:
        raise OSError("the USB stick was removed")

    work.run("broken", broken, lambda _: None)
    qtbot.waitUntil(lambda: work.error_box is not None and work.error_box.isVisible())
    assert "the USB stick was removed" in work.error_box.text()


def test_close_stops_the_work_waits_for_it_and_delivers_nothing(qtbot) -> None:  # noqa: ANN001
    owner = QWidget()
    qtbot.addWidget(owner)
    work = Background(owner, closes_with=owner)
    started, delivered = threading.Event(), []

    def until_stopped(stop: threading.Event) -> str:
        started.set()
        stop.wait()
        return "finished after close"

    work.run("waits", until_stopped, delivered.append)
    assert started.wait(10)
    owner.show()
    owner.close()  # the window closing closes its work
    assert work.closed
    assert not any(t.name == "waits" for t in threading.enumerate())  # joined, not left running
    qtbot.wait(0)  # let any queued delivery through: there must be none
    assert delivered == []


def test_a_closed_search_service_leaves_no_index_file_open(qtbot, content: Path, tmp_path: Path) -> None:  # noqa: ANN001
    service = SearchService(tmp_path / "cache", content)
    service.build(load_library(content))
    service.close()  # at once, while the index is being built
    assert not any(t.name.startswith("search") for t in threading.enumerate())
    assert open_files_under(tmp_path / "cache") == []


def test_a_closed_index_opens_no_searcher_when_a_build_finishes(content: Path, tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "index")
    library = load_library(content)
    index.open_or_build(library)
    index.close()
    index.open_or_build(library)  # a build still running when the window closed
    assert not index.ready
    assert open_files_under(tmp_path / "index") == []
