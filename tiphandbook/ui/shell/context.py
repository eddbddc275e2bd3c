"""The shell's side of the seam (``ui/common/context.py``): what features get instead of the main window.

It owns what every feature shares and nothing feature-specific: the page-kind and link-scheme registries, the one
user database, background work that ends with the window, and the signals a feature follows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QMainWindow, QStatusBar, QTabWidget, QWidget

from tiphandbook.ui.common.background import Background
from tiphandbook.ui.common.links import LinkSchemes
from tiphandbook.ui.common.pages import PageKinds

if TYPE_CHECKING:
    from tiphandbook.core.content.model import Library
    from tiphandbook.core.content.render import Renderer
    from tiphandbook.core.navigation import History, Location
    from tiphandbook.core.settings import Settings
    from tiphandbook.core.store import UserDatabase
    from tiphandbook.ui.common.texts import Texts
    from tiphandbook.ui.reader.reader_view import ReaderView


class Shell(Protocol):
    """What the context asks of the main window (typed here, so the window and its context import no circle)."""

    library: Library
    lang: str
    loading: bool
    texts: Texts
    settings: Settings
    history: History
    reader: ReaderView

    @property
    def renderer(self) -> Renderer: ...
    def open_location(self, location: Location, remember: bool = True) -> bool: ...
    def follow_link(self, url: QUrl) -> None: ...
    def refresh_page(self) -> None: ...
    def set_library(self, library: Library) -> None: ...
    def set_content_language(self, lang: str) -> None: ...
    def highlight_in_page(self, words: list[str]) -> None: ...
    def show_data_problem(self, problem: str) -> None: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name


class ShellContext(QObject):
    locationChanged = Signal(object)
    libraryChanged = Signal(object)
    languageChanged = Signal(str)
    sideTabChanged = Signal(int)

    def __init__(self, window: QMainWindow, shell: Shell, side_tabs: QTabWidget) -> None:
        """``window`` and ``shell`` are the same main window, seen as a parent widget and as the shell."""
        super().__init__(window)
        self._shell = shell
        self.window = window
        self.texts: Texts = shell.texts
        self.settings: Settings = shell.settings
        self.pages = PageKinds()
        self.links = LinkSchemes()
        self._side_tabs = side_tabs
        side_tabs.currentChanged.connect(self.sideTabChanged)
        self._database: UserDatabase | None = None
        self._work = Background(self, closes_with=window)

    @property
    def library(self) -> Library:
        return self._shell.library

    @property
    def lang(self) -> str:
        return self._shell.lang

    @property
    def loading(self) -> bool:
        return self._shell.loading

    @property
    def renderer(self) -> Renderer:
        return self._shell.renderer

    # -- the user database --------------------------------------------------------------------------------
    def user_database(self) -> UserDatabase:
        """Opened on first use so that start-up never waits for it; a problem with the file is shown, never raised."""
        if self._database is None:
            from tiphandbook.core.paths import UserDirs
            from tiphandbook.core.user_data import open_user_database

            self._database = open_user_database(UserDirs.resolve().data)
            if self._database.problem:
                self._shell.show_data_problem(self._database.problem)
        return self._database

    @property
    def database_open(self) -> bool:
        return self._database is not None

    def close_database(self) -> None:
        """Last at exit: the features saved their work on the window's Close event before this."""
        if self._database is not None:
            self._database.close()
            self._database = None

    # -- moving and showing -------------------------------------------------------------------------------
    def current_location(self) -> Location | None:
        return self._shell.history.current

    def open_location(self, location: Location, remember: bool = True) -> bool:
        return self._shell.open_location(location, remember)

    def follow_link(self, url: QUrl) -> None:
        self._shell.follow_link(url)

    def refresh_page(self) -> None:
        self._shell.refresh_page()

    def set_library(self, library: Library) -> None:
        self._shell.set_library(library)

    def set_content_language(self, lang: str) -> None:
        self._shell.set_content_language(lang)

    def highlight_in_page(self, words: list[str]) -> None:
        self._shell.highlight_in_page(words)

    def status(self, text: str, timeout_ms: int = 5000) -> None:
        if text:
            self._shell.statusBar().showMessage(text, timeout_ms)
        else:
            self._shell.statusBar().clearMessage()

    def run_in_background(self, name: str, work: Callable[[threading.Event], Any], success: Callable[[Any], object],
                          failure: Callable[[Exception], object] | None = None) -> None:
        self._work.run(name, work, success, failure)

    def page_stylesheet(self) -> str:
        return self._shell.reader.document().defaultStyleSheet()

    # -- side tabs ----------------------------------------------------------------------------------------
    def add_side_tab(self, widget: QWidget, make_title: Callable[[], str]) -> None:
        tabs = self._side_tabs
        tabs.addTab(widget, "")
        self.texts.bind(lambda text: tabs.setTabText(tabs.indexOf(widget), text), make_title)

    def show_side_tab(self, widget: QWidget) -> None:
        self._side_tabs.setCurrentWidget(widget)

    def side_tab_shown(self, widget: QWidget) -> bool:
        return self._side_tabs.currentWidget() is widget
