"""The one seam between a feature and the shell: what a feature (Reading, Training, Cases, Printing, Search, Content
updates) may use of the application. Features receive this, never the main window, so a feature can be read,
tested and changed without knowing how the window is put together; the shell (``ui/shell/context.py``) provides it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl, SignalInstance
    from PySide6.QtWidgets import QMainWindow, QWidget

    from tiphandbook.core.content.model import Library
    from tiphandbook.core.content.render import Renderer
    from tiphandbook.core.navigation import Location
    from tiphandbook.core.settings import Settings
    from tiphandbook.core.store import UserDatabase
    from tiphandbook.ui.common.links import LinkSchemes
    from tiphandbook.ui.common.pages import PageKinds
    from tiphandbook.ui.common.texts import Texts


class FeatureContext(Protocol):
    window: QMainWindow  # the parent of a feature's dialogs, docks and windows; its Close event is the app closing
    texts: Texts  # interface texts re-made on a language switch
    settings: Settings
    pages: PageKinds  # register a kind of page here
    links: LinkSchemes  # register what a link scheme opens here
    locationChanged: SignalInstance  # Location: after every move, and after a language or content switch
    libraryChanged: SignalInstance  # Library: new content was swapped in
    languageChanged: SignalInstance  # str: the content language changed
    sideTabChanged: SignalInstance  # int: another side tab is shown

    @property
    def library(self) -> Library: ...

    @property
    def lang(self) -> str:
        """The content language."""

    @property
    def loading(self) -> bool:
        """True while only the navigation is loaded (the documents are still being read)."""

    @property
    def renderer(self) -> Renderer: ...

    def user_database(self) -> UserDatabase:
        """The one user database, opened on first use and closed by the shell after every feature saw Close."""

    def current_location(self) -> Location | None: ...

    def open_location(self, location: Location, remember: bool = True) -> bool:
        """Show a place (False when it is not in the loaded content)."""

    def follow_link(self, url: QUrl) -> None:
        """Follow a link as if clicked in the reader (through the registered link schemes)."""

    def refresh_page(self) -> None:
        """Draw the page on screen again (its marks changed) without moving the reader."""

    def set_library(self, library: Library) -> None:
        """Swap in other content."""

    def set_content_language(self, lang: str) -> None:
        """Show the content in another language, at the section being read."""

    def highlight_in_page(self, words: list[str]) -> None:
        """Highlight these words on the page on screen and give the reader the focus."""

    def status(self, text: str, timeout_ms: int = 5000) -> None:
        """A passing message on the status line; ``timeout_ms`` 0 keeps it until the next one."""

    def run_in_background(self, name: str, work: Callable[[threading.Event], Any], success: Callable[[Any], object],
                          failure: Callable[[Exception], object] | None = None) -> None:
        """Work off the GUI thread (``ui/common/background.py``), stopped when the window closes."""

    def page_stylesheet(self) -> str:
        """The reading pane's stylesheet in the current theme (for windows that show content the same way)."""

    def add_side_tab(self, widget: QWidget, make_title: Callable[[], str]) -> None: ...

    def show_side_tab(self, widget: QWidget) -> None: ...

    def side_tab_shown(self, widget: QWidget) -> bool: ...
