"""The list of case records, filtered by status and checklist, from which records are opened and deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.cases.records import RecordStatus
from tiphandbook.core.content.model import Library
from tiphandbook.core.cases.case_store import CaseStore, RecordSummary
from tiphandbook.core.interview_records import guide_id_of, is_interview
from tiphandbook.core.store.database import WriteFailed
from tiphandbook.ui.cases.case_record_view import local_time
from tiphandbook.ui.common.empty_state import EmptyState
from tiphandbook.ui.common.not_saved import show_not_saved
from tiphandbook.ui.common.texts import Retranslatable, Texts

ID_ROLE = Qt.ItemDataRole.UserRole


class RecordsWindow(Retranslatable, QWidget):
    openRequested = Signal(str)
    newRequested = Signal()
    deleted = Signal(str)

    def __init__(self, store: CaseStore, library: Library, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.library = library
        self.lang = lang
        self.texts = Texts()
        self.message: QMessageBox | None = None  # the last "not deleted" warning
        bind = self.texts.bind
        bind(self.setWindowTitle, lambda: self.tr("Case records"))
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.status = QComboBox(self)
        bind(self.status.setAccessibleName, lambda: self.tr("Status"))
        self.texts.run(self._fill_status)
        self.checklist = QComboBox(self)
        bind(self.checklist.setAccessibleName, lambda: self.tr("Checklist"))
        status_label, checklist_label = QLabel(self), QLabel(self)
        bind(status_label.setText, lambda: self.tr("Status:"))
        bind(checklist_label.setText, lambda: self.tr("Checklist:"))
        filters.addWidget(status_label)
        filters.addWidget(self.status)
        filters.addWidget(checklist_label)
        filters.addWidget(self.checklist, 1)
        layout.addLayout(filters)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        bind(self.table.setAccessibleName, lambda: self.tr("Case records"))
        self.texts.run(lambda: self.table.setHeaderLabels([
            self.tr("Case reference"), self.tr("Title"), self.tr("Checklist"), self.tr("Progress"), self.tr("Status"),
            self.tr("Last changed"),
        ]))
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemDoubleClicked.connect(lambda row, _column: self.openRequested.emit(row.data(0, ID_ROLE)))
        layout.addWidget(self.table, 1)
        self.empty = EmptyState("folder-lock", self)
        layout.addWidget(self.empty, 1)
        buttons = QHBoxLayout()
        self.new_button, self.open_button, self.delete_button = QPushButton(self), QPushButton(self), QPushButton(self)
        bind(self.new_button.setText, lambda: self.tr("New Case Record…"))
        bind(self.open_button.setText, lambda: self.tr("Open"))
        bind(self.delete_button.setText, lambda: self.tr("Delete…"))
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.status.currentIndexChanged.connect(self.refresh)
        self.checklist.currentIndexChanged.connect(self.refresh)
        self.resize(900, 480)
        self.texts.run(self.refresh)  # the rows' texts too (status, "[unreadable]"), now and after a switch

    def _fill_status(self) -> None:
        """The status filter's choices, in the interface language, keeping the one chosen."""
        chosen = max(0, self.status.currentIndex())
        self.status.blockSignals(True)
        self.status.clear()
        for text, status in ((self.tr("All"), None), (self.tr("In progress"), RecordStatus.IN_PROGRESS),
                             (self.tr("Signed off"), RecordStatus.SIGNED)):
            self.status.addItem(text, status)
        self.status.setCurrentIndex(chosen)
        self.status.blockSignals(False)

    def checklist_title(self, checklist_id: str) -> str:
        """The checklist's title, or the screening guide's for an interview; its id when it is not loaded."""
        if is_interview(checklist_id):
            guide = self.library.screening.guide(guide_id_of(checklist_id), self.lang)
            return guide.title if guide else checklist_id
        checklist = self.library.checklist(checklist_id, self.lang)
        return checklist.title if checklist else checklist_id

    def refresh(self) -> None:
        """Reload from the store: the checklists that have records, then the rows that pass the filters."""
        chosen = self.checklist.currentData()
        self.checklist.blockSignals(True)
        self.checklist.clear()
        self.checklist.addItem(self.tr("All checklists"), None)
        for checklist_id in self.store.checklist_ids():
            self.checklist.addItem(self.checklist_title(checklist_id), checklist_id)
        self.checklist.setCurrentIndex(max(0, self.checklist.findData(chosen)))
        self.checklist.blockSignals(False)
        summaries = self.store.summaries(self.status.currentData(), self.checklist.currentData())
        selected = self.selected_id()
        self.table.clear()
        for summary in summaries:
            row = self._row(summary)
            self.table.addTopLevelItem(row)
            row.setSelected(summary.id == selected)  # a refresh keeps the selection
        filtered = self.status.currentData() is not None or self.checklist.currentData() is not None
        self.empty.title.setText(self.tr("No case records match these filters.") if filtered else self.tr("No case records yet."))
        self.empty.hint.setText(self.tr("Choose “All” above to see every record.") if filtered else self.tr(
            "Start one from a checklist with New Case Record. Records are encrypted with your passphrase and stay "
            "on this computer."))
        self.empty.setVisible(not summaries)
        self.table.setVisible(bool(summaries))
        self._selection_changed()

    def _row(self, summary: RecordSummary) -> QTreeWidgetItem:
        unreadable = self.tr("[unreadable]")
        status = self.tr("Signed off") if summary.status == RecordStatus.SIGNED else self.tr("In progress")
        progress = summary.progress
        row = QTreeWidgetItem([
            summary.reference if summary.reference is not None else unreadable,
            summary.title if summary.title is not None else unreadable,
            self.checklist_title(summary.checklist_id),
            f"{progress.addressed}/{progress.total}",
            status + (" ⚠" if summary.problems or summary.changed_outside else ""),
            local_time(summary.updated),
        ])
        row.setData(0, ID_ROLE, summary.id)
        if summary.changed_outside:
            row.setToolTip(4, self.tr("This record was changed outside tiphandbook; open it for details."))
        elif summary.problems:
            row.setToolTip(4, self.tr("Parts of this record could not be decrypted: they were damaged or altered."))
        return row

    def selected_id(self) -> str | None:
        rows = self.table.selectedItems()
        return rows[0].data(0, ID_ROLE) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _open_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.openRequested.emit(record_id)

    def delete_selected(self) -> None:
        """Delete after the user confirms, naming the record so the wrong one is not removed by mistake."""
        rows = self.table.selectedItems()
        if not rows:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete case record"),
            self.tr("Delete the case record “%1” and all its notes? This cannot be undone.").replace("%1", rows[0].text(0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        record_id = rows[0].data(0, ID_ROLE)
        try:
            self.store.delete(record_id)
        except WriteFailed as exc:
            self.message = show_not_saved(self, self.tr("The case record was not deleted."), exc)
            return
        self.deleted.emit(record_id)
        self.refresh()
