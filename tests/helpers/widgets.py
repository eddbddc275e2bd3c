"""Driving widgets the way a user does: click, type, pick a row, answer a message box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMessageBox, QPlainTextEdit

from tiphandbook.ui.cases.case_record_view import RecordView

def click(qtbot, button: QAbstractButton) -> None:  # noqa: ANN001
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(qtbot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:  # noqa: ANN001
    """Type ASCII key by key; other scripts arrive whole, as an input method commits them (QTest types ASCII only)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):
        widget.insert(text)
    else:
        widget.insertPlainText(text)


def select_item(qtbot, view: RecordView, item_id: str) -> None:  # noqa: ANN001
    row = next(r for r in view.rows() if r.data(0, Qt.ItemDataRole.UserRole) == item_id)
    rect = view.tree.visualItemRect(row)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.item_id == item_id


def answer_message_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.text())
    box.button(button).click()
