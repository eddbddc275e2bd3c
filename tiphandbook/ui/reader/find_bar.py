"""Find in page: every match highlighted, the current one marked, Enter / Shift+Enter to move, Esc to close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from tiphandbook.ui.reader.highlight import find_all, selections
from tiphandbook.ui.common.texts import Retranslatable, Texts



class FindBar(Retranslatable, QWidget):
    def __init__(self, view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.texts = Texts()
        self.matches: list[QTextCursor] = []
        self.current = -1
        self.edit = QLineEdit(self)
        self.texts.bind(self.edit.setPlaceholderText, lambda: self.tr("Find in page"))
        self.texts.bind(self.edit.setAccessibleName, lambda: self.tr("Find in page"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.previous_button = QToolButton(self, autoRaise=True)
        self.texts.bind(self.previous_button.setText, lambda: self.tr("Previous"))
        self.next_button = QToolButton(self, autoRaise=True)
        self.texts.bind(self.next_button.setText, lambda: self.tr("Next"))
        self.close_button = QToolButton(self, autoRaise=True)
        self.close_button.setText("✕")
        self.texts.bind(self.close_button.setToolTip, lambda: self.tr("Close (Esc)"))
        self.texts.bind(self.close_button.setAccessibleName, lambda: self.tr("Close find bar"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.edit, self.previous_button, self.next_button, self.count):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(self._return_pressed)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        self.view.setExtraSelections([])
        self.view.setFocus()

    def search(self) -> None:
        """Find every match of the text (case-insensitive) and highlight them all."""
        text = self.edit.text()
        self.matches = []
        if text:
            self.matches = find_all(self.view.document(), text)
        self.current = 0 if self.matches else -1
        self._show()

    def refresh(self) -> None:
        """Re-run the search after the page changed underneath the bar."""
        if self.isVisible():
            self.search()

    def _return_pressed(self) -> None:
        if QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.find_previous()
        else:
            self.find_next()

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if self.matches:
            self.current = (self.current + delta) % len(self.matches)
            self._show()

    def _show(self) -> None:
        self.view.setExtraSelections(selections(self.matches, self.current))
        if self.current >= 0:
            cursor = QTextCursor(self.matches[self.current])
            cursor.clearSelection()
            self.view.setTextCursor(cursor)
            self.view.ensureCursorVisible()
            self.count.setText(self.tr("%1 of %2").replace("%1", str(self.current + 1)).replace("%2", str(len(self.matches))))
        else:
            self.count.setText(self.tr("No matches") if self.edit.text() else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)

