"""Bookmarks and notes driven like a reader would: Ctrl+D, the Bookmarks tab (F2, Delete, Enter), the Notes panel
(Ctrl+Shift+M, typing, the ✎ marker in the text, search), across a language switch and a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from tiphandbook.core.navigation import HOME, Location
from tiphandbook.ui.shell.main_window import MainWindow
from tests.helpers.windows import SECOND, bookmark_texts, marker_line, open_window

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def marker_position(window: MainWindow) -> QPoint:
    """Where the ✎ marker is drawn in the reader's viewport (scrolled into view)."""
    found = window.reader.document().find("✎")
    start, end = QTextCursor(window.reader.document()), QTextCursor(window.reader.document())
    start.setPosition(found.selectionStart())
    end.setPosition(found.selectionEnd())
    window.reader.setTextCursor(end)
    window.reader.ensureCursorVisible()
    left, right = window.reader.cursorRect(start), window.reader.cursorRect(end)
    return QPoint((left.left() + right.left()) // 2, left.center().y())


def test_ctrl_d_bookmarks_the_section_being_read_in_any_language(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    window.open_location(SECOND)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert window.statusBar().currentMessage() == "Bookmarked: Alpha chapter › Second section"
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL | SHIFT)
    assert window.side_tabs.currentWidget() is window.reading.bookmarks_panel
    assert window.reading.bookmarks_panel.list.hasFocus()
    assert bookmark_texts(window) == ["Alpha chapter › Second section"]
    window.language_box.setCurrentIndex(1)  # Русский: the list follows, nothing was stored by title
    assert bookmark_texts(window) == ["Глава альфа › Второй раздел"]
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)  # still the same section, in Russian
    assert window.statusBar().currentMessage().startswith("Already bookmarked")
    assert len(bookmark_texts(window)) == 1


def test_a_footnote_or_subsection_below_the_top_bookmarks_its_section(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    window.open_location(Location("doc", "alpha", "fn1"))
    assert window.reading.current_place() == Location("doc", "alpha", "sub")  # the footnote sits in "sub"
    window.open_location(HOME)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert "Open a chapter" in window.statusBar().currentMessage()


def test_bookmarks_are_renamed_opened_and_deleted_from_the_keyboard(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    window.open_location(Location("doc", "beta", "details"))
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    window.open_location(HOME)
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL | SHIFT)
    listing = window.reading.bookmarks_panel.list
    qtbot.keyClick(listing, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Cross-border evidence")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reading.store.bookmarks()[0].name == "Cross-border evidence")  # committed when idle
    assert bookmark_texts(window) == ["Cross-border evidence"]
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert window.history.current == Location("doc", "beta", "details")
    assert window.reader.hasFocus()
    window.set_content_language("ru")  # a name the user gave stays as given
    assert bookmark_texts(window) == ["Cross-border evidence"]
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Delete)
    assert bookmark_texts(window) == [] and window.reading.store.bookmarks() == []
    assert window.reading.bookmarks_panel.empty.isVisible()


def test_a_note_is_written_marked_in_the_text_and_found_again(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    reading = window.reading
    window.open_location(SECOND)
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL | SHIFT)
    panel = reading.notes_panel
    assert reading.dock.isVisible() and panel.editor.hasFocus()
    assert panel.place_label.text() == "Note on: Alpha chapter › Second section"
    qtbot.keyClicks(panel.editor, "Ask the prosecutor about zanzibar")
    qtbot.waitUntil(lambda: reading.store.note(SECOND) is not None)  # saved a moment after typing stops
    assert panel.status.text() == "Saved"
    assert marker_line(window).startswith("Second section")  # the marker sits on the section's heading
    qtbot.keyClick(panel.editor, Qt.Key.Key_Escape)
    assert window.reader.hasFocus()

    window.open_location(Location("doc", "beta"))  # the panel follows the reader to another page
    assert panel.place_label.text() == "Note on: Beta chapter" and panel.text() == ""
    qtbot.keyClicks(panel.search, "ZANZIBAR")
    assert panel.list.count() == 1 and panel.list.item(0).text().startswith("Alpha chapter › Second section")
    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.history.current.id == "alpha" and panel.text() == "Ask the prosecutor about zanzibar"


def test_the_marker_opens_its_note_in_another_language_and_delete_removes_it(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    reading = window.reading
    window.open_location(Location("doc", "alpha", "sub"))
    reading.note_on_current()
    qtbot.keyClicks(reading.notes_panel.editor, "Check the Uzbek term")
    reading.save_note()
    reading.dock.hide()
    window.open_location(HOME)
    window.set_content_language("ru")
    window.open_location(Location("doc", "alpha"))
    assert marker_line(window).startswith("Подраздел")  # the note followed the section into Russian
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=marker_position(window))
    assert reading.dock.isVisible()
    assert reading.target == Location("doc", "alpha", "sub")
    assert reading.notes_panel.text() == "Check the Uzbek term"
    assert reading.notes_panel.place_label.text() == "Note on: Глава альфа › Подраздел"
    reading.notes_panel.delete_button.click()
    assert reading.store.note(Location("doc", "alpha", "sub")) is None
    assert marker_line(window) == ""
    reading.notes_panel.editor.undo()  # deleting was an edit of the text: Ctrl+Z brings the note back
    reading.save_note()
    assert reading.store.note(Location("doc", "alpha", "sub")).text == "Check the Uzbek term"


def test_bookmarks_and_notes_come_back_after_a_restart(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    window.open_location(SECOND)
    window.reading.bookmark_current()
    window.reading.note_on_current()
    qtbot.keyClicks(window.reading.notes_panel.editor, "typed just before closing")
    window.close()  # saves the note being typed
    again = open_window(qtbot, content)
    again.reading.show_bookmarks()
    assert bookmark_texts(again) == ["Alpha chapter › Second section"]
    assert again.reading.store.note(SECOND).text == "typed just before closing"
    assert marker_line(again).startswith("Second section")  # the last page read comes back, marked
