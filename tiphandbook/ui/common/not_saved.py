"""One way to say that a write failed (locked, disk full, read-only): a warning the user has to dismiss, never a
"saved" or "bookmarked" that did not happen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tiphandbook.core.store.database import WriteFailed


def show_not_saved(parent: QWidget, what: str, error: WriteFailed) -> QMessageBox:
    """``what``: the user's action, e.g. "The bookmark was not added." (non-blocking; returned for tests)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("NotSaved", "Not saved"),
                      f"{what}\n\n{error}", QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
