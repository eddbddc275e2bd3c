"""What the person sees: the card's words, the answer buttons and a stop button, in their language and in large
type, full screen on the laptop turned towards them.

It is built from the person's words only (``PersonWords``) and the card ids and kinds it needs to offer the right
buttons: the officer's guidance (why ask, what an answer may indicate) is never given to this widget, so it cannot
show it. Hidden, it shows a neutral handbook page instead and takes no input until the officer brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.screening.model import Card, PersonWords


class PersonView(QWidget):
    answered = Signal(str, str)  # card id, answer
    stopRequested = Signal()

    def __init__(self, words: PersonWords, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.words = words
        self.card: Card | None = None
        self.force_close = False  # only the officer's window (or the lock) closes this view
        self.setWindowTitle("tiphandbook")  # never the guide, the case or the person
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.card_page = QWidget(self)
        page = QVBoxLayout(self.card_page)
        page.setContentsMargins(48, 40, 48, 40)
        self.says = QLabel(self.card_page)
        self.says.setWordWrap(True)
        self.says.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.says.setTextFormat(Qt.TextFormat.PlainText)
        page.addWidget(self.says, 1)
        self.buttons = QGridLayout()
        page.addLayout(self.buttons)
        self.stop_button = QPushButton(words.stop, self.card_page)
        self.stop_button.clicked.connect(self.stopRequested)
        page.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignRight)
        self.stack.addWidget(self.card_page)

        self.neutral = QTextBrowser(self)
        self.neutral.setOpenLinks(False)
        self.neutral.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack.addWidget(self.neutral)
        self._answer_buttons: list[QPushButton] = []

    @property
    def hidden_behind_page(self) -> bool:
        return self.stack.currentWidget() is self.neutral

    def show_card(self, card: Card | None, ended_words: str = "") -> None:
        """The card to answer, or (``card`` None) the words that close the interview."""
        self.card = card
        for button in self._answer_buttons:  # out of the layout now: the window must not grow by the old card's
            self.buttons.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._answer_buttons = []
        self.says.setText(self.words.cards[card.id].says if card is not None else ended_words)
        self.stop_button.setVisible(card is not None)
        if card is not None:
            for n, (value, text) in enumerate(self._answers(card)):
                button = QPushButton(text, self.card_page)
                button.setProperty("answer", value)
                button.clicked.connect(lambda _=False, v=value, c=card.id: self.answered.emit(c, v))
                self.buttons.addWidget(button, n // 2, n % 2)
                button.show()  # at once, not when the layout next runs: the person may tap straight away
                self._answer_buttons.append(button)
        self._scale_type()

    def _answers(self, card: Card) -> list[tuple[str, str]]:
        """The buttons, in the person's words; a free-text card is answered aloud (the officer writes it down), so
        only "I do not want to answer" is a button."""
        person = self.words.cards[card.id]
        return [(value, person.choices.get(value) or self.words.answers.get(value, value)) for value in card.answers()]

    def answer_buttons(self) -> list[QPushButton]:
        return list(self._answer_buttons)

    def hide_behind(self, html: str, stylesheet: str) -> None:
        self.neutral.document().setDefaultStyleSheet(stylesheet)
        self.neutral.setHtml(html)
        self.stack.setCurrentWidget(self.neutral)

    def come_back(self) -> None:
        self.stack.setCurrentWidget(self.card_page)

    def present_on(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def _scale_type(self) -> None:
        """Type sized to the screen, large enough to read from across a desk."""
        height = max(self.height(), 300)
        self.says.setFont(self._font(height / 18))
        for button in (*self._answer_buttons, self.stop_button):
            button.setFont(self._font(height / 30))
            button.setMinimumHeight(int(height / 11))

    def _font(self, pixels: float) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(14, int(pixels)))
        return font

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._scale_type()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """No key of the person's closes or changes anything (Esc included); the officer's window does that."""
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.force_close:
            event.ignore()
            return
        super().closeEvent(event)
