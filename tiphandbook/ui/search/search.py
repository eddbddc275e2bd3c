"""The Search feature: the Search tab and the index behind it. The index of a content folder is opened or built
when its content arrives (the panel says "indexing…" until it is ready) and closed with the window; a hit opens
its page at the section, with the matched words highlighted, or its quiz through the ``quiz:`` link."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QUrl

from tiphandbook.core.content.model import LANGUAGES, Library
from tiphandbook.core.navigation import Location, quiz_url
from tiphandbook.ui.search.search_panel import SearchPanel

if TYPE_CHECKING:
    from tiphandbook.core.search.results import SearchHit
    from tiphandbook.ui.common.context import FeatureContext
    from tiphandbook.ui.search.search_service import SearchService

ServiceFactory = Callable[[Path], "SearchService"]  # the index of a content folder


class Search(QObject):
    def __init__(self, context: FeatureContext, factory: ServiceFactory | None) -> None:
        super().__init__(context.window)
        self.context = context
        self.factory = factory
        self.service: SearchService | None = None
        self._root: Path | None = None
        self.panel = SearchPanel(context.window)
        self.panel.hitActivated.connect(self.open_hit)
        context.add_side_tab(self.panel, lambda: self.tr("Search"))
        context.libraryChanged.connect(self._start)
        context.languageChanged.connect(self._language_changed)
        context.window.installEventFilter(self)

    def _start(self, library: Library) -> None:
        if self.factory is None:
            return
        if self.service is not None and self._root != library.root:  # another content folder: its own index
            self.service.close()
            self.service = None
        if self.service is None:
            self.service = self.factory(library.root)
            self._root = library.root
            self.panel.attach(self.service)
        self.panel.set_library(library, self.context.lang)
        self.service.build(library)

    def _language_changed(self, lang: str) -> None:
        if not self.context.loading:
            self.panel.set_library(self.context.library, lang)

    def focus(self) -> None:
        self.context.show_side_tab(self.panel)
        self.panel.focus_field()

    def open_hit(self, hit: SearchHit) -> None:
        """Open a search result at its section, with the words it matched highlighted."""
        if hit.kind == "quiz":
            self.context.follow_link(QUrl(quiz_url(hit.id)))
            return
        location = Location("checklist" if hit.kind == "checklist" else "doc", hit.id, hit.anchor)
        if hit.lang in LANGUAGES and hit.lang != self.context.lang:
            self.context.set_content_language(hit.lang)
        if self.context.open_location(location):
            self.context.highlight_in_page(list(hit.matched_words))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.context.window and event.type() == QEvent.Type.Close and self.service is not None:
            self.service.close()
        return False
