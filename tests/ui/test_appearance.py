"""Themes and text size: applied at once, to the widgets and the reading pane, and remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tiphandbook.core.navigation import Location
from tiphandbook.core.settings import Settings
from tiphandbook.core.paths import UserDirs
from tests.helpers.windows import open_window


def _menu_action(window, menu_title: str, text: str):  # noqa: ANN001, ANN202
    """Find a menu entry by its visible text, as a user scanning the menus would."""
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if action.menu() and action.menu().title().replace("&", "") == menu_title:
                for choice in action.menu().actions():
                    if choice.text() == text:
                        return choice
    raise AssertionError(f"no '{text}' under '{menu_title}'")


def test_dark_and_high_contrast_themes_restyle_widgets_and_page(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    window.open_location(Location("doc", "alpha", "second"))
    app = QApplication.instance()
    _menu_action(window, "Theme", "Dark").trigger()
    assert app.palette().color(QPalette.ColorRole.Base).lightness() < 60
    assert "#1d2a3d" in window.reader.document().defaultStyleSheet()
    assert window.history.current.anchor == "second"  # the reader stays on the section
    _menu_action(window, "Theme", "High Contrast").trigger()
    assert app.palette().color(QPalette.ColorRole.Text).name() == "#000000"
    assert "border: 3px solid #000000" in window.reader.document().defaultStyleSheet()
    window.close()
    assert Settings(UserDirs.resolve().config / "settings.json")["theme"] == "high-contrast"
    _menu_action(open_window(qtbot, content), "Theme", "Light").trigger()


def test_text_size_scales_the_whole_application(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    app = QApplication.instance()
    before = app.font().pointSizeF()
    _menu_action(window, "Text Size", "150 %").trigger()
    assert abs(app.font().pointSizeF() - before * 1.5) < 0.01
    qtbot.waitUntil(lambda: abs(window.tree.font().pointSizeF() - before * 1.5) < 0.01)  # delivered by the event loop
    _menu_action(window, "Text Size", "100 %").trigger()
    assert abs(app.font().pointSizeF() - before) < 0.01
