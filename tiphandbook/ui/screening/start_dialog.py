"""Starting an interview: the guide, the person's language and a case reference (no name is needed)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from tiphandbook.core.screening.model import ScreeningShelf


class StartInterviewDialog(QDialog):
    def __init__(self, shelf: ScreeningShelf, officer_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shelf = shelf
        self.setWindowTitle(self.tr("New screening interview"))
        layout = QFormLayout(self)
        self.guide = QComboBox(self)
        for guide_id in shelf.ids():
            guide = shelf.guide(guide_id, officer_lang)
            self.guide.addItem(guide.title if guide else guide_id, guide_id)
        self.person_language = QComboBox(self)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("A case reference; no name is needed"))
        hint = QLabel(self.tr("The person's name is not asked for: the reference links the interview to the case "
                              "file. The interview is saved encrypted with the case records."), self)
        hint.setWordWrap(True)
        layout.addRow(self.tr("&Guide:"), self.guide)
        layout.addRow(self.tr("The person &reads:"), self.person_language)
        layout.addRow(self.tr("Case &reference:"), self.reference)
        layout.addRow(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self.guide.currentIndexChanged.connect(self._fill_languages)
        self.reference.textChanged.connect(self._check)
        self._fill_languages()
        self._check()

    def _fill_languages(self) -> None:
        """Each language the guide's person cards are written in, by its own name (as the person would know it)."""
        self.person_language.clear()
        guide_id = self.guide_id()
        for lang in self.shelf.person_languages(guide_id):
            words = self.shelf.person(guide_id, lang)
            self.person_language.addItem(words.name if words else lang, lang)

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.reference.text().strip()) and self.person_language.count() > 0)

    def guide_id(self) -> str:
        return str(self.guide.currentData())

    def person_lang(self) -> str:
        return str(self.person_language.currentData())

    def choose_person_language(self, lang: str) -> None:
        self.person_language.setCurrentIndex(self.person_language.findData(lang))
