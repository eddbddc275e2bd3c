"""The Bookmarks tab beside Contents and Search: open (Enter), rename (F2) and delete (Delete) bookmarks.

A view only: it shows what ``ui/reader/reading.py`` hands it and says what the user asked for through signals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.reading.store import Bookmark
from tiphandbook.ui.common.empty_state import EmptyState
from tiphandbook.ui.common.texts import Retranslatable, Texts

BOOKMARK_ROLE = Qt.ItemDataRole.UserRole


class BookmarksPanel(Retranslatable, QWidget):
    openRequested = Signal(object)  # Location
    renameRequested = Signal(int, str)  # bookmark id, new name ("" = back to the section's title)
    deleteRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts()
        self._entries: list[tuple[Bookmark, str | None]] = []
        self.empty = EmptyState("bookmark", self)
        self.texts.bind(self.empty.title.setText, lambda: self.tr("No bookmarks yet"))
        self.texts.bind(self.empty.hint.setText, lambda: self.tr("Press Ctrl+D to bookmark the section you are reading."))
        self.list = QListWidget(self)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # F2; a double-click opens
        self.list.setWordWrap(True)
        self.texts.bind(self.list.setAccessibleName, lambda: self.tr("Bookmarks"))
        self.list.itemActivated.connect(self._open)
        self.list.itemChanged.connect(self._renamed)
        self.list.installEventFilter(self)
        self.rename_button = QPushButton(self)
        self.texts.bind(self.rename_button.setText, lambda: self.tr("&Rename"))
        self.texts.bind(self.rename_button.setToolTip, lambda: self.tr("Rename the selected bookmark (F2)"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button = QPushButton(self)
        self.texts.bind(self.delete_button.setText, lambda: self.tr("&Delete"))
        self.texts.bind(self.delete_button.setToolTip, lambda: self.tr("Delete the selected bookmark (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.texts.run(self._fill)

    def show_bookmarks(self, entries: list[tuple[Bookmark, str | None]], select: int | None = None) -> None:
        """``entries``: each bookmark with its place's title in the reading language (None: not in the content)."""
        self._entries = entries
        self._fill(select)

    def _fill(self, select: int | None = None) -> None:
        chosen = select if select is not None else self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        for bookmark, title in self._entries:
            item = QListWidgetItem(self._label(bookmark, title))
            item.setData(BOOKMARK_ROLE, bookmark)
            item.setToolTip(title or self.tr("This section is not in the loaded content."))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
            if bookmark.id == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not self._entries)
        self.list.setVisible(bool(self._entries))
        self._update_buttons()

    def _label(self, bookmark: Bookmark, title: str | None) -> str:
        if bookmark.name:
            return bookmark.name
        if title is not None:
            return title
        missing = self.tr("not in the loaded content")
        return f"{bookmark.place.id}#{bookmark.place.anchor} ({missing})" if bookmark.place.anchor else f"{bookmark.place.id} ({missing})"

    def selected(self) -> Bookmark | None:
        item = self.list.currentItem()
        bookmark = item.data(BOOKMARK_ROLE) if item is not None else None
        return bookmark if isinstance(bookmark, Bookmark) else None

    def selected_id(self) -> int | None:
        bookmark = self.selected()
        return bookmark.id if bookmark else None

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def rename_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.setFocus()
            self.list.editItem(item)

    def delete_selected(self) -> None:
        bookmark = self.selected()
        if bookmark is not None:
            self.deleteRequested.emit(bookmark.id)

    def _open(self, item: QListWidgetItem) -> None:
        bookmark = item.data(BOOKMARK_ROLE)
        if isinstance(bookmark, Bookmark):
            self.openRequested.emit(bookmark.place)

    def _renamed(self, item: QListWidgetItem) -> None:
        bookmark = item.data(BOOKMARK_ROLE)
        if isinstance(bookmark, Bookmark):
            self.renameRequested.emit(bookmark.id, item.text())

    def _update_buttons(self) -> None:
        for button in (self.rename_button, self.delete_button):
            button.setEnabled(self.list.currentItem() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Delete removes the selected bookmark (not while its name is being edited: the editor has the keys)."""
        if watched is self.list and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete and self.list.state() != QAbstractItemView.State.EditingState:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)
