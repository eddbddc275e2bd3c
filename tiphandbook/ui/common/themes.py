"""Light, dark and high-contrast themes, and following the system's colour scheme by default.

A theme is the colours of ui/common/look.py given to the widgets three ways: as the palette (on the Fusion style,
which honours palettes on every platform), through the one widget stylesheet (resources/styles/app.qss) and in
the icons; plus a stylesheet for the reading pane. Text size scales the whole application's font, not only the
reading pane.
"""

from __future__ import annotations

from functools import cache
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from tiphandbook.core.paths import resources_dir
from tiphandbook.ui.common.icons import recolour_all, svg_file
from tiphandbook.ui.common.look import Palette, palette, stylesheet_values

THEMES = ("system", "light", "dark", "high-contrast")
TEXT_SCALES = (90, 100, 115, 130, 150)

_ROLES = QPalette.ColorRole
# Keyboard focus must be visible everywhere; in high contrast it is a thick black frame around whatever has it.
# (Named again for the frames app.qss draws, whose own focus rule would otherwise win.)
_HIGH_CONTRAST_QSS = ("*:focus, QTextEdit:focus, QPlainTextEdit:focus, QAbstractItemView:focus, QLineEdit:focus "
                      "{ outline: none; border: 3px solid #000000; }")
_THEME_PROPERTY = "tiphandbook_theme"


def _palette_roles(theme: str) -> dict[QPalette.ColorRole, str]:
    """The widget palette (what Fusion draws with, where the stylesheet says nothing) from the theme's colours."""
    look = palette(theme)
    return {
        _ROLES.Window: look.window, _ROLES.WindowText: look.text, _ROLES.Base: look.surface,
        _ROLES.AlternateBase: look.window, _ROLES.Text: look.text, _ROLES.Button: look.surface,
        _ROLES.ButtonText: look.text, _ROLES.Highlight: look.selection, _ROLES.HighlightedText: look.on_selection,
        _ROLES.ToolTipBase: look.surface, _ROLES.ToolTipText: look.text, _ROLES.PlaceholderText: look.muted,
        _ROLES.Mid: look.border, _ROLES.Link: "#0000c8" if theme == "high-contrast" else look.accent,
        _ROLES.Dark: "#000000" if theme == "high-contrast" else look.border,
    }


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
    colours = app.style().standardPalette()
    for role, colour in _palette_roles(theme).items():
        colours.setColor(role, QColor(colour))
    app.setPalette(colours)
    app.setProperty(_THEME_PROPERTY, theme)
    app.setStyleSheet(widget_stylesheet(theme, app.font().pointSizeF()))
    recolour_all(palette(theme).icon)
    return reader_stylesheet(theme)


@cache
def _template() -> Template:
    return Template((resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8"))


def widget_stylesheet(theme: str, base_point_size: float) -> str:
    """The one stylesheet for every widget, filled in for a theme and the current text size."""
    values = stylesheet_values(theme, base_point_size)
    values["check_image"] = svg_file("check", palette(theme).on_accent)
    sheet = _template().substitute(values)
    return sheet + ("\n" + _HIGH_CONTRAST_QSS if theme == "high-contrast" else "")


def current_palette() -> Palette:
    """The colours of the theme in use, for the few things a stylesheet cannot reach (an item view's row text)."""
    app = QApplication.instance()
    return palette(str(app.property(_THEME_PROPERTY) or "light") if app is not None else "light")


def reader_stylesheet(theme: str) -> str:
    return (resources_dir() / "styles" / f"reader-{theme}.css").read_text(encoding="utf-8")


_BASE_SIZE = "tiphandbook_base_point_size"


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Scale every widget's text (menus, tree, dialogs), not only the reading pane."""
    font = QFont(app.font())
    font.setPointSizeF(_base_size(app) * percent / 100)
    app.setFont(font)
    # The stylesheet's type scale follows the new size; re-setting it also re-polishes widgets (they take a new font
    # only then).
    app.setStyleSheet(widget_stylesheet(str(app.property(_THEME_PROPERTY) or "light"), font.pointSizeF()))


def _base_size(app: QApplication) -> float:
    """The platform's own font size, remembered before the first scaling."""
    base = app.property(_BASE_SIZE)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_SIZE, base)
    return float(base)


def set_style_state(widget: QWidget, name: str, value: str) -> None:
    """Set a dynamic property the stylesheet picks on (``verdict``, ``primary``) and redraw the widget with it."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
