"""Accessibility: the main actions walked with the keyboard alone, the shortcut list (F1) built from the real
actions, an accessible name on every control, and keyboard focus that can be seen in every theme."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from tiphandbook.core.navigation import Location
from tiphandbook.ui.shell.main_window import MainWindow
from tiphandbook.ui.printing.printing import PrintDialog
from tiphandbook.ui.common.shortcuts_dialog import ShortcutsDialog
from tests.helpers.windows import open_window

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    """A key press delivered where the keyboard is: to the widget that has the focus."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifiers)


def menu_actions(window: MainWindow) -> Iterator[QAction]:
    def walk(menu: QMenu) -> Iterator[QAction]:
        for action in menu.actions():
            yield from walk(action.menu()) if isinstance(action.menu(), QMenu) else (action,)

    for top in window.menuBar().actions():
        yield from walk(top.menu())


def focusable(root: QWidget) -> list[QWidget]:
    """Controls that Tab can reach (a widget with a focus proxy hands its focus on, so the proxy is counted)."""
    return [w for w in root.findChildren(QWidget) if w.isVisible() and w.isEnabled() and w.focusProxy() is None
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return widget.accessibleName() or (interface.text(QAccessible.Text.Name) if interface else "")


def test_the_main_actions_with_the_keyboard_alone(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.searching.service is not None and window.searching.service.is_ready, timeout=30000)

    # Open a chapter from the contents: arrows (Right opens a branch), then Enter.
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL | SHIFT)
    assert window.tree.hasFocus()
    target = window.tree.item_for(Location("doc", "beta"))
    for _ in range(20):
        current = window.tree.currentItem()
        if current is target:
            break
        expandable = current is not None and current.childCount() and not current.isExpanded()
        press(qtbot, Qt.Key.Key_Right if expandable else Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert window.history.current == Location("doc", "beta")

    # Search, and open a hit at its section.
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    assert window.searching.panel.field.hasFocus()
    qtbot.keyClicks(window.searching.panel.field, "zanzibar")
    qtbot.waitUntil(lambda: window.searching.panel.model.rowCount() > 0 and window.searching.panel.status.text().startswith("1 result"), timeout=5000)
    press(qtbot, Qt.Key.Key_Return)
    assert window.history.current == Location("doc", "alpha", "sub") and window.reader.hasFocus()

    # Bookmark it, write a note on it, and come back to the text.
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert [b.place for b in window.reading.store.bookmarks()] == [Location("doc", "alpha", "sub")]
    press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    assert window.reading.notes_panel.editor.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Typed without a mouse")
    press(qtbot, Qt.Key.Key_Escape)
    assert window.reader.hasFocus()
    qtbot.waitUntil(lambda: window.reading.store.note(Location("doc", "alpha", "sub")) is not None)

    # Go elsewhere and back through the bookmarks.
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.history.current.kind == "home"
    press(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    assert window.reading.bookmarks_panel.list.hasFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert window.history.current == Location("doc", "alpha", "sub")
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.history.current.kind == "home"
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)

    # Find in the page, then close the bar.
    press(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "marker")
    assert window.find_bar.count.text() == "1 of 1"
    press(qtbot, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and window.reader.hasFocus()

    # Print: the dialog opens with the focus inside; Esc closes it.
    press(qtbot, Qt.Key.Key_P, CTRL)
    dialog = window.printing.dialog
    assert isinstance(dialog, PrintDialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    window.activateWindow()  # what a window manager does when a dialog closes (the offscreen platform has none)
    qtbot.waitUntil(lambda: window.reader.hasFocus())  # the keyboard is back where it was

    # The shortcut list: F1 opens it, Esc closes it.
    press(qtbot, Qt.Key.Key_F1)
    shortcuts = window.findChild(ShortcutsDialog)
    assert shortcuts is not None and shortcuts.isVisible()
    qtbot.waitUntil(lambda: shortcuts.table.hasFocus())
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is None)  # closed and deleted


def test_the_shortcut_list_is_made_from_the_actions_and_no_key_is_taken_twice(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    listed = {}
    for group in range(dialog.table.topLevelItemCount()):
        item = dialog.table.topLevelItem(group)
        for row in range(item.childCount()):
            listed[item.child(row).text(0)] = item.child(row).text(1)
    keyed = [a for a in menu_actions(window) if a.shortcuts()]
    assert len(listed) == len(keyed) >= 20
    native = QKeySequence.SequenceFormat.NativeText
    for action in keyed:
        keys = listed[action.text().replace("&", "")]
        assert all(key.toString(native) in keys.split(" / ") for key in action.shortcuts()), action.text()
    assert listed["Bookmark This Section"] == "Ctrl+D" and listed["Keyboard Shortcuts"] == "F1"
    assert listed["Print or Save as PDF…"] == "Ctrl+P" and listed["Note on This Section…"] == "Ctrl+Shift+M"
    everything = [key.toString() for action in window.findChildren(QAction) for key in action.shortcuts()]
    assert len(everything) == len(set(everything)), "a key bound twice does nothing in Qt"


def test_every_control_has_an_accessible_name(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    window.open_location(Location("doc", "alpha"))
    window.reading.bookmark_current()
    window.reading.dock.show()
    window.find_bar.open_bar()
    unnamed = set()
    for tab in range(window.side_tabs.count()):
        window.side_tabs.setCurrentIndex(tab)
        unnamed |= {type(w).__name__ for w in focusable(window) if not accessible_name(w)}
    quiz = window.training.open_quiz("intro-quiz")
    quiz.start("practice", seed=1)
    for other in (window.printing.open_dialog(), ShortcutsDialog(window.menuBar(), window), quiz):
        other.show()
        unnamed |= {f"{type(other).__name__}/{type(w).__name__}" for w in focusable(other) if not accessible_name(w)}
        other.close()
    assert unnamed == set()


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_keyboard_focus_is_visible_in_every_theme(qtbot, content: Path, theme: str) -> None:  # noqa: ANN001
    """Tab through the window: every control looks different while it has the focus."""
    window = open_window(qtbot, content)
    window.activateWindow()
    window.appearance.set_theme(theme)
    window.open_location(Location("doc", "alpha"))
    window.reading.dock.show()
    QApplication.setCursorFlashTime(0)  # a steady caret: the pictures do not depend on the blink
    window.reading.notes_panel.search.setFocus()
    unfocused = {w: w.grab().toImage() for w in focusable(window) if w is not window.reading.notes_panel.search}
    window.tree.setFocus()
    unfocused[window.reading.notes_panel.search] = window.reading.notes_panel.search.grab().toImage()
    unseen = []
    for _ in range(len(unfocused) + 2):
        press(qtbot, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget in unfocused and widget.grab().toImage() == unfocused[widget]:
            unseen.append(f"{type(widget).__name__} {accessible_name(widget)!r}")
    assert unseen == []
