"""The reading pane: shows a rendered page, knows which section is on screen, zooms, and forwards clicks.

It loads no resource but the content's own images: QTextBrowser would otherwise open any file a page names,
relative to the working folder, or try a URL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from tiphandbook.core.content.images import read_image

MAX_ZOOM = 12
MIN_ZOOM = -6


class ReaderView(QTextBrowser):
    """A QTextBrowser that never navigates on its own: links go out as ``linkActivated`` for the window to route."""

    linkActivated = Signal(QUrl)
    backRequested = Signal()
    forwardRequested = Signal()

    def __init__(self, stylesheet: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(stylesheet)
        self.document().setDocumentMargin(24)
        self.setAccessibleName(self.tr("Reading pane"))
        self.anchorClicked.connect(self.linkActivated)
        self._anchors: list[tuple[int, str]] = []
        self._headings: set[str] = set()  # anchors that open a heading (a section)
        self._jumped_to: tuple[str, int] | None = None  # (anchor, scroll value) of the last jump
        self.zoom_level = 0
        self.content_root: Path | None = None  # where the pages' images are; nothing is loaded without it

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt override
        """Only an image file inside the content root, named relative to it; nothing else, from anywhere."""
        name = QUrl(name)
        if self.content_root is None or not name.isRelative() or QTextDocument.ResourceType(kind) != QTextDocument.ResourceType.ImageResource:
            return None
        data = read_image(self.content_root, name.path())
        return QByteArray(data) if data is not None else None

    def show_page(self, html: str, anchor: str = "") -> None:
        self.setHtml(html)
        self._anchors, self._headings = self._collect_anchors(self.document())
        self.scroll_to(anchor)

    def replace_page(self, html: str) -> None:
        """Show a new rendering of the same page where the reader is, as the section being read."""
        value, jumped_to = self.verticalScrollBar().value(), self._jumped_to
        self.show_page(html)
        self.verticalScrollBar().setValue(value)
        self._jumped_to = jumped_to

    def scroll_to(self, anchor: str) -> None:
        if anchor and any(name == anchor for _, name in self._anchors):
            self.scrollToAnchor(anchor)
            self._jumped_to = (anchor, self.verticalScrollBar().value())
        else:
            self.verticalScrollBar().setValue(0)
            self._jumped_to = None

    def current_anchor(self) -> str:
        """The section being read: the one jumped to if the reader has not scrolled since (near the end of a page
        a section cannot reach the top), otherwise the last section starting above the top of the viewport."""
        value = self.verticalScrollBar().value()
        if self._jumped_to is not None and self._jumped_to[1] == value:
            return self._jumped_to[0]
        if value == 0:
            return ""
        top = self.cursorForPosition(QPoint(4, 4)).position()
        current = ""
        for position, name in self._anchors:
            if position > top:
                break
            current = name
        return "" if current == "top" else current

    def current_section(self) -> str:
        """The heading the section being read falls under: bookmarks and notes hang on sections, not on the
        footnote or checklist-item anchor that happens to be at the top of the viewport."""
        current = self.current_anchor()
        if not current:
            return ""
        section = ""
        for _, name in self._anchors:
            if name in self._headings:
                section = name
            if name == current:
                break
        return "" if section == "top" else section


    @staticmethod
    def _collect_anchors(document: QTextDocument) -> tuple[list[tuple[int, str]], set[str]]:
        """Every named anchor with its position, and which of them sit in a heading."""
        anchors, headings = [], set()
        block = document.begin()
        while block.isValid():
            heading = block.blockFormat().headingLevel() > 0
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                for name in fragment.charFormat().anchorNames():
                    anchors.append((fragment.position(), name))
                    if heading:
                        headings.add(name)
                fragments += 1
            block = block.next()
        return anchors, headings

    def set_zoom(self, level: int) -> None:
        level = max(MIN_ZOOM, min(MAX_ZOOM, level))
        step = level - self.zoom_level
        if step > 0:
            self.zoomIn(step)
        elif step < 0:
            self.zoomOut(-step)
        self.zoom_level = level

    def backward(self) -> None:
        """QTextBrowser's own Alt+Left: our history lives in the window, so pass the request on."""
        self.backRequested.emit()

    def forward(self) -> None:
        self.forwardRequested.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """The text re-flows (a panel opened beside it): stay on the section jumped to, unless the reader scrolled."""
        jumped_to = self._jumped_to if self._jumped_to and self._jumped_to[1] == self.verticalScrollBar().value() else None
        super().resizeEvent(event)
        if jumped_to is not None:
            self.scroll_to(jumped_to[0])

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.BackButton:
            self.backRequested.emit()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.forwardRequested.emit()
        else:
            super().mousePressEvent(event)
