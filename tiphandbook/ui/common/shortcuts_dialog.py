"""The keyboard shortcut list (Help > Keyboard Shortcuts, F1), read from the menus' own actions each time it opens,
so it always names the keys that really work, in the interface language of the moment.

It is window-modal and short-lived: the interface language cannot change while it is open.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

Row = tuple[str, str]  # command, keys


def plain(text: str) -> str:
    """A menu text without its mnemonic markers (``&&`` is a literal ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_groups(menu_bar: QMenuBar) -> list[tuple[str, list[Row]]]:
    """Per menu of the bar, each entry that has a keyboard shortcut (entries of submenus named with their path)."""
    groups = []
    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows = list(_rows(menu, ""))
            if rows:
                groups.append((plain(menu.title()), rows))
    return groups


def _rows(menu: QMenu, prefix: str) -> Iterator[Row]:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _rows(submenu, f"{prefix}{plain(submenu.title())} › ")
        elif action.shortcuts():
            keys = " / ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
            yield f"{prefix}{plain(action.text())}", keys


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTreeWidget(self)
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setRootIsDecorated(False)
        for title, rows in shortcut_groups(menu_bar):
            group = QTreeWidgetItem(self.table, [title])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for command, keys in rows:
                QTreeWidgetItem(group, [command, keys])
        self.table.expandAll()
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(False)
        other = QLabel(self.tr(
            "Everywhere else: Tab and Shift+Tab move between controls; in the contents, lists and search results the "
            "arrow keys move and Enter opens; in the bookmarks F2 renames and Delete deletes; Alt and a menu's "
            "underlined letter open that menu; Esc closes a dialog or the find bar, and leaves a note for the text."), self)
        other.setWordWrap(True)
        quiz_keys = QLabel(self.tr("In a quiz window: Esc or Ctrl+W closes it (an exam under way asks first); F5 "
                                   "presents that quiz in the classroom."), self)
        quiz_keys.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(other)
        layout.addWidget(quiz_keys)
        layout.addWidget(buttons)
        self.resize(620, 640)
        self.table.setFocus()
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
