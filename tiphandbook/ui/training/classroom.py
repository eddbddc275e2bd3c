"""The classroom presenter: slides full screen on a projector, in type large enough for the back row.

Keys: Space, Enter or R reveals the answer (only when the trainer decides: moving on never does); Right, Down,
Page Down or N goes on; Left, Up, Page Up or P goes back; Home and End; Esc closes. With two screens the trainer
picks the projector (ui/common/screens.py), and the presenter opens there full screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from tiphandbook.core.slides import Slide
from tiphandbook.ui.common.fonts import bundled_font_family
from tiphandbook.ui.common.texts import Retranslatable, Texts

CLASSROOM_CSS = """
p.prompt { font-weight: 600; }
p.hint { color: #555555; font-style: italic; }
ul.options { list-style-type: none; }
p.answer, li.correct { color: #0d5c1e; font-weight: 700; }
p.explanation { color: #1d2430; }
"""
MIN_PIXEL_SIZE = 14

REVEAL_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_R}
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_N}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_P, Qt.Key.Key_Backspace}


class ClassroomView(Retranslatable, QWidget):
    def __init__(self, title: str, slides: list[Slide], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        if not slides:
            raise ValueError("nothing to present")
        self.slides = slides
        self.index = 0
        self.revealed = False
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("classroom")  # resources/styles/app.qss keeps it black on white in every theme
        palette = self.palette()  # a fixed light scheme: projectors wash out dark themes
        for role, colour in ((QPalette.ColorRole.Window, "#ffffff"), (QPalette.ColorRole.Base, "#ffffff"),
                             (QPalette.ColorRole.WindowText, "#111111"), (QPalette.ColorRole.Text, "#111111")):
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # titles are content text: shown, never interpreted
        self.counter = QLabel()
        self.texts = Texts()
        self.texts.bind(self.counter.setAccessibleName, lambda: self.tr("Slide number"))
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.body = QTextBrowser()
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the presenter, not to scrolling
        self.body.setOpenLinks(False)
        self.body.setPalette(palette)
        self.body.document().setDefaultStyleSheet(CLASSROOM_CSS)
        self.keys_hint = QLabel()
        self.texts.bind(self.keys_hint.setText, self._keys_hint)
        for small in (self.title, self.keys_hint):
            small.setStyleSheet("color: #666666;")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.keys_hint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_slide(0)

    def _keys_hint(self) -> str:
        moves = self.tr("← →: previous / next · Esc: close")
        if any(slide.reveal for slide in self.slides):
            return self.tr("Space: show the answer · %1").replace("%1", moves)
        return moves

    # -- slides -------------------------------------------------------------------------------------------
    def show_slide(self, index: int) -> None:
        self.index = max(0, min(index, len(self.slides) - 1))
        self.revealed = False
        self.counter.setText(f"{self.index + 1} / {len(self.slides)}")
        self._draw()

    def reveal(self) -> None:
        if self.slides[self.index].reveal and not self.revealed:
            self.revealed = True
            self._draw()

    def next(self) -> None:
        self.show_slide(self.index + 1)

    def previous(self) -> None:
        self.show_slide(self.index - 1)

    def _draw(self) -> None:
        slide = self.slides[self.index]
        self.heading.setText(slide.heading)
        revealed = self.revealed and slide.reveal
        self.body.setHtml(f"{slide.revealed_body or slide.body}<hr/>{slide.reveal}" if revealed else slide.body)
        self._fit()

    def _fit(self) -> None:
        """The largest type (up to a twentieth of the screen's height) at which the slide fits without scrolling."""
        height = max(self.height(), 480)
        size = max(MIN_PIXEL_SIZE, height // 20)
        heading_font = QFont(bundled_font_family())
        heading_font.setPixelSize(int(size * 1.25))
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        small = QFont(bundled_font_family())
        small.setPixelSize(max(MIN_PIXEL_SIZE, size // 2))
        self.title.setFont(small)
        self.counter.setFont(small)
        self.keys_hint.setFont(small)
        document = self.body.document()
        available = self.body.viewport().height()
        document.setTextWidth(self.body.viewport().width())
        while True:
            font = QFont(bundled_font_family())
            font.setPixelSize(size)
            document.setDefaultFont(font)
            if size <= MIN_PIXEL_SIZE or document.size().height() <= available:
                break
            size -= 2

    # -- Qt events ----------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = Qt.Key(event.key())
        if key in REVEAL_KEYS:
            self.reveal()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(len(self.slides) - 1)
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Q):
            self.close()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def present_on(self, screen: QScreen) -> None:
        """Full screen on ``screen``."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()
