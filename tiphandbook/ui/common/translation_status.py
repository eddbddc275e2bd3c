"""Help > Translation Status: per document, checklist and quiz, whether its Russian and Uzbek are current.

The same report as ``tiphandbook check --translations``; translators and trainers see at a glance what is missing
or out of date after an English text changed.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from tiphandbook.core.content.model import Library
from tiphandbook.core.content.translations import TRANSLATED_LANGUAGES, translation_report

STATUS_COLOURS = {"current": "#d9f2df", "outdated": "#fde7c8", "unrecorded": "#fdf8dc", "missing": "#f8d7d7"}


class TranslationStatusDialog(QDialog):
    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Translation Status"))
        names = {"current": self.tr("current"), "outdated": self.tr("out of date"),
                 "unrecorded": self.tr("source not recorded"), "missing": self.tr("missing")}
        languages = {"ru": self.tr("Russian"), "uz": self.tr("Uzbek")}
        rows = translation_report(library)
        self.table = QTableWidget(len(rows), 1 + len(TRANSLATED_LANGUAGES), self)
        self.table.setAccessibleName(self.tr("Translation status"))
        self.table.setHorizontalHeaderLabels([self.tr("English file"), *(languages[lang] for lang in TRANSLATED_LANGUAGES)])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, status in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(str(status.english.relative_to(library.root))))
            for column, lang in enumerate(TRANSLATED_LANGUAGES, start=1):
                item = QTableWidgetItem(names[status.statuses[lang]])
                item.setBackground(QBrush(QColor(STATUS_COLOURS[status.statuses[lang]])))
                item.setForeground(QBrush(QColor("#000000")))
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        current = sum(all(s == "current" for s in r.statuses.values()) for r in rows)
        summary = QLabel(self.tr("%1 of %2 texts are current in every language.").replace("%1", str(current)).replace("%2", str(len(rows))), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 600)
