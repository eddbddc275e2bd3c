"""What an empty list shows instead of a blank box: an icon, what would be here, and how to get it there.

Styled by object name in resources/styles/app.qss; the owner binds the texts (they follow the interface language)
and shows this in place of the list while the list is empty.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tiphandbook.ui.common.icons import ICON_PROPERTY, set_icon
from tiphandbook.ui.common.look import ICON_SIZE, SPACING


class EmptyState(QWidget):
    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty-state")
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("empty-state-title")
        self.hint = QLabel(self)
        self.hint.setObjectName("empty-state-hint")
        for label in (self.title, self.hint):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.set_icon(icon_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING["l"], SPACING["xl"], SPACING["l"], SPACING["xl"])
        layout.setSpacing(SPACING["s"])
        layout.addStretch(1)
        layout.addWidget(self.icon)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addStretch(2)

    def set_icon(self, name: str) -> None:
        """Drawn when first shown: most empty states are on tabs and panels a user may never open."""
        self._icon_name = name
        if self.isVisible():
            set_icon(self.icon, name, ICON_SIZE * 2)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self.icon.property(ICON_PROPERTY) != f"{self._icon_name}:{ICON_SIZE * 2}":
            set_icon(self.icon, self._icon_name, ICON_SIZE * 2)
        super().showEvent(event)

    def text(self) -> str:
        """Everything it says, as a screen reader would read it."""
        return f"{self.title.text()} {self.hint.text()}".strip()
