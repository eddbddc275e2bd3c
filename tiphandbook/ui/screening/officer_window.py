"""The officer's window: the current card with its guidance, the answers so far with their times, the indicators
raised, observations and notes, and at the end the summary and the referral note.

Every change is saved at once (an encrypted case record, see core/interview_records.py), so hiding, locking or a
crash loses nothing. The window title names the guide, never the case or the person.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.cases.case_store import CaseStore
from tiphandbook.core.cases.records import RecordError
from tiphandbook.core.interview_records import save_interview
from tiphandbook.core.screening.labels import label
from tiphandbook.core.screening.model import (
    REFUSES,
    STANDARD_ANSWERS,
    Card,
    Guide,
    ScreeningShelf,
)
from tiphandbook.core.screening.session import (
    InterviewSession,
    SessionError,
    SessionState,
)
from tiphandbook.core.store.database import WriteFailed
from tiphandbook.core.timestamps import utc_now
from tiphandbook.ui.common.texts import Retranslatable, Texts
from tiphandbook.ui.screening.referral_pdf import export_note, summary_html

NOTE_LANGUAGES = {"en": "English", "ru": "Русский", "uz": "Oʻzbekcha"}


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M:%S")


class OfficerWindow(Retranslatable, QWidget):
    changed = Signal()  # the session changed and was saved (the person view and the records list follow)
    linkActivated = Signal(QUrl)
    showPersonRequested = Signal()

    def __init__(self, store: CaseStore, record_id: str, session: InterviewSession, shelf: ScreeningShelf,
                 link: Callable[[str], str], describe_ref: Callable[[str], str], read_only: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store, self.record_id, self.session, self.shelf = store, record_id, session, shelf
        self.link, self.describe_ref = link, describe_ref
        self.read_only = read_only  # why the record cannot be changed, or ""
        self.force_close = False
        self.texts = Texts()
        bind = self.texts.bind
        bind(self.setWindowTitle, lambda: self.tr("Screening interview — %1").replace("%1", session.guide.title))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.stack = QStackedWidget(splitter)
        self.stack.addWidget(self._card_page())
        self.stack.addWidget(self._summary_page())
        splitter.addWidget(self.stack)
        splitter.addWidget(self._record_panel())
        splitter.setSizes([560, 460])
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        header = QLabel(self)
        bind(header.setText, lambda: self.tr("%1 · the person reads: %2").replace("%1", session.guide.title)
             .replace("%2", session.words.name))
        layout.addWidget(header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.resize(1100, 700)
        self.texts.run(self.refresh)

    # -- construction -------------------------------------------------------------------------------------
    def _card_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.section = QLabel(page)
        self.question = QLabel(page)
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.question.setFont(font)
        self.person_says = QLabel(page)
        self.person_says.setWordWrap(True)
        self.person_says.setTextFormat(Qt.TextFormat.PlainText)
        self.answer_row = QGridLayout()  # two a row: a choice card's long answers must not widen the window
        self.free_text = QLineEdit(page)
        self.texts.bind(self.free_text.setPlaceholderText, lambda: self.tr("What the person said, in your words"))
        self.free_text.returnPressed.connect(lambda: self.give("", self.free_text.text()))
        self.guidance = QTextBrowser(page)
        self.guidance.setOpenLinks(False)
        self.guidance.anchorClicked.connect(self.linkActivated)
        buttons = QHBoxLayout()
        self.person_button, self.end_button = QPushButton(page), QPushButton(page)
        self.texts.bind(self.person_button.setText, lambda: self.tr("Show to the Person…"))
        self.texts.bind(self.end_button.setText, lambda: self.tr("End Interview"))
        self.person_button.clicked.connect(self.showPersonRequested)
        self.end_button.clicked.connect(self.end)
        buttons.addWidget(self.person_button)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        for widget in (self.section, self.question, self.person_says):
            layout.addWidget(widget)
        layout.addLayout(self.answer_row)
        layout.addWidget(self.free_text)
        layout.addWidget(self.guidance, 1)
        layout.addLayout(buttons)
        self._answer_buttons: list[QPushButton] = []
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.summary = QTextBrowser(page)
        self.summary.setOpenLinks(False)
        self.summary.anchorClicked.connect(self.linkActivated)
        layout.addWidget(self.summary, 3)
        fields_box = QGroupBox(page)
        self.texts.bind(fields_box.setTitle, lambda: self.tr("Details for the referral note"))
        form = QFormLayout()
        self.note_fields: dict[str, QLineEdit] = {}
        for field in self.session.guide.note_fields:
            edit = QLineEdit(self.session.note_fields.get(field.id, ""), fields_box)
            edit.setAccessibleName(field.label)
            edit.editingFinished.connect(lambda f=field.id, e=edit: self.set_field(f, e.text()))
            name = QLabel(field.label, fields_box)
            name.setWordWrap(True)
            form.addRow(name, edit)
            self.note_fields[field.id] = edit
        inner = QWidget(fields_box)
        inner.setLayout(form)
        scroll = QScrollArea(fields_box)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(fields_box).addWidget(scroll)
        layout.addWidget(fields_box, 2)
        row = QHBoxLayout()
        second = QLabel(page)
        self.texts.bind(second.setText, lambda: self.tr("Second language of the note:"))
        self.note_language = QComboBox(page)
        self.texts.bind(self.note_language.setAccessibleName, lambda: self.tr("Second language of the note"))
        self.texts.run(self._fill_note_languages)
        second.setBuddy(self.note_language)
        self.note_button = QPushButton(page)
        self.texts.bind(self.note_button.setText, lambda: self.tr("Referral Note (PDF)…"))
        self.note_button.clicked.connect(self.export_note)
        row.addWidget(second)
        row.addWidget(self.note_language)
        row.addStretch(1)
        row.addWidget(self.note_button)
        layout.addLayout(row)
        return page

    def _fill_note_languages(self) -> None:
        chosen = self.note_language.currentData()
        self.note_language.clear()
        self.note_language.addItem(self.tr("None"), None)
        for lang, name in NOTE_LANGUAGES.items():
            if lang != self.session.guide.lang:
                self.note_language.addItem(name, lang)
        self.note_language.setCurrentIndex(max(0, self.note_language.findData(chosen)))

    def _record_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        answers_box, indicators_box, notes_box = QGroupBox(panel), QGroupBox(panel), QGroupBox(panel)
        self.texts.bind(answers_box.setTitle, lambda: self.tr("Answers so far"))
        self.texts.bind(indicators_box.setTitle, lambda: self.tr("Indicators raised"))
        self.texts.bind(notes_box.setTitle, lambda: self.tr("Observations and notes"))
        self.answers = QTreeWidget(answers_box)
        self.answers.itemActivated.connect(lambda row, _column: self.offer_correction(row))
        self.texts.bind(self.answers.setToolTip, lambda: self.tr("Double-click or Enter on an answer to correct it"))
        self.answers.setRootIsDecorated(False)
        self.texts.run(lambda: self.answers.setHeaderLabels([self.tr("Time"), self.tr("Question"), self.tr("Answer")]))
        header = self.answers.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        QVBoxLayout(answers_box).addWidget(self.answers)
        self.indicators = QListWidget(indicators_box)
        QVBoxLayout(indicators_box).addWidget(self.indicators)
        notes = QFormLayout(notes_box)
        self.observe_box = QComboBox(notes_box)
        for indicator in self.session.guide.indicators:
            self.observe_box.addItem(indicator.title, indicator.id)
        self.observe_button = QPushButton(notes_box)
        self.texts.bind(self.observe_button.setText, lambda: self.tr("Note as Observed"))
        self.observe_button.clicked.connect(self.observe)
        observed = QHBoxLayout()
        observed.addWidget(self.observe_box, 1)
        observed.addWidget(self.observe_button)
        self.note_edit = QLineEdit(notes_box)
        self.texts.bind(self.note_edit.setPlaceholderText, lambda: self.tr("A note (Enter adds it with the time)"))
        self.note_edit.returnPressed.connect(self.add_note)
        self.notes = QListWidget(notes_box)
        notes.addRow(observed)
        notes.addRow(self.note_edit)
        notes.addRow(self.notes)
        layout.addWidget(answers_box, 3)
        layout.addWidget(indicators_box, 2)
        layout.addWidget(notes_box, 3)
        return panel

    # -- what is on screen --------------------------------------------------------------------------------
    def current_card(self) -> Card | None:
        return self.session.next_card()

    def refresh(self) -> None:
        card = self.current_card()
        editable = not self.read_only
        observed = self.tr("seen by you")
        if card is None:
            self.summary.setHtml(summary_html(self.session, self.link))
            self.stack.setCurrentIndex(1)
        else:
            self.stack.setCurrentIndex(0)
            self._show_card(card, editable)
        self.answers.clear()
        for answer in self.session.answers.values():
            row = QTreeWidgetItem(self.answers, [local_time(answer.at), answer.question,
                                                 self._answer_words(answer.card, answer.value, answer.text)])
            row.setToolTip(1, answer.question)
            row.setData(0, Qt.ItemDataRole.UserRole, answer.card)
        self.indicators.clear()
        for raised in self.session.raised():
            by = observed if raised.by == ("officer",) else ", ".join(raised.by)
            self.indicators.addItem(f"{raised.title} ({by})")
        self.notes.clear()
        for at, text in self.session.notes:
            self.notes.addItem(f"{local_time(at)}  {text}")
        for observation in self.session.observations.values():
            indicator = self.session.guide.indicator(observation.indicator)
            self.notes.addItem(f"{local_time(observation.at)}  {observed}: {indicator.title if indicator else observation.indicator}")
        for widget in (self.observe_button, self.note_edit, self.end_button, self.free_text, *self.note_fields.values()):
            widget.setEnabled(editable)
        self.end_button.setEnabled(editable and self.session.state is SessionState.ASKING)
        if self.read_only:
            self.status.setText(self.read_only)

    def _show_card(self, card: Card, editable: bool) -> None:
        guide = self.session.guide
        section = next((s for s in guide.sections if any(c.id == card.id for c in s.cards)), None)
        number = [c.id for c in guide.cards()].index(card.id) + 1
        self.section.setText(f"{section.title if section else ''} · {number}/{len(guide.cards())}")
        self.question.setText(card.question)
        self.person_says.setText(self.tr("The person reads: %1").replace("%1", self.session.words.cards[card.id].says))
        for button in self._answer_buttons:  # out of the layout now: the window must not grow by the old card's
            self.answer_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._answer_buttons = []
        for n, value in enumerate(card.answers()):
            button = QPushButton(self._answer_words(card.id, value, ""), self)
            button.setProperty("answer", value)
            button.setEnabled(editable)
            button.clicked.connect(lambda _=False, v=value: self.give(v))
            self.answer_row.addWidget(button, n // 2, n % 2)
            button.show()
            self._answer_buttons.append(button)
        self.free_text.setVisible(card.kind == "text")
        self.free_text.clear()
        why, indicates, where = self.tr("Why ask:"), self.tr("What an answer may indicate:"), self.tr("In the handbook:")
        self.guidance.setHtml(f"<p><b>{why}</b> {escape(card.why)}</p><p><b>{indicates}</b> {escape(card.indicates)}</p>"
                              f"<p><b>{where}</b> {self.link(card.ref)}</p>")

    def _answer_words(self, card_id: str, value: str, text: str) -> str:
        if text:
            return text
        if value in STANDARD_ANSWERS:
            return label(value, self.session.guide.lang)
        card = self.session.guide.card(card_id)
        return (card.choice_label(value) if card else None) or value

    def answer_buttons(self) -> list[QPushButton]:
        return list(self._answer_buttons)

    # -- changes (each saved at once) ---------------------------------------------------------------------
    def give(self, value: str, text: str = "", card_id: str | None = None) -> None:
        """An answer to the current card (or ``card_id``, when it comes from the person's view)."""
        card = self.current_card()
        if self.read_only or card is None or (card_id is not None and card_id != card.id):
            return  # a tap on a card the officer has already moved past
        try:
            self.session.answer(card.id, value or ("" if text else REFUSES), text)
        except SessionError as exc:
            self.status.setText(str(exc))
            return
        self._changed()

    def stop(self) -> None:
        """The person asked to stop."""
        if not self.read_only:
            self.session.stop()
            self._changed()

    def end(self) -> None:
        if not self.read_only:
            self.session.finish()
            self._changed()

    def observe(self) -> None:
        self.session.observe(self.observe_box.currentData())
        self._changed()

    def offer_correction(self, row: QTreeWidgetItem) -> QMenu | None:
        """A tap on the wrong button is corrected here; answers that no longer apply are dropped (core rules)."""
        card = self.session.guide.card(str(row.data(0, Qt.ItemDataRole.UserRole)))
        if self.read_only or card is None or card.kind == "text":
            return None
        self.correction = QMenu(self)
        for value in card.answers():
            action = self.correction.addAction(self._answer_words(card.id, value, ""))
            action.triggered.connect(lambda _=False, v=value, c=card.id: self.correct(c, v))
        self.correction.popup(self.answers.viewport().mapToGlobal(self.answers.visualItemRect(row).center()))
        return self.correction

    def correct(self, card_id: str, value: str) -> None:
        try:
            self.session.answer(card_id, value)
        except SessionError as exc:
            self.status.setText(str(exc))
            return
        self._changed()

    def set_field(self, field_id: str, text: str) -> None:
        if not self.read_only and self.session.note_fields.get(field_id, "") != text.strip():
            self.session.set_field(field_id, text)
            self._changed()

    def add_note(self) -> None:
        self.session.add_note(self.note_edit.text())
        self.note_edit.clear()
        self._changed()

    def _changed(self) -> None:
        self.save()
        self.refresh()
        self.changed.emit()

    def save(self) -> bool:
        if self.read_only:
            return True
        try:
            save_interview(self.store, self.record_id, self.session, utc_now())
        except (RecordError, WriteFailed) as exc:
            self.status.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        self.status.setText(self.tr("Saved (encrypted) at %1.").replace("%1", local_time(utc_now())))
        return True

    def note_guides(self) -> list[Guide]:
        guides = [self.session.guide]
        second = self.note_language.currentData()
        if second and (other := self.shelf.guides.get((self.session.guide.id, second))) is not None:
            guides.append(other)
        return guides

    def export_note(self) -> None:
        path = export_note(self, self.session, self.note_guides(), self.describe_ref)
        if path is not None:
            self.status.setText(self.tr("Referral note saved to %1 (not encrypted).").replace("%1", str(path)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.save() and not self.force_close:
            event.ignore()
            return
        super().closeEvent(event)
