"""The Help menu's dialogs and the list of content problems: each reads what it shows when it opens, so none can
drift from the menus or the content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMainWindow, QMessageBox, QPlainTextEdit, QVBoxLayout

if TYPE_CHECKING:
    from tiphandbook.ui.common.context import FeatureContext


class HelpDialogs(QObject):
    def __init__(self, window: QMainWindow, context: FeatureContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context

    def show_content_problems(self) -> None:
        library = self.context.library
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Content problems"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("These content files have errors. The items concerned were skipped; the rest of the content is available."), dialog))
        text = QPlainTextEdit(dialog)
        text.setReadOnly(True)
        text.setPlainText("\n".join(e.format(library.root) for e in library.errors))
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(800, 400)
        dialog.exec()

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts, read from the menus' actions at the time (so the list never drifts)."""
        from tiphandbook.ui.common.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.window.menuBar(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_translation_status(self) -> None:
        from tiphandbook.ui.common.translation_status import TranslationStatusDialog

        TranslationStatusDialog(self.context.library, self.window).exec()

    def show_about(self) -> None:
        QMessageBox.about(self.window, self.tr("About tiphandbook"), self.about_text())

    def about_text(self) -> str:
        """The version, the content edition, the legal review's state and the licences."""
        from tiphandbook import __version__
        from tiphandbook.core.review.status import review_summary
        from tiphandbook.ui.common.about import edition_text, licences_text

        text = self.tr(
            "tiphandbook %1\n\nAn offline handbook and training tool for trafficking in persons cases.\n"
            "Training edition: the official legal texts prevail. Nothing you do in this app leaves this computer."
        ).replace("%1", __version__)
        library = self.context.library
        text += "\n\n" + edition_text(library)
        if library is not None:  # the content's own words, in the content language, like the pages
            text += "\n\n" + review_summary(library, self.context.lang)
        return text + "\n\n" + licences_text()
