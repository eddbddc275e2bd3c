"""The bundled icons (Lucide, ISC licence: resources/icons/lucide/), drawn in the theme's icon colour.

The SVGs are monochrome line drawings in ``currentColor``; each is recoloured for the theme when drawn. A widget or
action asks for an icon by name through ``set_icon``, which remembers the name on the object, so a theme switch
recolours every icon on screen (``recolour_all``) without any widget knowing about themes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from tiphandbook.core.paths import resources_dir
from tiphandbook.ui.common.look import ICON_SIZE

ICON_PROPERTY = "tiphandbook_icon"  # the icon's name, kept on the widget or action that shows it
_COLOUR_PROPERTY = "tiphandbook_icon_colour"  # the colour icons are drawn in now (set on the application)


def icon_dir() -> Path:
    return resources_dir() / "icons" / "lucide"


@cache
def _svg(name: str) -> str:
    return (icon_dir() / f"{name}.svg").read_text(encoding="utf-8")


@cache
def pixmap(name: str, colour: str, size: int = ICON_SIZE) -> QPixmap:
    """The icon drawn at ``size`` pixels (twice that for sharp high-DPI screens) in ``colour``; an empty pixmap for
    a name not bundled (a missing icon leaves a text-only button, never an error)."""
    try:
        svg = _svg(name)
    except OSError:
        return QPixmap()
    scale = 2
    drawn = (svg.replace("currentColor", colour)
             .replace('width="24"', f'width="{size * scale}"').replace('height="24"', f'height="{size * scale}"'))
    image = QPixmap()
    image.loadFromData(QByteArray(drawn.encode("utf-8")), "SVG")
    image.setDevicePixelRatio(scale)
    return image


def svg_file(name: str, colour: str) -> str:
    """The icon recoloured, as a file in the user's cache, for stylesheets (which take images only as files); ""
    when it cannot be written (a read-only home), so the stylesheet falls back to its plain shapes."""
    from tiphandbook.core.paths import UserDirs

    target = UserDirs.resolve().cache / "icons" / f"{name}-{colour.lstrip('#')}.svg"
    try:
        if not (icon_dir() / f"{name}.svg").is_file():
            return ""
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_svg(name).replace("currentColor", colour), encoding="utf-8")
    except OSError:
        return ""
    return target.as_posix()


def icon(name: str, size: int = ICON_SIZE) -> QIcon:
    """From the recoloured file when it can be written: Qt then draws it only when it is first shown, so the
    menus' icons cost start-up nothing."""
    path = svg_file(name, current_colour())
    return QIcon(path) if path else QIcon(pixmap(name, current_colour(), size))


def current_colour() -> str:
    app = QApplication.instance()
    colour = app.property(_COLOUR_PROPERTY) if app is not None else None
    return str(colour) if colour else "#3b4452"


def set_icon(target: QObject, name: str, size: int = ICON_SIZE) -> None:
    """Give an action, a button or a label an icon, and remember it for theme switches."""
    target.setProperty(ICON_PROPERTY, f"{name}:{size}")
    _draw(target)


def _draw(target: QObject) -> None:
    name, _, size = str(target.property(ICON_PROPERTY)).partition(":")
    if isinstance(target, QLabel):
        target.setPixmap(pixmap(name, current_colour(), int(size)))
    elif isinstance(target, (QAction, QAbstractButton)):
        target.setIcon(icon(name, int(size)))


def recolour_all(colour: str) -> None:
    """Draw every icon on screen in ``colour`` (a new theme)."""
    app = QApplication.instance()
    if app is None or app.property(_COLOUR_PROPERTY) == colour:
        return
    app.setProperty(_COLOUR_PROPERTY, colour)
    for widget in QApplication.allWidgets():
        if widget.property(ICON_PROPERTY):
            _draw(widget)
        for action in widget.actions():
            if action.property(ICON_PROPERTY):
                _draw(action)
