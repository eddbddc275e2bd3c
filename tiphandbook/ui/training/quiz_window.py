"""A window for one quiz: choose a mode (practice, exam, review), answer, and read the result with a review of
every question. Attempts go to the user database as they happen (practice) or at the end (exam)."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from datetime import datetime, timezone
from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.content.model import Quiz
from tiphandbook.core.quiz.review_html import RefLink, result_html
from tiphandbook.core.quiz.session import Mode, QuizSession
from tiphandbook.core.store.database import WriteFailed
from tiphandbook.core.quiz.history import QuizHistory
from tiphandbook.ui.common.not_saved import show_not_saved
from tiphandbook.ui.training.question_page import QuestionPage
from tiphandbook.ui.common.icons import set_icon
from tiphandbook.ui.common.texts import Retranslatable, Texts
from tiphandbook.ui.common.themes import set_style_state


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class QuizWindow(Retranslatable, QWidget):
    linkActivated = Signal(QUrl)  # a handbook reference to open in the reader
    presentRequested = Signal(str)  # quiz id: show it on the projector
    printRequested = Signal(str, str)  # quiz id, "handout" or "answer-key"

    def __init__(
        self,
        quiz: Quiz,
        history: QuizHistory,
        lang: str,
        ref_link: RefLink,
        stylesheet: str,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.quiz = quiz
        self.history = history
        self.lang = lang
        self.ref_link = ref_link
        self._clock = clock
        self._now = now
        self.session: QuizSession | None = None
        self.attempt_id: int | None = 0  # None: this sitting could not be recorded (the user was told)
        self.not_saved: QMessageBox | None = None
        self.texts = Texts()
        self.texts.bind(self.setWindowTitle, lambda: self.tr("Quiz: %1").replace("%1", quiz.title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 680)

        self.pages = QStackedWidget(self)
        self.start_page = self._build_start_page()
        self.question_page = QuestionPage(lang, ref_link, stylesheet, self)
        self.question_page.answered.connect(self._save_try)
        self.question_page.finishRequested.connect(self.finish)
        self.question_page.linkActivated.connect(self.linkActivated)
        self.result_page = self._build_result_page(stylesheet)
        for page in (self.start_page, self.question_page, self.result_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.texts.run(self._show_progress)  # now, and again after a language switch
        self.pages.setCurrentWidget(self.start_page)
        for keys in ("Esc", "Ctrl+W"):  # close like any window; an exam under way asks first (closeEvent)
            QShortcut(QKeySequence(keys), self, self.close)
        QShortcut(QKeySequence("F5"), self, lambda: self.presentRequested.emit(self.quiz.id))  # as F5 in the main window

    # -- pages --------------------------------------------------------------------------------------------
    def _build_start_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(f"<h1>{escape(self.quiz.title)}</h1>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        summary = QLabel()  # interface text: it follows the interface language, not the quiz's
        self.texts.bind(summary.setText, lambda: self.tr("%n question(s) · pass mark %1%", "", len(self.quiz.questions))
                        .replace("%1", str(self.quiz.pass_mark)))
        self.summary = summary
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)

        self.practice_button, self.exam_button, self.review_button = QPushButton(), QPushButton(), QPushButton()
        bind = self.texts.bind
        bind(self.practice_button.setText, lambda: self.tr("&Practice"))
        bind(self.practice_button.setToolTip,
             lambda: self.tr("Feedback and the explanation after each answer; try again when you miss"))
        bind(self.exam_button.setText, lambda: self.tr("&Exam"))
        bind(self.exam_button.setToolTip, lambda: self.tr("No feedback until the end; a result with pass or fail"))
        bind(self.review_button.setToolTip, lambda: self.tr("The questions you missed, back on a spaced schedule"))
        self.time_limit = QSpinBox()
        self.time_limit.setRange(0, 240)
        bind(self.time_limit.setSpecialValueText, lambda: self.tr("no limit"))
        bind(self.time_limit.setSuffix, lambda: self.tr(" min"))
        bind(self.time_limit.setAccessibleName, lambda: self.tr("Exam time limit in minutes"))
        limit_label = QLabel()
        bind(limit_label.setText, lambda: self.tr("Exam &time limit:"))
        limit_label.setBuddy(self.time_limit)
        for button, name in ((self.practice_button, "play"), (self.exam_button, "graduation-cap"),
                             (self.review_button, "history")):
            set_icon(button, name)
        set_style_state(self.practice_button, "primary", "true")
        self.practice_button.clicked.connect(lambda: self.start("practice"))
        self.exam_button.clicked.connect(lambda: self.start("exam", self.time_limit.value() * 60))
        self.review_button.clicked.connect(lambda: self.start("review"))

        trainer = QHBoxLayout()
        for make_text, slot, icon_name in (
            (lambda: self.tr("Present in &classroom"), lambda: self.presentRequested.emit(self.quiz.id), "presentation"),
            (lambda: self.tr("Print &handout…"), lambda: self.printRequested.emit(self.quiz.id, "handout"), "printer"),
            (lambda: self.tr("Print answer &key…"), lambda: self.printRequested.emit(self.quiz.id, "answer-key"), "file-text"),
        ):
            button = QPushButton()
            bind(button.setText, make_text)
            set_icon(button, icon_name)
            button.clicked.connect(slot)
            trainer.addWidget(button)
        trainer.addStretch(1)

        modes = QGridLayout()
        modes.addWidget(self.practice_button, 0, 0)
        modes.addWidget(self.exam_button, 1, 0)
        modes.addWidget(limit_label, 1, 1)
        modes.addWidget(self.time_limit, 1, 2)
        modes.addWidget(self.review_button, 2, 0)
        modes.setColumnStretch(3, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(self.progress_label)
        layout.addSpacing(12)
        layout.addLayout(modes)
        layout.addSpacing(24)
        for_trainers = QLabel()
        bind(for_trainers.setText, lambda: self.tr("For trainers:"))
        layout.addWidget(for_trainers)
        layout.addLayout(trainer)
        layout.addStretch(1)
        return page

    def _build_result_page(self, stylesheet: str) -> QWidget:
        page = QWidget(self)
        self.result_view = QTextBrowser()
        self.result_view.setOpenLinks(False)
        self.result_view.document().setDefaultStyleSheet(stylesheet)
        self.texts.bind(self.result_view.setAccessibleName, lambda: self.tr("Result"))
        self.result_view.anchorClicked.connect(self.linkActivated)
        self.review_missed_button, again = QPushButton(), QPushButton()
        self.texts.bind(self.review_missed_button.setText, lambda: self.tr("&Review missed questions"))
        self.review_missed_button.clicked.connect(lambda: self.start("review"))
        self.texts.bind(again.setText, lambda: self.tr("&Back to the start"))
        again.clicked.connect(self.show_start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_missed_button)
        buttons.addStretch(1)
        buttons.addWidget(again)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_view)
        layout.addLayout(buttons)
        return page

    def show_start(self) -> None:
        self._show_progress()
        self.pages.setCurrentWidget(self.start_page)

    def _show_progress(self) -> None:
        """The start page's record of past attempts, and the Review button with what is due."""
        progress = self.history.progress(self.quiz, self._now())
        if progress.attempts:
            best = f"{round(progress.best_percent or 0)}%"
            text = self.tr("Your best score: %1 in %n attempt(s).", "", progress.attempts).replace("%1", best)
        else:
            text = self.tr("You have not taken this quiz yet.")
        if progress.in_review:
            text += " " + self.tr("%n question(s) due for review now.", "", progress.due)
        self.progress_label.setText(text)
        self.review_button.setText(self.tr("&Review (%n due)", "", progress.due))
        self.review_button.setEnabled(progress.due > 0)

    # -- a sitting ----------------------------------------------------------------------------------------
    def start(self, mode: Mode, time_limit: float = 0, seed: int | None = None) -> QuizSession | None:
        """Begin a sitting; ``seed`` fixes the shuffle (tests, a trainer's exam version), else it is random.
        A review with nothing due returns to the start page, which says so."""
        only = self.history.due(self.quiz, self._now()) if mode == "review" else None
        if only == []:
            self.show_start()
            return None
        self.session = QuizSession(self.quiz, mode, secrets.randbelow(2**31) if seed is None else seed, only,
                                   time_limit or None, self._clock)
        try:
            self.attempt_id = self.history.begin(self.session, self.lang, self._now())
        except WriteFailed as exc:  # the quiz can still be taken; the user knows it will not count
            self.attempt_id = None
            self.not_saved = show_not_saved(self, self.tr("This sitting will not be recorded in your history."), exc)
        self.question_page.begin(self.session)
        self.pages.setCurrentWidget(self.question_page)
        return self.session

    def _save_try(self, question_id: str) -> None:
        assert self.session is not None
        if self.attempt_id is None:
            return
        try:
            self.history.save_try(self.attempt_id, self.session, question_id, self._now())
        except WriteFailed as exc:
            self.attempt_id = None  # one warning; the rest of the sitting is not recorded either
            self.not_saved = show_not_saved(self, self.tr("Your answers from now on will not be recorded."), exc)

    def finish(self) -> None:
        assert self.session is not None
        if self.session.finished:  # the time limit and the Finish button can both ask
            return
        result = self.session.finish()
        if self.attempt_id is not None:
            try:
                result = self.history.finish(self.attempt_id, self.session, self._now())
            except WriteFailed as exc:
                self.not_saved = show_not_saved(self, self.tr("Your result was not saved in your history."), exc)
        self.result_view.setHtml(result_html(self.quiz, result, self.lang, self.ref_link))
        self.review_missed_button.setEnabled(bool(self.history.due(self.quiz, self._now())))
        self.pages.setCurrentWidget(self.result_page)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """An exam stores its answers only when it ends, so closing one half-way asks first: finish it now (the
        answers given so far count, unanswered questions as missed), leave it unrecorded, or go back to it."""
        if self._exam_under_way():
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self, self.tr("Exam not finished"),
                self.tr("This exam is not finished. Finish it now and record the result of the answers given so far? "
                        "Unanswered questions count as missed."),
                buttons.Save | buttons.Discard | buttons.Cancel, buttons.Cancel,
            )
            if answer == buttons.Cancel:
                event.ignore()
                return
            if answer == buttons.Save:
                self.finish()
        super().closeEvent(event)

    def _exam_under_way(self) -> bool:
        return (
            self.session is not None and self.session.mode == "exam" and not self.session.finished
            and self.pages.currentWidget() is self.question_page
        )
