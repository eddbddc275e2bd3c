"""Light, dark and high-contrast themes, and following the system's colour scheme by default.

A theme is a palette for the widgets (on the Fusion style, which honours palettes on every platform) plus a
stylesheet for the reading pane. Text size scales the whole application's font, not only the reading pane.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from tiphandbook.core.paths import resources_dir

THEMES = ("system", "light", "dark", "high-contrast")
TEXT_SCALES = (90, 100, 115, 130, 150)

_ROLES = QPalette.ColorRole
_PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    "dark": {
        _ROLES.Window: "#23272e", _ROLES.WindowText: "#e3e7ee", _ROLES.Base: "#1a1d22", _ROLES.AlternateBase: "#23272e",
        _ROLES.Text: "#e3e7ee", _ROLES.Button: "#2c313a", _ROLES.ButtonText: "#e3e7ee", _ROLES.Highlight: "#3d6fb6",
        _ROLES.HighlightedText: "#ffffff", _ROLES.ToolTipBase: "#2c313a", _ROLES.ToolTipText: "#e3e7ee",
        _ROLES.Link: "#8ab8ff", _ROLES.PlaceholderText: "#8b94a3", _ROLES.Mid: "#3a404b", _ROLES.Dark: "#15181c",
    },
    "high-contrast": {
        _ROLES.Window: "#ffffff", _ROLES.WindowText: "#000000", _ROLES.Base: "#ffffff", _ROLES.AlternateBase: "#f0f0f0",
        _ROLES.Text: "#000000", _ROLES.Button: "#ffffff", _ROLES.ButtonText: "#000000", _ROLES.Highlight: "#000000",
        _ROLES.HighlightedText: "#ffffff", _ROLES.ToolTipBase: "#ffffff", _ROLES.ToolTipText: "#000000",
        _ROLES.Link: "#0000c8", _ROLES.PlaceholderText: "#333333", _ROLES.Mid: "#000000", _ROLES.Dark: "#000000",
    },
}
# Keyboard focus must be visible everywhere; in high contrast it is a thick black frame. Elsewhere Fusion marks
# focused buttons, fields and tabs itself, but not text areas and lists (the reading pane, the contents, notes),
# which get a frame in the highlight colour (as wide when unfocused, so the text does not move).
_HIGH_CONTRAST_QSS = "*:focus { outline: none; border: 3px solid #000000; }"
_FOCUS_QSS = ("QTextEdit, QPlainTextEdit, QAbstractItemView { border: 2px solid palette(mid); } "
              "QTextEdit:focus, QPlainTextEdit:focus, QAbstractItemView:focus { border: 2px solid palette(highlight); }")


def effective_theme(name: str) -> str:
    """``system`` resolves to light or dark from the desktop's colour scheme."""
    if name != "system":
        return name if name in THEMES else "light"
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def apply_theme(app: QApplication, name: str) -> str:
    """Set the widgets' palette for a theme and return the reading pane's stylesheet for it."""
    theme = effective_theme(name)
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    for role, colour in _PALETTES.get(theme, {}).items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(_HIGH_CONTRAST_QSS if theme == "high-contrast" else _FOCUS_QSS)
    return reader_stylesheet(theme)


def reader_stylesheet(theme: str) -> str:
    return (resources_dir() / "styles" / f"reader-{theme}.css").read_text(encoding="utf-8")


_BASE_SIZE = "tiphandbook_base_point_size"  # the platform's own font size, remembered before the first scaling


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Scale every widget's text (menus, tree, dialogs), not only the reading pane."""
    base = app.property(_BASE_SIZE)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_SIZE, base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * percent / 100)
    app.setFont(font)
    app.setStyleSheet(app.styleSheet())  # widgets styled by the theme's style sheet take a new font only when re-polished
