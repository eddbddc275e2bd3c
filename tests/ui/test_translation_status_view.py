"""Help > Translation Status shows, per text and language, what is current, out of date or missing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tiphandbook.ui.common.translation_status import TranslationStatusDialog
from tests.helpers.windows import open_window


def test_the_dialog_lists_each_text_with_its_status(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    dialog = TranslationStatusDialog(window.library, window)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    assert rows["handbook/part-one/02-beta.en.md"] == ("missing", "missing")
    assert rows["handbook/part-one/01-alpha.en.md"] == ("source not recorded", "source not recorded")


def test_the_help_menu_opens_it(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(100, close_it)
    window.translation_status_action.trigger()
    assert seen == ["Translation Status"]
