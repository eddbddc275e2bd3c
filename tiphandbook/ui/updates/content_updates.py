"""Content updates from the app (File menu): open another content folder, install a content pack (a zip, e.g. from a
USB stick) under the user data folder, or go back to the bundled content. The choice is remembered in settings.

A pack is checked byte for byte against its manifest (``core/packs.py``) before anything is unpacked, and unpacked
and judged in a staging folder before it replaces anything (``core/pack_install.py``). A refused pack, a folder
without content, or content that cannot be read, whatever the error, leaves the app on the content it had and says
why. Unpacking and reading run off the GUI thread. Bookmarks, notes, quiz history and case records are keyed by ids, never by content
files, so they carry over to the new content.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from tiphandbook.core.content_choice import PACKS_FOLDER, chosen_content, is_content_folder, packs_dir, remember_content
from tiphandbook.core.paths import UserDirs, bundled_root
from tiphandbook.core.settings import Settings

if TYPE_CHECKING:
    from tiphandbook.core.content.model import Library
    from tiphandbook.ui.common.context import FeatureContext

__all__ = ["PACKS_FOLDER", "ContentUpdates", "startup_root"]


def startup_root(settings: Settings) -> tuple[Path, str | None]:
    """The content chosen last time, else the bundled content (and why, when the chosen folder has gone: a USB
    stick that is not plugged in; the choice is kept for when it is)."""
    folder = chosen_content(settings)
    if folder is None:
        return bundled_root(), None
    if is_content_folder(folder):
        return folder, None
    return bundled_root(), QCoreApplication.translate(
        "ContentUpdates", "The content folder %1 cannot be found; the bundled content is shown.").replace("%1", str(folder))


class ContentUpdates(QObject):
    switched = Signal(object)  # Path of the content now shown
    refused = Signal(str)  # why the content was not changed (also shown in a message box)

    def __init__(self, context: FeatureContext, menu: QMenu) -> None:
        super().__init__(context.window)
        self.context = context
        self.window = context.window  # the parent of the dialogs
        self.message: QMessageBox | None = None  # the last refusal shown
        self.actions = [
            self._add(menu, lambda: self.tr("Open Content &Folder…"), lambda: self.open_folder(None)),
            self._add(menu, lambda: self.tr("&Install Content Pack…"), lambda: self.install_pack(None)),
            self._add(menu, lambda: self.tr("Use &Bundled Content"), self.use_bundled),
        ]

    def _add(self, menu: QMenu, make_text: Callable[[], str], slot: Callable[[], object]) -> QAction:
        action = menu.addAction("")
        self.context.texts.bind(action.setText, make_text)
        action.triggered.connect(slot)
        return action

    # -- actions ------------------------------------------------------------------------------------------
    def open_folder(self, folder: Path | None) -> None:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self.window, self.tr("Open content folder"))
            if not chosen:
                return
            folder = Path(chosen)
        if not is_content_folder(folder):
            self._refuse(self.tr("%1 is not a content folder: it has no handbook folder.").replace("%1", str(folder)))
            return
        self._start(folder.resolve)

    def install_pack(self, pack: Path | None) -> None:
        from tiphandbook.core.pack_install import install_pack
        from tiphandbook.core.pack_signing import Trust

        if pack is None:
            chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Install content pack"), "",
                                                    self.tr("Content packs (*.zip);;All files (*)"))
            if not chosen:
                return
            pack = Path(chosen)
        dirs, allow_untrusted = UserDirs.resolve(), bool(self.context.settings["allow_untrusted_packs"])
        self._start(lambda: install_pack(pack, packs_dir(dirs), Trust.load(dirs, allow_untrusted)))

    def use_bundled(self) -> None:
        if self.context.library.root.resolve() == bundled_root().resolve():
            self.context.status(self.tr("The bundled content is already shown."), 5000)
            return
        self._start(bundled_root)

    # -- off the GUI thread, then back ----------------------------------------------------------------------
    def _start(self, prepare: Callable[[], Path]) -> None:
        """Run ``prepare`` (which gives the content folder) and read the content in a worker thread."""
        for action in self.actions:
            action.setEnabled(False)
        self.context.status(self.tr("Loading the content…"), 0)
        self.context.run_in_background("content-update", lambda _stop: self._prepare(prepare), lambda done: self._apply(*done),
                                       lambda exc: self._apply(None, f"{type(exc).__name__}: {exc}"[:300]))  # whatever the content did

    @staticmethod
    def _prepare(prepare: Callable[[], Path]) -> tuple[Path | None, Library | str]:
        from tiphandbook.core.content.loader import load_library
        from tiphandbook.core.packs import PackError

        try:
            root = prepare()
            library = load_library(root)
        except (PackError, OSError) as exc:
            return None, str(exc)
        return root, library

    def _apply(self, root: Path | None, result: Library | str) -> None:
        for action in self.actions:
            action.setEnabled(True)
        self.context.status("")
        if root is None or isinstance(result, str):
            self._refuse(str(result))
            return
        if not result.documents:
            self._refuse(self.tr("No chapter or module could be read from %1.").replace("%1", str(root)))
            return
        self.context.set_library(result)
        remember_content(self.context.settings, root)
        self.context.status(self.tr("Content loaded from %1.").replace("%1", str(root)), 10000)
        self.switched.emit(root)

    def _refuse(self, reason: str) -> None:
        """Say why, without blocking: the app goes on with the content it had."""
        self.message = QMessageBox(QMessageBox.Icon.Warning, self.tr("Content not changed"),
                                   self.tr("This content cannot be used, so the content you were reading stays as it "
                                           "was.\n\n%1").replace("%1", reason),
                                   QMessageBox.StandardButton.Ok, self.window)
        self.message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message.open()
        self.refused.emit(reason)
