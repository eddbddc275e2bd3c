"""The Notes panel: the note on the section being read (saved as you type), and every note, searchable.

A view only: ``ui/reader/reading.py`` decides which section it edits, stores the text and lists the notes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.navigation import Location
from tiphandbook.core.reading.store import Note
from tiphandbook.ui.common.empty_state import EmptyState
from tiphandbook.ui.common.texts import Retranslatable, Texts

PLACE_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_CHARACTERS = 120


class NotesPanel(Retranslatable, QWidget):
    edited = Signal()  # the user changed the text of the note being edited
    deleteRequested = Signal()
    searchChanged = Signal(str)
    openRequested = Signal(object)  # Location of a note in the list
    leaveRequested = Signal()  # Esc in the editor: back to the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts()
        self._title: str | None = None
        self._notes: list[tuple[Note, str | None]] = []
        self.place_label = QLabel(self)
        self.place_label.setWordWrap(True)
        self.place_label.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)  # Tab leaves the note, as everywhere else in the window
        self.texts.bind(self.editor.setAccessibleName, lambda: self.tr("Note on this section"))
        self.texts.bind(self.editor.setPlaceholderText, lambda: self.tr(
            "Write a note on this section. It is saved as you type and stays on this computer, unencrypted: keep "
            "case details in the case records."))
        self.editor.textChanged.connect(self._text_changed)
        self.editor.installEventFilter(self)
        self.status = QLabel(self)
        self.delete_button = QPushButton(self)
        self.texts.bind(self.delete_button.setText, lambda: self.tr("Delete Note"))
        self.delete_button.clicked.connect(self.deleteRequested)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.delete_button)
        self.all_label = QLabel(self)
        self.texts.bind(self.all_label.setText, lambda: self.tr("All notes"))
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.texts.bind(self.search.setPlaceholderText, lambda: self.tr("Search notes"))
        self.texts.bind(self.search.setAccessibleName, lambda: self.tr("Search notes"))
        self.search.textChanged.connect(self.searchChanged)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.texts.bind(self.list.setAccessibleName, lambda: self.tr("All notes"))
        self.list.itemActivated.connect(self._open)
        self.empty = EmptyState("notebook-pen", self)
        self.all_label.setBuddy(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.place_label)
        layout.addWidget(self.editor, 3)
        layout.addLayout(row)
        layout.addWidget(self.all_label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.empty, 2)
        self.texts.run(self._refill)

    # -- the note being edited ----------------------------------------------------------------------------
    def edit(self, title: str | None, text: str) -> None:
        """Show the note of another place (``title`` None: no section to write on, e.g. the home page)."""
        self._title = title
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.editor.setEnabled(title is not None)
        self.set_saved(bool(text))
        self._refill()

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_saved(self, has_note: bool) -> None:
        self.status.setText(self.tr("Saved") if has_note else "")
        self.delete_button.setEnabled(has_note)

    def set_not_saved(self, reason: str) -> None:
        self.status.setText(self.tr("Not saved: %1").replace("%1", reason.removeprefix("Not saved: ")))

    def _text_changed(self) -> None:
        self.status.setText(self.tr("Saving…"))
        self.edited.emit()

    # -- every note ---------------------------------------------------------------------------------------
    def show_notes(self, notes: list[tuple[Note, str | None]]) -> None:
        """``notes``: each with its place's title in the reading language (None: not in the loaded content)."""
        self._notes = notes
        self._refill()

    def _refill(self) -> None:
        if self._title is None:
            self.place_label.setText(self.tr("Open a chapter, a module or a checklist to write a note on it."))
        else:
            self.place_label.setText(self.tr("Note on: %1").replace("%1", self._title))
        self.list.clear()
        for note, title in self._notes:
            first = " ".join(note.text.split())
            preview = first if len(first) <= PREVIEW_CHARACTERS else first[: PREVIEW_CHARACTERS - 1] + "…"
            where = title if title is not None else f"{note.place.id} ({self.tr('not in the loaded content')})"
            item = QListWidgetItem(f"{where}\n✎ {preview}")
            item.setData(PLACE_ROLE, note.place)
            item.setToolTip(note.text)
            self.list.addItem(item)
        searching = bool(self.search.text().strip())
        self.empty.title.setText(self.tr("No notes match.") if searching else self.tr("No notes yet."))
        self.empty.hint.setText(self.tr("Try other words.") if searching else self.tr(
            "Your notes on the sections you read are listed here (Ctrl+Shift+M writes one)."))
        self.empty.set_icon("search-x" if searching else "notebook-pen")
        self.empty.setVisible(not self._notes)
        self.list.setVisible(bool(self._notes))

    def _open(self, item: QListWidgetItem) -> None:
        place = item.data(PLACE_ROLE)
        if isinstance(place, Location):
            self.openRequested.emit(place)

    def focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.editor and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.leaveRequested.emit()
                return True
        return super().eventFilter(watched, event)
