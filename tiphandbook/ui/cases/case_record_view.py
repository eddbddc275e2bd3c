"""One case record: items grouped by section beside the selected item's text, handbook link, state and note;
progress and sign-off below.

The view keeps the ``CaseRecord`` the store last returned and nothing else; every edit is saved at once (a note a
second after typing stops, and whenever the user moves to another item, closes the window or the records lock),
each save one transaction. Texts the user typed are shown as plain text, never interpreted as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone
from functools import partial
from typing import cast

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.cases.records import CaseRecord, ItemState, RecordError
from tiphandbook.core.cases.templates import newer_version
from tiphandbook.core.content.model import Library
from tiphandbook.core.cases.case_store import CaseStore
from tiphandbook.core.store.database import WriteFailed
from tiphandbook.ui.cases.case_dialogs import ERROR_STYLE, NOTICE_STYLE, notice_label
from tiphandbook.ui.common.themes import current_palette
from tiphandbook.ui.cases.case_export import export_record
from tiphandbook.ui.common.texts import Retranslatable, Texts
from tiphandbook.ui.common.trees import children

NOTE_SAVE_DELAY_MS = 1000
ITEM_ROLE = Qt.ItemDataRole.UserRole
STATE_MARKS = {ItemState.OPEN: "○", ItemState.DONE: "✔", ItemState.NOT_APPLICABLE: "–"}


def local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


class RecordView(Retranslatable, QWidget):
    linkActivated = Signal(QUrl)  # a handbook section to open in the reader
    saved = Signal(str)  # record id: the list of records shows stale progress until it refreshes

    def __init__(self, store: CaseStore, record_id: str, library: Library, reference_link: Callable[[str], str],
                 reference_title: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.library = library
        self.reference_link = reference_link
        self.reference_title = reference_title  # the same reference as plain text
        self.record: CaseRecord = store.load(record_id)
        self.item_id: str | None = None
        self.texts = Texts()
        self.texts.bind(self.setWindowTitle,  # no case data in the title: it shows in the task bar
                        lambda: self.tr("Case record — %1").replace("%1", self.record.template.title))
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.save)

        self.force_close = False  # set when the records lock: the window closes even with a change not saved
        self._retry: Callable[[], bool] | None = None  # the save that failed, for "Try Again"
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_unsaved_bar())
        layout.addLayout(self._build_header())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_tree())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._build_sign_off())
        self.resize(1100, 720)
        self.texts.run(self._show_again)  # now, and after a language switch
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(children(first)[0])

    # -- construction -------------------------------------------------------------------------------------
    def _build_unsaved_bar(self) -> QWidget:
        """Shown while a change could not be saved (the database locked by another program, a full disk): the
        change stays on screen until it is saved with Try Again or the user closes without it."""
        self.unsaved_bar = QWidget(self)
        row = QHBoxLayout(self.unsaved_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.unsaved = notice_label("", self.unsaved_bar, ERROR_STYLE)
        self.retry_button, self.discard_button = QPushButton(self.unsaved_bar), QPushButton(self.unsaved_bar)
        self.texts.bind(self.retry_button.setText, lambda: self.tr("Try Again"))
        self.texts.bind(self.discard_button.setText, lambda: self.tr("Close Without Saving"))
        self.retry_button.clicked.connect(self.retry)
        self.discard_button.clicked.connect(self._discard)
        row.addWidget(self.unsaved, 1)
        row.addWidget(self.retry_button)
        row.addWidget(self.discard_button)
        self.unsaved_bar.hide()
        return self.unsaved_bar

    def _build_header(self) -> QVBoxLayout:
        header = QVBoxLayout()
        self.reference = self._plain_label()
        font = QFont(self.reference.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.reference.setFont(font)
        self.case_title = self._plain_label()
        self.meta = self._plain_label()
        self.newer = notice_label("", self)
        self.problems = notice_label("", self, ERROR_STYLE)
        self.progress = QProgressBar(self)
        self.texts.bind(self.progress.setAccessibleName, lambda: self.tr("Progress"))
        for widget in (self.reference, self.case_title, self.meta, self.newer, self.problems, self.progress):
            header.addWidget(widget)
        return header

    def _build_tree(self) -> QTreeWidget:
        self.tree = QTreeWidget(self)
        self.texts.run(lambda: self.tree.setHeaderLabels([self.tr("Item"), self.tr("State"), self.tr("Changed")]))
        self.texts.bind(self.tree.setAccessibleName, lambda: self.tr("Checklist items"))
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        for section in self.record.template.sections:
            parent = QTreeWidgetItem(self.tree, [section.title])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.setFirstColumnSpanned(True)
            bold = QFont(parent.font(0))
            bold.setBold(True)
            parent.setFont(0, bold)
            for item in section.items:
                row = QTreeWidgetItem(parent, [item.text])
                row.setData(0, ITEM_ROLE, item.id)
            parent.setExpanded(True)
        self.tree.currentItemChanged.connect(self._item_chosen)
        return self.tree

    def _build_detail(self) -> QWidget:
        detail = QWidget(self)
        column = QVBoxLayout(detail)
        self.item_text = self._plain_label()
        bold = QFont(self.item_text.font())
        bold.setBold(True)
        self.item_text.setFont(bold)
        self.item_help = self._plain_label()
        self.item_link = QLabel(detail)
        self.item_link.setTextFormat(Qt.TextFormat.RichText)  # content-rendered link, escaped by the renderer
        self.item_link.setWordWrap(True)
        self.item_link.linkActivated.connect(lambda href: self.linkActivated.emit(QUrl(href)))
        states = QHBoxLayout()
        self.state_group = QButtonGroup(self)
        self.state_buttons: dict[ItemState, QRadioButton] = {}
        for state in ItemState:
            button = QRadioButton(detail)
            self.texts.bind(button.setText, partial(self.state_name, state))
            self.state_group.addButton(button)
            self.state_buttons[state] = button
            states.addWidget(button)
        states.addStretch(1)
        self.state_group.buttonClicked.connect(lambda _button: self.save())
        self.note = QPlainTextEdit(detail)
        self.texts.bind(self.note.setAccessibleName, lambda: self.tr("Note"))
        self.texts.bind(self.note.setPlaceholderText,
                        lambda: self.tr("Note: refer to victims and witnesses by initials or a code only."))
        self.note.textChanged.connect(self._note_edited)
        self.note_problem = notice_label("", detail, ERROR_STYLE)
        self.texts.bind(self.note_problem.setText, lambda: self.tr(
            "The stored note could not be decrypted: it was damaged or altered, so it is not shown. A new note "
            "replaces it."))
        self.changed = self._plain_label()
        for widget in (self.item_text, self.item_help, self.item_link):
            column.addWidget(widget)
        column.addLayout(states)
        column.addWidget(self.note_problem)
        column.addWidget(self.note, 1)
        column.addWidget(self.changed)
        return detail

    def _build_sign_off(self) -> QGroupBox:
        box = QGroupBox(self)
        bind = self.texts.bind
        bind(box.setTitle, lambda: self.tr("Sign-off"))
        column = QVBoxLayout(box)
        self.required_flag = notice_label("", box, ERROR_STYLE)
        self.signed = notice_label("", box, NOTICE_STYLE)
        self.signed.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        self.signer = QLineEdit(box)
        bind(self.signer.setAccessibleName, lambda: self.tr("Signed off by"))
        self.sign_date = QDateEdit(QDate.currentDate(), box)
        self.sign_date.setCalendarPopup(True)
        bind(self.sign_date.setAccessibleName, lambda: self.tr("Sign-off date"))
        signer_label, date_label = QLabel(box), QLabel(box)
        bind(signer_label.setText, lambda: self.tr("Signed off by:"))
        bind(date_label.setText, lambda: self.tr("Date:"))
        form.addRow(signer_label, self.signer)
        form.addRow(date_label, self.sign_date)
        buttons = QHBoxLayout()
        self.sign_button, self.export_markdown_button, self.export_pdf_button = (QPushButton(box) for _ in range(3))
        bind(self.sign_button.setText, lambda: self.tr("Sign Off"))
        bind(self.export_markdown_button.setText, lambda: self.tr("Export Markdown…"))
        bind(self.export_pdf_button.setText, lambda: self.tr("Export PDF…"))
        self.sign_button.clicked.connect(self.sign_off)
        self.export_markdown_button.clicked.connect(lambda: self.export(pdf=False))
        self.export_pdf_button.clicked.connect(lambda: self.export(pdf=True))
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_markdown_button)
        buttons.addWidget(self.export_pdf_button)
        self.sign_form = QWidget(box)
        self.sign_form.setLayout(form)
        for widget in (self.required_flag, self.signed, self.sign_form):
            column.addWidget(widget)
        column.addLayout(buttons)
        return box

    def _plain_label(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never read as HTML
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- showing ------------------------------------------------------------------------------------------
    def state_name(self, state: ItemState) -> str:
        return {ItemState.OPEN: self.tr("Open"), ItemState.DONE: self.tr("Done"),
                ItemState.NOT_APPLICABLE: self.tr("Not applicable")}[state]

    def _show_again(self) -> None:
        """Show the whole record (after a language switch: in the new language), keeping a note being typed."""
        if self.save():
            self._show_record()

    def _show_record(self) -> None:
        record = self.record
        unreadable = self.tr("[unreadable]")
        self.reference.setText(record.reference if record.reference is not None else unreadable)
        self.case_title.setText(record.title if record.title is not None else unreadable)
        self.case_title.setVisible(bool(record.title) or record.title is None)
        self.meta.setText(self.tr("%1 · template version %2 · started %3")
                          .replace("%1", record.template.title).replace("%2", str(record.template.version))
                          .replace("%3", local_time(record.created)))
        newer = newer_version(record.template, self.library)
        self.newer.setText(self.tr("A newer version of this checklist (version %1) is available. This record keeps "
                                   "the version it was started from, so nothing in it has changed.")
                           .replace("%1", str(newer)))
        self.newer.setVisible(newer is not None)
        self.problems.setText("\n\n".join(self.problem_texts(record)))
        self.problems.setVisible(bool(record.problems) or record.changed_outside is not None)
        progress = record.progress()
        self.progress.setRange(0, progress.total)
        self.progress.setValue(progress.addressed)
        self.progress.setFormat(self.tr("%1 of %2 items addressed").replace("%1", str(progress.addressed))
                                .replace("%2", str(progress.total)))
        for row in self.rows():
            self._show_row(row)
        for column in (1, 2):
            self.tree.resizeColumnToContents(column)
        self._show_sign_off()
        self._show_item()

    def problem_texts(self, record: CaseRecord) -> list[str]:
        texts = []
        if record.changed_outside is not None:
            outside = record.changed_outside
            texts.append((self.tr("This record was changed outside tiphandbook on or after %1.").replace("%1", local_time(outside.since))
                           if outside.since else self.tr("This record was changed outside tiphandbook."))
                          + " " + self.tr("It is shown as stored and can no longer be changed; the other records are "
                                          "not affected. “tiphandbook data check” lists every altered record."))
        if record.problems:
            texts.append(self.tr("Some parts of this record could not be decrypted because they were damaged or "
                                 "altered, and are not shown: %1.").replace("%1", "; ".join(record.problems)))
        return texts

    def rows(self) -> list[QTreeWidgetItem]:
        """The items' rows, section after section, as the tree shows them."""
        return [row for section in children(self.tree.invisibleRootItem()) for row in children(section)]

    def _show_row(self, row: QTreeWidgetItem) -> None:
        item = self.record.template.item(row.data(0, ITEM_ROLE))
        assert item is not None
        entry = self.record.entry(item.id)
        row.setText(0, item.text + (self.tr(" (required)") if item.required else ""))
        row.setToolTip(0, "\n\n".join(text for text in (item.text, entry.note) if text))
        row.setText(1, STATE_MARKS[entry.state])
        row.setToolTip(1, self.state_name(entry.state))
        row.setData(1, Qt.ItemDataRole.AccessibleTextRole, self.state_name(entry.state))
        row.setText(2, local_time(entry.changed))
        flagged = item.required and entry.state == ItemState.OPEN
        row.setForeground(0, QBrush(QColor(current_palette().wrong)) if flagged else QBrush())

    def _show_sign_off(self) -> None:
        record = self.record
        editable = record.editable
        missing = record.open_required()
        names = "; ".join(i.text for i in missing) if len(missing) <= 3 else self.tr("shown in red in the list")
        self.required_flag.setText(self.tr("Still open and required before sign-off (%1): %2")
                                   .replace("%1", str(len(missing))).replace("%2", names))
        self.required_flag.setVisible(editable and bool(missing))
        self.sign_form.setVisible(editable)
        self.sign_button.setVisible(editable)
        self.sign_button.setEnabled(not missing)
        self.sign_button.setToolTip(self.tr("Mark every required item done or not applicable first.") if missing else "")
        if record.sign_off is not None:
            unreadable = self.tr("[unreadable]")
            name = record.sign_off.name if record.sign_off.name is not None else unreadable
            on = record.sign_off.on.isoformat() if record.sign_off.on else unreadable
            self.signed.setText(self.tr("Signed off by %1 on %2. A signed record can no longer be changed.")
                                .replace("%1", name).replace("%2", on))
        self.signed.setVisible(record.sign_off is not None)
        for button in self.state_buttons.values():
            button.setEnabled(editable)
        self.note.setReadOnly(not editable)

    def _show_item(self) -> None:
        """The selected item's text, help, link, state, note and time (signals blocked: showing is not editing)."""
        item = self.record.template.item(self.item_id) if self.item_id else None
        entry = self.record.entry(self.item_id) if self.item_id else None
        self.item_text.setText(item.text if item else self.tr("Choose an item on the left."))
        self.item_help.setText(item.help if item else "")
        self.item_help.setVisible(bool(item and item.help))
        self.item_link.setText(self.tr("Read in the handbook: %1").replace("%1", self.reference_link(item.ref))
                               if item and item.ref else "")
        self.item_link.setVisible(bool(item and item.ref))
        for state, button in self.state_buttons.items():
            button.setChecked(entry is not None and entry.state == state)
        note = (entry.note or "") if entry else ""
        if self.note.toPlainText() != note:  # after a save they are equal: the cursor stays where the user types
            self.note.blockSignals(True)
            self.note.setPlainText(note)
            self.note.blockSignals(False)
        self.note.setEnabled(item is not None)
        self.note_problem.setVisible(entry is not None and entry.note is None)
        self.changed.setText(self.tr("Last changed: %1").replace("%1", local_time(entry.changed))
                             if entry and entry.changed else "")

    # -- editing ------------------------------------------------------------------------------------------
    def _item_chosen(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if not self.save():  # the note typed for the item being left stays on screen until it is saved
            self.tree.blockSignals(True)
            if previous is None:
                self.tree.setCurrentIndex(QModelIndex())
            else:
                self.tree.setCurrentItem(previous)
            self.tree.blockSignals(False)
            return
        item_id = current.data(0, ITEM_ROLE) if current is not None else None
        self.item_id = item_id if isinstance(item_id, str) else None
        self._show_item()

    def _note_edited(self) -> None:
        self._note_timer.start()

    def chosen_state(self) -> ItemState:
        return next((s for s, b in self.state_buttons.items() if b.isChecked()), ItemState.OPEN)

    def save(self) -> bool:
        """Store the selected item's state and note if they differ from what is stored; False when a change could
        not be stored (it stays on screen, with the reason and Try Again)."""
        self._note_timer.stop()
        if self.item_id is None or self.note.isReadOnly():
            return True
        entry = self.record.entry(self.item_id)
        state, note = self.chosen_state(), self.note.toPlainText()
        if state == entry.state and note == (entry.note or ""):
            return True
        try:
            self.record = self.store.set_item(self.record.id, self.item_id, state, note, datetime.now(timezone.utc))
        except RecordError as exc:
            self.problems.setText(str(exc))
            self.problems.show()
            return True  # refused for good: trying again would not help
        except WriteFailed as exc:
            return self._not_saved(exc, self.save)
        self._saved()
        return True

    def sign_off(self) -> bool:
        if not self.save():
            return False
        try:
            self.record = self.store.sign_off(self.record.id, self.signer.text(), cast(date, self.sign_date.date().toPython()),
                                              datetime.now(timezone.utc))
        except RecordError as exc:
            self.required_flag.setText(str(exc))
            self.required_flag.show()
            return True
        except WriteFailed as exc:
            return self._not_saved(exc, self.sign_off)
        self._saved()
        return True

    def _saved(self) -> None:
        self._retry = None
        self.unsaved_bar.hide()
        self._show_record()
        self.saved.emit(self.record.id)

    def _not_saved(self, error: WriteFailed, retry: Callable[[], bool]) -> bool:
        self._retry = retry
        self.unsaved.setText(self.tr("Your last change is not saved yet: %1 It is still shown here; try again in a "
                                     "moment.").replace("%1", str(error)))
        self.unsaved_bar.show()
        return False

    def retry(self) -> bool:
        return self._retry() if self._retry is not None else True

    def _discard(self) -> None:
        self.force_close = True
        self.close()

    def export(self, pdf: bool) -> None:
        self.save()
        path = export_record(self, self.record, pdf, self.describe_ref)
        if path is not None:
            self.changed.setText(self.tr("Exported to %1 (not encrypted).").replace("%1", str(path)))

    def describe_ref(self, ref: str) -> str:
        """The section's "Chapter › Section" title as plain text, for the export."""
        return self.reference_title(ref)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """A change that cannot be saved keeps the window open (the bar says why), unless the user closes without
        it or the records lock."""
        if not self.save() and not self.force_close:
            event.ignore()
            return
        super().closeEvent(event)

