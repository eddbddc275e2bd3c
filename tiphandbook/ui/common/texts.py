"""Texts that follow the interface language: each is bound once as (setter, maker) and re-made on LanguageChange.

Binding replaces the usual hand-written ``retranslateUi`` list, which drifts from the widgets it should cover.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from tiphandbook.ui.common.icons import set_icon


class Texts:
    def __init__(self) -> None:
        self._bindings: list[tuple[Callable[[str], object], Callable[[], str]]] = []

    def bind(self, setter: Callable[[str], object], make: Callable[[], str]) -> None:
        """Show ``make()`` through ``setter`` now and again after every language switch."""
        self._bindings.append((setter, make))
        setter(make())

    def run(self, rebuild: Callable[[], object]) -> None:
        """For texts that are not one setter (a combo box's items): call ``rebuild`` now and after every switch."""
        self.bind(lambda _text: rebuild(), lambda: "")

    def refresh(self) -> None:
        for setter, make in self._bindings:
            setter(make())


class Retranslatable:
    """Mixin for a widget whose texts are bound in ``self.texts``: re-made when the interface language changes."""

    texts: Texts

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.refresh()
        super().changeEvent(event)  # type: ignore[misc]


def add_menu_action(menu: QMenu, texts: Texts, make_text: Callable[[], str], keys: str, slot: Callable[[], object],
                    icon: str = "") -> QAction:
    """A menu entry whose text follows the interface language; ``keys`` is its shortcut, or empty for none;
    ``icon`` the name of a bundled icon (ui/common/icons.py), or empty for none."""
    action = menu.addAction("")
    if icon:
        set_icon(action, icon)
    texts.bind(action.setText, make_text)
    if keys:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(slot)
    return action
