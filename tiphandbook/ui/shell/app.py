"""Composition root: build the settings, the window and the content library, and wire them together.

The window appears first, with a home page drawn from the navigation files alone; the documents are read in a
worker thread and handed to the window when ready, so start-up never waits for content.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from tiphandbook import APP_ID
from tiphandbook.core.content.loader import load_library, load_navigation
from tiphandbook.core.navigation import HOME
from tiphandbook.core.paths import UserDirs, resources_dir
from tiphandbook.core.settings import Settings
from tiphandbook.ui.common.background import Background
from tiphandbook.ui.updates.content_updates import startup_root
from tiphandbook.ui.common.i18n import Translators, system_language
from tiphandbook.ui.shell.main_window import MainWindow
from tiphandbook.ui.common.themes import apply_text_scale, apply_theme

if TYPE_CHECKING:
    from tiphandbook.ui.search.search_service import SearchService


class LibraryLoader(QObject):
    """Reads the content off the GUI thread; ``loaded`` (the Library) or ``failed`` (why) on the GUI thread. A
    failure is shown to the user; the window then stops saying it is opening the handbook."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.message: QMessageBox | None = None
        self.work = Background(self, closes_with=window)

    def start(self, root: Path) -> None:
        self.work.run("content-loader", lambda _stop: load_library(root), self.loaded.emit, self._failed)

    def _failed(self, error: Exception) -> None:
        self.window.loading = False
        self.window.open_location(HOME, remember=False)
        self.message = QMessageBox(QMessageBox.Icon.Critical, self.tr("The handbook could not be opened"),
                                   self.tr("The content in %1 could not be read: %2").replace("%1", str(self.window.library.root))
                                   .replace("%2", str(error)), QMessageBox.StandardButton.Ok, self.window)
        self.message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message.open()
        self.failed.emit(str(error))


def create_main_window(content_root: Path | None, dirs: UserDirs) -> tuple[MainWindow, LibraryLoader]:
    """Build the window on the navigation skeleton and start loading the full library behind it.

    ``content_root`` None: the content chosen in the app last time (File > Open Content Folder, Install Content
    Pack), else the bundled content. Interface language, theme and text size are applied before the window exists,
    so it is born in them.
    """
    home_problem = dirs.problem()
    settings = Settings(dirs.config / "settings.json")
    content_root, content_problem = (content_root, None) if content_root else startup_root(settings)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = Translators(app)
    translators.switch(settings["interface_language"] or system_language())
    stylesheet = apply_theme(app, settings["theme"])
    if settings["text_scale"] != 100:
        apply_text_scale(app, int(settings["text_scale"]))
    def search_factory(root: Path) -> SearchService:
        from tiphandbook.ui.search.search_service import SearchService  # imports Whoosh: only once content is loaded

        return SearchService(dirs.cache, root)

    window = MainWindow(load_navigation(content_root), settings, stylesheet, translators, search_factory)
    loader = LibraryLoader(window)
    loader.loaded.connect(window.set_library)
    if home_problem:
        window.show_data_problem(home_problem)
    if settings.problem or content_problem:
        window.statusBar().showMessage(" ".join(p for p in (settings.problem, content_problem) if p), 15000)
    return window, loader


def run(content_root: Path | None, exit_when_shown: bool = False) -> int:
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))  # the app makes no other kind
    app.setApplicationName("tiphandbook")
    app.setApplicationDisplayName("TIP Handbook")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "tiphandbook.svg")))
    app.setDesktopFileName(APP_ID)  # Wayland and the taskbar match the window to the menu entry by it
    window, loader = create_main_window(content_root, UserDirs.resolve())
    window.show()
    if exit_when_shown:
        QTimer.singleShot(0, app.quit)  # after the first paint of the home page: the start-up benchmark's mark
    else:
        loader.start(window.library.root)
    return app.exec()


__all__ = ["LibraryLoader", "create_main_window", "run"]
