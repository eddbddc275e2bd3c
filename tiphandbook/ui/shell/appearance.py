"""View > Interface Language, Theme and Text Size: each applies at once, without a restart, and is remembered."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from tiphandbook.core.settings import Settings
from tiphandbook.ui.common.i18n import INTERFACE_LANGUAGES, Translators
from tiphandbook.ui.common.texts import Texts
from tiphandbook.ui.common.themes import TEXT_SCALES, THEMES, apply_text_scale, apply_theme


class Appearance(QObject):
    themeChanged = Signal(str)  # the reading pane's stylesheet in the new theme

    def __init__(self, parent: QWidget, texts: Texts, settings: Settings, translators: Translators | None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.texts = texts
        self.settings = settings
        self.translators = translators

    def add_menus(self, view_menu: QMenu) -> None:
        current = self.interface_language()
        self._choices(self._menu(view_menu, lambda: self.tr("Interface &Language")),
                      [(tag, partial(str, name)) for tag, name in INTERFACE_LANGUAGES.items()], current,
                      self.set_interface_language)
        theme_names = {"system": lambda: self.tr("Follow the System"), "light": lambda: self.tr("Light"),
                       "dark": lambda: self.tr("Dark"), "high-contrast": lambda: self.tr("High Contrast")}
        self._choices(self._menu(view_menu, lambda: self.tr("&Theme")), [(t, theme_names[t]) for t in THEMES],
                      self.settings["theme"], self.set_theme)
        self._choices(self._menu(view_menu, lambda: self.tr("Text &Size")),
                      [(str(p), partial(str.format, "{} %", p)) for p in TEXT_SCALES], str(self.settings["text_scale"]),
                      lambda p: self.set_text_scale(int(p)))

    def _menu(self, view_menu: QMenu, make_title: Callable[[], str]) -> QMenu:
        menu = QMenu(self.parent_widget)
        self.texts.bind(menu.setTitle, make_title)
        view_menu.addMenu(menu)
        return menu

    def _choices(self, menu: QMenu, options: list[tuple[str, Callable[[], str]]], current: str,
                 choose: Callable[[str], None]) -> None:
        """A group of exclusive, checkable menu entries (one per option value)."""
        group = QActionGroup(self)
        for value, make_text in options:
            action = QAction(self.parent_widget)
            action.setCheckable(True)
            action.setChecked(value == current)
            self.texts.bind(action.setText, make_text)
            action.triggered.connect(lambda _=False, v=value: choose(v))
            group.addAction(action)
            menu.addAction(action)

    def interface_language(self) -> str:
        return self.translators.language if self.translators else "en"

    def set_interface_language(self, tag: str) -> None:
        if self.translators is not None and self.translators.switch(tag):
            self.settings["interface_language"] = tag

    def set_theme(self, name: str) -> None:
        """Apply a theme to the widgets; the window re-draws the reading pane in it (``themeChanged``)."""
        self.settings["theme"] = name
        self.themeChanged.emit(apply_theme(_app(), name))

    def set_text_scale(self, percent: int) -> None:
        self.settings["text_scale"] = percent
        apply_text_scale(_app(), percent)


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
