"""The reading pane: shows a rendered page, knows which section is on screen, zooms, and forwards clicks."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QMouseEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

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
        self._jumped_to: tuple[str, int] | None = None  # (anchor, scroll value) of the last jump
        self.zoom_level = 0

    def show_page(self, html: str, anchor: str = "") -> None:
        self.setHtml(html)
        self._anchors = self._collect_anchors(self.document())
        self.scroll_to(anchor)

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

    def anchor_names(self) -> list[str]:
        return [name for _, name in self._anchors]

    @staticmethod
    def _collect_anchors(document: QTextDocument) -> list[tuple[int, str]]:
        anchors = []
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                for name in fragment.charFormat().anchorNames():
                    anchors.append((fragment.position(), name))
                fragments += 1
            block = block.next()
        return anchors

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

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.BackButton:
            self.backRequested.emit()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.forwardRequested.emit()
        else:
            super().mousePressEvent(event)
