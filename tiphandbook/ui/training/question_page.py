"""Asks a session's questions one at a time. Practice and review mark each answer on Check and show feedback,
the explanation and a link to the handbook section; an exam only moves between questions until it is finished."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.review_html import RefLink, feedback_html
from tiphandbook.core.quiz.session import QuizSession
from tiphandbook.ui.training.answer_inputs import AnswerInput, make_input, show_text
from tiphandbook.core.quiz.marks import is_full_marks
from tiphandbook.ui.common.icons import set_icon
from tiphandbook.ui.common.texts import Retranslatable, Texts
from tiphandbook.ui.common.themes import set_style_state


class QuestionPage(Retranslatable, QWidget):
    answered = Signal(str)  # practice and review: a try to store at once (question id)
    finishRequested = Signal()
    linkActivated = Signal(QUrl)

    def __init__(self, lang: str, ref_link: RefLink, stylesheet: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.ref_link = ref_link
        self.session: QuizSession | None = None
        self.index = 0
        self.input: AnswerInput | None = None
        self.texts = Texts()

        self.position = QLabel()
        self.clock = QLabel()
        self.texts.bind(self.clock.setAccessibleName, lambda: self.tr("Time left"))
        header = QHBoxLayout()
        header.addWidget(self.position, 1)
        header.addWidget(self.clock)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.prompt.setFont(font)
        self.input_area = QScrollArea()
        self.input_area.setWidgetResizable(True)
        self.input_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.texts.bind(self.input_area.setAccessibleName, lambda: self.tr("Answer"))
        self.feedback = QTextBrowser()
        self.feedback.setOpenLinks(False)
        self.feedback.document().setDefaultStyleSheet(stylesheet)
        self.texts.bind(self.feedback.setAccessibleName, lambda: self.tr("Feedback"))
        self.feedback.anchorClicked.connect(self.linkActivated)
        self.feedback.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.hint = QLabel()

        self.previous_button, self.check_button, self.retry_button, self.next_button, self.finish_button = (
            QPushButton() for _ in range(5)
        )
        self.texts.bind(self.previous_button.setText, lambda: self.tr("← &Previous"))
        self.texts.bind(self.check_button.setText, lambda: self.tr("&Check"))
        self.texts.bind(self.retry_button.setText, lambda: self.tr("&Try again"))
        self.texts.bind(self.next_button.setText, lambda: self.tr("&Next →"))
        self.texts.bind(self.finish_button.setText, self._finish_text)
        self.texts.run(self._retranslate_answer)
        for button, name in ((self.check_button, "circle-check"), (self.retry_button, "rotate-ccw"),
                             (self.finish_button, "flag")):
            set_icon(button, name)
        set_style_state(self.check_button, "primary", "true")
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.check_button.clicked.connect(self.check)
        self.retry_button.clicked.connect(self.retry)
        self.finish_button.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hint)
        for button in (self.check_button, self.retry_button, self.next_button, self.finish_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.prompt)
        layout.addWidget(self.input_area, 2)
        layout.addWidget(self.feedback, 3)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    # -- moving -------------------------------------------------------------------------------------------
    def _finish_text(self) -> str:
        return self.tr("&Finish exam") if self.session is not None and self.session.mode == "exam" else self.tr("&Finish")

    def _retranslate_answer(self) -> None:
        """The answer widget carries interface text too (Move up, Type your answer): make it again, keeping what
        was chosen or typed, and the clock."""
        if self.session is None or self.input is None:
            return
        response = self.input.response()
        self.show_question(self.index)
        if response is not None and self.input is not None and self.session.can_answer(self._question().id):
            self.input.set_response(response)
        self.tick()

    def begin(self, session: QuizSession) -> None:
        self.session = session
        self.finish_button.setText(self._finish_text())
        self.show_question(0)
        if session.time_left() is not None:
            self.timer.start()
            self.tick()
        else:
            self.timer.stop()
            self.clock.clear()

    def show_question(self, index: int) -> None:
        session = self._session()
        self.index = index
        question = session.questions[index]
        self.position.setText(self.tr("Question %1 of %2").replace("%1", str(index + 1))  # interface text
                              .replace("%2", str(len(session.questions))))
        show_text(self.prompt, question.prompt, question.text_format)
        self.input = make_input(question, session.presentation.order(question), self.lang)
        self.input.submitted.connect(self._submitted)
        latest = session.latest(question.id)
        if latest is not None:
            self.input.set_response(latest.response)
        self.input_area.setWidget(self.input)
        self.hint.clear()
        self._refresh()
        self.input.setFocus()

    def go(self, step: int) -> None:
        target = self.index + step
        if 0 <= target < len(self._session().questions):
            self._keep_exam_answer()
            self.show_question(target)

    def check(self) -> None:
        """Practice and review: mark the answer now and show why."""
        session, question = self._session(), self._question()
        response = self.input.response() if self.input else None
        if response is None:
            self.hint.setText(self.tr("Choose or type an answer first."))
            return
        session.answer(question.id, response)
        self.answered.emit(question.id)
        self._refresh()

    def retry(self) -> None:
        self._session().retry(self._question().id)
        self._refresh()
        if self.input:
            self.input.setFocus()

    def finish(self) -> None:
        session = self._session()
        self._keep_exam_answer()
        asked = [q for q in session.questions if q.type != "description"]
        unanswered = sum(session.latest(q.id) is None for q in asked)
        if unanswered and not session.timed_out():
            if session.mode == "exam":
                title = self.tr("Finish the exam?")
                text = self.tr("%n question(s) not answered yet. Finish the exam anyway?", "", unanswered)
            else:
                title = self.tr("Finish practice?")
                text = self.tr("You have answered %1 of %n question(s). Finish now? The score counts the answered "
                               "ones only; the others are not counted as missed.", "", len(asked)
                               ).replace("%1", str(len(asked) - unanswered))
            if QMessageBox.question(self, title, text) != QMessageBox.StandardButton.Yes:
                return
        self.timer.stop()
        self.finishRequested.emit()

    def tick(self) -> None:
        session = self._session()
        left = session.time_left()
        if left is None:
            return
        minutes, seconds = divmod(int(left + 0.999), 60)
        self.clock.setText(self.tr("Time left: %1").replace("%1", f"{minutes}:{seconds:02d}"))
        if session.timed_out():
            self.timer.stop()
            self.finishRequested.emit()

    # -- state --------------------------------------------------------------------------------------------
    def _refresh(self) -> None:
        """Show the buttons, the lock and the feedback that fit the question's state."""
        session, question = self._session(), self._question()
        practice = session.shows_feedback
        open_ = session.can_answer(question.id)
        latest = session.latest(question.id)
        if self.input:
            self.input.set_locked(not open_)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(session.questions) - 1)
        self.check_button.setVisible(practice and open_ and question.type != "description")
        self.retry_button.setVisible(practice and not open_ and latest is not None and question.scored
                                     and not session.fully_right(question.id))
        if practice and not open_ and latest is not None:
            order = session.presentation.order(question)
            self.feedback.setHtml(feedback_html(question, latest.response, latest.fraction, order, self.lang, self.ref_link))
            set_style_state(self.feedback, "verdict", verdict(latest.fraction) if question.scored else "")
            self.feedback.show()
        else:
            set_style_state(self.feedback, "verdict", "")
            self.feedback.clear()
            self.feedback.setVisible(False)

    def _keep_exam_answer(self) -> None:
        """In an exam the answer on screen is kept whenever the student moves on."""
        session = self._session()
        response = self.input.response() if self.input else None
        if session.mode == "exam" and response is not None and session.can_answer(self._question().id):
            session.answer(self._question().id, response)

    def _submitted(self) -> None:
        if self._session().shows_feedback and self.check_button.isVisible():
            self.check()
        elif self.next_button.isEnabled():
            self.go(1)

    def _session(self) -> QuizSession:
        assert self.session is not None, "begin() first"
        return self.session

    def _question(self) -> Question:
        return self._session().questions[self.index]


def verdict(fraction: float) -> str:
    """The feedback's state for the stylesheet: right, partly or wrong."""
    return "right" if is_full_marks(fraction) else "partly" if fraction > 0 else "wrong"
