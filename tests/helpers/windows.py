"""The main window opened on content as the app opens it, and ways to read what it shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tiphandbook.core.navigation import Location
from tiphandbook.core.paths import UserDirs
from tiphandbook.ui.shell.app import create_main_window
from tiphandbook.ui.shell.main_window import MainWindow

SECOND = Location("doc", "alpha", "second")


def open_window(qtbot, content: Path, size: tuple[int, int] | None = (900, 500)) -> MainWindow:  # noqa: ANN001
    window, loader = create_main_window(content, UserDirs.resolve())
    qtbot.addWidget(window)
    if size:
        window.resize(*size)
    window.show()
    with qtbot.waitSignal(loader.loaded, timeout=10000):
        loader.start(content)
    return window


def choose_language(window, name: str) -> None:  # noqa: ANN001
    """Pick an interface language from the View menu by its own name (names are never translated), then let Qt
    deliver the LanguageChange events it posts to every window."""
    menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if action.menu():
                menus.append(action.menu())
            elif action.text() == name:
                action.trigger()
                QApplication.processEvents()
                return
    raise AssertionError(f"no menu entry '{name}'")


def bookmark_texts(window: MainWindow) -> list[str]:
    panel = window.reading.bookmarks_panel.list
    return [panel.item(row).text() for row in range(panel.count())]


def marker_line(window: MainWindow) -> str:
    """The text of the line that carries the ✎ marker, or "" when there is none."""
    found = window.reader.document().find("✎")
    return "" if found.isNull() else found.block().text()
