"""Which screen a full-screen view goes on: the projector for the classroom presenter, the screen turned towards the
person for a screening interview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QInputDialog, QWidget


def choose_screen(parent: QWidget) -> QScreen | None:
    """The only screen, or the one the trainer picks (the projector is offered first); None if cancelled."""
    screens = QGuiApplication.screens()
    if len(screens) < 2:
        return screens[0] if screens else None
    own = parent.screen()
    screens.sort(key=lambda s: s == own)  # the screen the window is not on is most likely the projector
    names = [f"{s.name()} — {s.size().width()}×{s.size().height()}" for s in screens]
    name, ok = QInputDialog.getItem(parent, QCoreApplication.translate("ClassroomView", "Present on which screen?"),
                                    QCoreApplication.translate("ClassroomView", "Screen:"), names, 0, False)
    return screens[names.index(name)] if ok else None
