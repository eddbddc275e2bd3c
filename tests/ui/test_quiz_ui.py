"""Quizzes driven like a student and a trainer would: the module page's quiz link, a practice quiz, an exam to its
result (and to its time limit), every input type, the classroom presenter, progress, CSV and PDF."""

from __future__ import annotations

import csv
from datetime import datetime, timezone
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from tests.helpers.quiz_samples import sample_quiz
from tiphandbook.core.navigation import Location
from tiphandbook.core.paths import UserDirs
from tiphandbook.core.quiz.review_html import plain_ref
from tiphandbook.core.user_data import open_user_database
from tiphandbook.core.quiz.history import QuizHistory
from tiphandbook.ui.training.answer_inputs import EssayInput, MatchingInput, OrderingInput, ShortAnswerInput, _Choices
from tiphandbook.ui.shell.main_window import MainWindow
from tiphandbook.ui.training.progress_view import ProgressView
from tiphandbook.ui.training.quiz_window import QuizWindow, utc_now
from tests.helpers.windows import choose_language, open_window
from tests.helpers.widgets import answer_message_box


@pytest.fixture
def window(qtbot, content: Path) -> MainWindow:  # noqa: ANN001
    return open_window(qtbot, content, size=(900, 600))


def choose(qtbot, quiz_window: QuizWindow, text: str) -> None:  # noqa: ANN001
    """Click the option whose label ends with ``text``."""
    choices = quiz_window.question_page.input
    assert isinstance(choices, _Choices)
    button = next(b for b in choices.buttons if b.accessibleName().endswith(text))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click(qtbot, button: QAbstractButton) -> None:  # noqa: ANN001
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def put_in_order(qtbot, ordering: OrderingInput) -> None:  # noqa: ANN001
    """Sort the list with Move up, as a student without a mouse would."""
    for _ in range(ordering.list.count() ** 2):
        rows = [ordering.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(ordering.list.count())]
        wrong = next((r for r in range(1, len(rows)) if rows[r] < rows[r - 1]), None)
        if wrong is None:
            return
        ordering.list.setCurrentRow(wrong)
        qtbot.mouseClick(ordering.up, Qt.MouseButton.LeftButton)


def test_module_page_offers_its_quiz_and_the_link_opens_it(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.open_location(Location("doc", "intro-module"))
    assert 'href="quiz:intro-quiz"' in window.context.pages.html(Location("doc", "intro-module"), window.lang)
    window.reader.linkActivated.emit(QUrl("quiz:intro-quiz"))
    quiz_window = window.training.quiz_windows["intro-quiz"]
    assert quiz_window.isVisible() and "Introductory quiz" in quiz_window.windowTitle()
    assert "You have not taken this quiz yet." in quiz_window.progress_label.text()
    assert not quiz_window.review_button.isEnabled()
    assert quiz_window.start("review") is None and quiz_window.pages.currentWidget() is quiz_window.start_page


def test_training_menu_and_shortcut_open_the_module_quiz(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Training" in titles and titles.index("&Training") < titles.index("&Help")
    window.open_location(Location("doc", "intro-module"))
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.training.quiz_windows["intro-quiz"].isVisible()


def test_a_practice_quiz_answered_with_feedback_retry_and_result(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    quiz_window = window.training.open_quiz("intro-quiz")
    click(qtbot, quiz_window.practice_button)
    page = quiz_window.question_page
    assert page.position.text() == "Question 1 of 3" and "Movement across a border" in page.prompt.text()
    assert not page.feedback.isVisible() and not page.retry_button.isVisible()

    choose(qtbot, quiz_window, "False")
    click(qtbot, page.check_button)
    text = page.feedback.toPlainText()
    assert "Correct." in text and "Harbouring and receipt are acts too." in text and "Alpha chapter › First section" in text
    assert not any(b.isEnabled() for b in page.input.buttons) and not page.retry_button.isVisible()  # locked, still readable
    page.feedback.anchorClicked.emit(QUrl("doc:alpha#first"))  # the explanation's link opens the handbook section
    assert window.history.current == Location("doc", "alpha", "first")

    click(qtbot, page.next_button)
    choose(qtbot, quiz_window, "Act")
    click(qtbot, page.check_button)
    assert "Not correct." in page.feedback.toPlainText() and "The act is needed." in page.feedback.toPlainText()
    click(qtbot, page.retry_button)
    assert all(b.isEnabled() for b in page.input.buttons) and not page.feedback.isVisible()
    choose(qtbot, quiz_window, "Means")
    click(qtbot, page.check_button)
    assert "Correct." in page.feedback.toPlainText() and "Right." in page.feedback.toPlainText()

    click(qtbot, page.next_button)
    assert isinstance(page.input, OrderingInput)
    put_in_order(qtbot, page.input)
    click(qtbot, page.check_button)
    assert "Correct." in page.feedback.toPlainText()
    click(qtbot, page.finish_button)

    assert quiz_window.pages.currentWidget() is quiz_window.result_page
    result = quiz_window.result_view.toPlainText()
    assert "Score: 67% (2 of 3)" in result and "Not passed" in result  # the first try of question 2 counts
    assert quiz_window.review_missed_button.isEnabled()
    click(qtbot, quiz_window.review_missed_button)  # the missed question comes back at once
    assert [q.id for q in quiz_window.session.questions] == ["pick-one"]

    attempts = quiz_window.history.finished_attempts()
    assert [(a.mode, round(a.percent)) for a in attempts] == [("practice", 67)]


def test_finishing_practice_early_asks_first_and_counts_only_what_was_answered(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Finish after 1 of 3 answers: a confirmation with the numbers; then a score of the answered question only, no
    pass or fail, no best score, and the two unanswered questions neither missed nor in the review queue."""
    quiz_window = window.training.open_quiz("intro-quiz")
    click(qtbot, quiz_window.practice_button)
    page = quiz_window.question_page
    choose(qtbot, quiz_window, "False")
    click(qtbot, page.check_button)

    seen: list[str] = []
    QTimer.singleShot(50, lambda: answer_message_box(QMessageBox.StandardButton.No, seen))
    click(qtbot, page.finish_button)
    assert seen == ["You have answered 1 of 3 questions. Finish now? The score counts the answered ones only; "
                    "the others are not counted as missed."]
    assert quiz_window.pages.currentWidget() is page and not quiz_window.session.finished  # still practising

    QTimer.singleShot(50, lambda: answer_message_box(QMessageBox.StandardButton.Yes, seen))
    click(qtbot, page.finish_button)
    result = quiz_window.result_view.toPlainText()
    assert "Score: 100% (1 of 1)" in result and "after 1 of 3 questions" in result
    assert "Not passed" not in result and "Passed" not in result
    assert result.count("Not answered (not counted).") == 2 and "Not correct." not in result
    assert quiz_window.history.due(quiz_window.quiz, utc_now()) == []
    assert not quiz_window.review_missed_button.isEnabled()
    [attempt] = quiz_window.history.finished_attempts()
    assert attempt.passed is None and attempt.answered == 1 and attempt.questions == 3
    quiz_window.show_start()
    assert quiz_window.progress_label.text() == "You have not taken this quiz yet."  # no failed best score


def test_an_exam_gives_no_feedback_until_its_result(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    quiz_window = window.training.open_quiz("intro-quiz")
    click(qtbot, quiz_window.exam_button)
    page = quiz_window.question_page
    assert not page.check_button.isVisible() and page.finish_button.text() == "&Finish exam"
    for index, question in enumerate(quiz_window.session.questions):
        assert page.position.text() == f"Question {index + 1} of 3"
        if question.type == "true_false":
            choose(qtbot, quiz_window, "True")  # wrong
        elif question.type == "single":
            choose(qtbot, quiz_window, "Means")
        else:
            put_in_order(qtbot, page.input)
        assert not page.feedback.isVisible()
        if index < 2:
            click(qtbot, page.next_button)
    click(qtbot, page.previous_button)  # answers are kept when moving about
    assert page.input.response() is not None
    click(qtbot, page.finish_button)

    result = quiz_window.result_view.toPlainText()
    assert "Score: 67% (2 of 3)" in result and "Not passed" in result
    assert "Your answer: True" in result and "Correct answer: False" in result and "Explanation: Harbouring" in result
    assert [a.mode for a in quiz_window.history.finished_attempts()] == ["exam"]
    quiz_window.show_start()
    assert "Your best score: 67% in 1 attempt." in quiz_window.progress_label.text()
    assert quiz_window.review_button.text() == "&Review (1 due)"


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def history() -> QuizHistory:
    db = open_user_database(UserDirs.resolve().data)
    yield QuizHistory(db)
    db.close()


def test_the_exam_time_limit_ends_it(qtbot, history: QuizHistory) -> None:  # noqa: ANN001
    clock = FakeClock()
    quiz_window = QuizWindow(sample_quiz(), history, "en", plain_ref, "", clock=clock)
    qtbot.addWidget(quiz_window)
    quiz_window.show()
    quiz_window.time_limit.setValue(1)
    click(qtbot, quiz_window.exam_button)
    assert quiz_window.question_page.clock.text() == "Time left: 1:00"
    clock.now = 61
    quiz_window.question_page.tick()
    assert quiz_window.pages.currentWidget() is quiz_window.result_page
    assert "Time ran out" in quiz_window.result_view.toPlainText()


@pytest.fixture
def exam_half_done(qtbot, history: QuizHistory) -> QuizWindow:  # noqa: ANN001
    """An exam with its true-or-false question answered; ended quietly afterwards, so teardown never waits on a
    question box if a test fails."""
    quiz_window = QuizWindow(sample_quiz(), history, "en", plain_ref, "")  # deletes itself when closed
    quiz_window.show()
    session = quiz_window.start("exam", seed=11)
    page = quiz_window.question_page
    for _ in range(session.questions.index(next(q for q in session.questions if q.id == "tf"))):
        click(qtbot, page.next_button)
    choose(qtbot, quiz_window, "False")
    yield quiz_window
    session.finish()
    if shiboken6.isValid(quiz_window):
        quiz_window.close()


@pytest.mark.parametrize(
    ("button", "stays_open", "recorded"),
    [(QMessageBox.StandardButton.Cancel, True, 0), (QMessageBox.StandardButton.Discard, False, 0),
     (QMessageBox.StandardButton.Save, False, 1)],
    ids=["back-to-it", "leave-unrecorded", "finish-now"],
)
def test_closing_an_unfinished_exam_asks_first(
    history: QuizHistory, exam_half_done: QuizWindow, button: QMessageBox.StandardButton, stays_open: bool,
    recorded: int,
) -> None:
    quiz_window = exam_half_done
    seen: list[str] = []
    QTimer.singleShot(50, lambda: answer_message_box(button, seen))
    assert quiz_window.close() is not stays_open
    assert seen and "This exam is not finished" in seen[0]
    assert len(history.finished_attempts()) == recorded
    if recorded:
        attempt = history.finished_attempts()[0]
        assert attempt.mode == "exam" and attempt.answered == 1 and attempt.questions == 6


def test_quitting_the_app_during_an_exam_can_go_back_to_it(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    quiz_window = window.training.open_quiz("intro-quiz")
    click(qtbot, quiz_window.exam_button)
    session = quiz_window.session
    QTimer.singleShot(50, lambda: answer_message_box(QMessageBox.StandardButton.Cancel, []))
    try:
        assert window.close() is False
        assert window.isVisible() and quiz_window.isVisible() and not session.finished
    finally:
        session.finish()  # so that closing the window at the end of the test asks nothing


def test_every_input_type_in_an_exam(qtbot, history: QuizHistory) -> None:  # noqa: ANN001
    quiz_window = QuizWindow(sample_quiz(), history, "en", plain_ref, "")
    qtbot.addWidget(quiz_window)
    quiz_window.show()
    session = quiz_window.start("exam", seed=11)
    page = quiz_window.question_page
    for index, question in enumerate(session.questions):
        widget = page.input
        if question.id == "tf":
            choose(qtbot, quiz_window, "False")
        elif question.id == "one":
            choose(qtbot, quiz_window, "The means")
        elif question.id == "many":
            choose(qtbot, quiz_window, "Deception")
            choose(qtbot, quiz_window, "Coercion")
        elif question.id == "pairs":
            assert isinstance(widget, MatchingInput)
            for row, box in enumerate(widget.boxes):
                box.setCurrentIndex(box.findData(row))
        elif question.id == "order":
            put_in_order(qtbot, widget)
        else:
            assert isinstance(widget, ShortAnswerInput)
            widget.edit.insert("  oʻrq-633 ")  # QTest cannot type U+02BB; insert() is what an input method does
        if index < len(session.questions) - 1:
            click(qtbot, page.next_button)
    click(qtbot, page.finish_button)
    assert "Score: 100% (6 of 6)" in quiz_window.result_view.toPlainText()


def test_classroom_presenter_reveals_the_answer_on_a_key_press(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    view = window.training.present_quiz("intro-quiz")
    # not qtbot.addWidget: the main window closes its presenter, which then deletes itself
    assert view.isFullScreen() and view.counter.text() == "1 / 3"
    assert view.heading.text() == "Question 1 of 3" and "Correct answer" not in view.body.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert "Correct answer: False" in view.body.toPlainText() and "Harbouring and receipt" in view.body.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.counter.text() == "2 / 3" and "Correct answer" not in view.body.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert "Correct answer: B" in view.body.toPlainText() or "Correct answer: A" in view.body.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.counter.text() == "1 / 3"
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.counter.text() == "3 / 3"
    assert view.body.document().defaultFont().pixelSize() >= 14
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_lesson_plan_presented_a_section_a_slide(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    assert window.training.present_lesson_plan() is None  # not on a module page
    window.open_location(Location("doc", "intro-module"))
    view = window.training.present_lesson_plan()
    # not qtbot.addWidget: the main window closes its presenter, which then deletes itself
    assert view.counter.text() == "1 / 3" and view.heading.text() == "Introductory module"
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.heading.text() == "Opening · 30 min" and "Welcome." in view.body.toPlainText()


def test_progress_per_module_and_csv_export(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    quiz_window = window.training.open_quiz("intro-quiz")
    quiz_window.start("exam", seed=1)
    quiz_window.finish()  # nothing answered: 0%, every question due for review
    view = ProgressView(window.library, window.training.history, "en", utc_now, window)
    qtbot.addWidget(view)
    academy = view.tree.topLevelItem(0)
    assert view.tree.topLevelItemCount() == 1 and academy.text(0) == "Test academy" and academy.childCount() == 1
    today = datetime.now(timezone.utc).astimezone().strftime("%Y-%m-%d")
    assert [academy.child(0).text(c) for c in range(5)] == ["Introductory module", "0%", "1", today, "3"]
    target = tmp_path / "results.csv"
    assert view.export_csv_to(target, "Aziz Rahimov") == 1
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["student"] == "Aziz Rahimov" and rows[0]["quiz"] == "Introductory quiz" and rows[0]["mode"] == "exam"


def test_handout_and_answer_key_printed_to_pdf(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    window.set_content_language("ru")
    quiz = window.library.quiz("intro-quiz", "ru")
    for kind in ("handout", "answer-key"):
        path = window.training.write_sheet(quiz, kind, tmp_path / f"{kind}.pdf")
        data = path.read_bytes()
        assert data.startswith(b"%PDF") and len(data) > 5000
        assert b"DejaVuSans" in data  # the bundled font is embedded, so Cyrillic and Uzbek letters print


def test_the_database_closes_with_the_main_window(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    quiz_window = window.training.open_quiz("intro-quiz")
    assert window.context.database_open  # opened by the quiz for its history
    window.close()
    assert not window.context.database_open and not quiz_window.isVisible()


def test_exporting_to_gift_says_which_question_was_left_out_and_why(window: MainWindow, tmp_path: Path) -> None:
    quiz = window.library.quiz("intro-quiz", "en")
    written, notes = window.training.write_export(quiz, "gift", tmp_path / "intro.gift")
    assert written and (tmp_path / "intro.gift").exists()
    assert any("'order' left out" in n and "Moodle XML" in n for n in notes)
    assert "'order' left out" in window.statusBar().currentMessage()


def test_exporting_into_a_missing_folder_is_refused_with_the_reason(window: MainWindow, tmp_path: Path) -> None:
    quiz = window.library.quiz("intro-quiz", "en")
    written, notes = window.training.write_export(quiz, "moodle-xml", tmp_path / "missing" / "intro.xml")
    assert not written and "missing" in notes[0]


def test_html_in_a_title_is_shown_as_written_by_the_presenter(qtbot, content: Path) -> None:  # noqa: ANN001
    module = content / "curricula/academy-one/01-intro.en.md"
    module.write_text(module.read_text(encoding="utf-8").replace(
        "title: Introductory module", "title: \"<img src='x'><b>Introductory</b> module\""), encoding="utf-8")
    window = open_window(qtbot, content, size=(900, 600))
    window.open_location(Location("doc", "intro-module"))
    view = window.training.present_lesson_plan()
    for label in (view.title, view.heading):
        assert label.text() == "<img src='x'><b>Introductory</b> module"
        assert label.textFormat() == Qt.TextFormat.PlainText  # shown as written, not as bold text and an image


NEW_TYPES = """  - id: born
    type: numerical
    prompt: In which year was the Palermo Protocol adopted?
    explanation: In 2000.
    ref: alpha
    numbers:
      - {value: 2000, feedback: Exactly.}
      - {min: 1999, max: 2001, weight: 50, feedback: Close.}
  - id: reflect
    type: essay
    prompt: Describe how you would first approach a possible victim.
    explanation: Calmly, in a safe place, with an interpreter if needed.
    ref: alpha
  - id: note
    type: description
    prompt: The next questions are about the law.
"""


@pytest.fixture
def new_types_window(qtbot, content: Path) -> MainWindow:  # noqa: ANN001
    quiz = content / "curricula" / "academy-one" / "01-intro.quiz.en.yaml"
    quiz.write_text(quiz.read_text(encoding="utf-8") + NEW_TYPES, encoding="utf-8")
    return open_window(qtbot, content, size=(900, 600))


def test_numerical_essay_and_description_in_practice(qtbot, new_types_window: MainWindow) -> None:  # noqa: ANN001
    quiz_window = new_types_window.training.open_quiz("intro-quiz")
    click(qtbot, quiz_window.practice_button)
    page = quiz_window.question_page
    page.show_question(3)
    assert "Palermo Protocol" in page.prompt.text() and isinstance(page.input, ShortAnswerInput)
    qtbot.keyClicks(page.input.edit, "2 001,0")  # a number as typed: spaces and a decimal comma
    click(qtbot, page.check_button)
    assert "Partly correct (50%)." in page.feedback.toPlainText() and "Close." in page.feedback.toPlainText()

    page.show_question(4)
    assert isinstance(page.input, EssayInput)
    qtbot.keyClicks(page.input.edit, "Gently, somewhere safe.")
    click(qtbot, page.check_button)
    shown = page.feedback.toPlainText()
    assert "does not count in the score" in shown and "Calmly, in a safe place" in shown and "Not correct" not in shown
    assert not page.retry_button.isVisible()

    page.show_question(5)
    assert "about the law" in page.prompt.text() and not page.check_button.isVisible()
    QTimer.singleShot(50, lambda: answer_message_box(QMessageBox.StandardButton.Yes, []))
    click(qtbot, page.finish_button)
    result = quiz_window.result_view.toPlainText()
    assert "(0.5 of 1)" in result  # the numerical only: 3 questions unanswered, essay and description not counted
    assert "Gently, somewhere safe." in result and "Model answer" in result


def test_an_html_question_is_shown_formatted_and_safe(qtbot, content: Path) -> None:  # noqa: ANN001
    quiz = content / "curricula" / "academy-one" / "01-intro.quiz.en.yaml"
    quiz.write_text(quiz.read_text(encoding="utf-8") + """  - id: rich
    type: single
    format: html
    prompt: "Which is <b>bold</b>?<img src=x onerror=alert(1)><script>alert(2)</script>"
    explanation: <i>Tags</i> are kept.
    ref: alpha
    options:
      - {text: "<b>this</b>", correct: true}
      - {text: that}
""", encoding="utf-8")
    window = open_window(qtbot, content, size=(900, 600))
    quiz_window = window.training.open_quiz("intro-quiz")
    click(qtbot, quiz_window.practice_button)
    page = quiz_window.question_page
    page.show_question(3)
    assert page.prompt.textFormat() == Qt.TextFormat.RichText
    assert "<b>bold</b>" in page.prompt.text() and "onerror" not in page.prompt.text() and "script" not in page.prompt.text()
    assert sorted(b.accessibleName()[3:] for b in page.input.buttons) == ["that", "this"]  # the words, no tags


def test_an_essay_never_comes_back_as_a_missed_question(qtbot, new_types_window: MainWindow) -> None:  # noqa: ANN001
    quiz_window = new_types_window.training.open_quiz("intro-quiz")
    click(qtbot, quiz_window.practice_button)
    page = quiz_window.question_page
    page.show_question(4)
    qtbot.keyClicks(page.input.edit, "My answer.")
    click(qtbot, page.check_button)
    quiz = new_types_window.library.quiz("intro-quiz", "en")
    assert quiz_window.history.due(quiz, datetime.now(timezone.utc).replace(year=2100)) == []


def test_the_quiz_window_speaks_the_interface_language(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Under the Uzbek Cyrillic interface, with English content, the quiz window's own words are Uzbek Cyrillic;
    the quiz (title, questions) stays in the content language."""
    choose_language(window, "Ўзбекча (кирилл)")
    try:
        quiz_window = window.training.open_quiz("intro-quiz")
        assert quiz_window.summary.text() == "3 та савол · ўтиш бали 70%"
        quiz_window.start("practice", seed=1)
        assert quiz_window.question_page.position.text() == "3 та саволдан 1-савол"
        assert "Movement across a border" in quiz_window.question_page.prompt.text()
        choose_language(window, "English")
        assert quiz_window.summary.text() == "3 questions · pass mark 70%"
        assert quiz_window.question_page.position.text() == "Question 1 of 3"
    finally:
        choose_language(window, "English")


def dismiss_any_dialog() -> None:
    """Cancel a modal dialog if one came up (the old F5 asked which quiz)."""
    dialog = QApplication.activeModalWidget()
    if dialog is not None:
        dialog.close()


def test_quiz_window_keys_close_it_and_f5_presents_the_right_quiz(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.open_location(Location("doc", "alpha"))  # a handbook chapter taught by the intro module
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTimer.singleShot(200, dismiss_any_dialog)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = window.training.presenter
    assert presenter is not None and presenter.title.text() == "Introductory quiz"  # not a quiz picked from a list
    presenter.close()

    quiz_window = window.training.open_quiz("intro-quiz")
    quiz_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is quiz_window)
    qtbot.keyClick(quiz_window, Qt.Key.Key_F5)  # F5 in the quiz window presents this quiz
    assert window.training.presenter is not None and window.training.presenter.title.text() == "Introductory quiz"
    window.training.presenter.close()

    qtbot.keyClick(quiz_window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # closes like any window
    qtbot.waitUntil(lambda: "intro-quiz" not in window.training.quiz_windows)

    quiz_window = window.training.open_quiz("intro-quiz")
    quiz_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is quiz_window)
    qtbot.keyClick(quiz_window, Qt.Key.Key_Escape)  # nothing under way: closes at once
    qtbot.waitUntil(lambda: "intro-quiz" not in window.training.quiz_windows)


def verdict_colour(page, word: str) -> str:  # noqa: ANN001
    cursor = page.feedback.document().find(word)
    assert not cursor.isNull(), word
    return cursor.charFormat().foreground().color().name()


def test_practice_feedback_is_coloured_and_says_it_in_words_and_signs(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    quiz_window = window.training.open_quiz("intro-quiz")
    click(qtbot, quiz_window.practice_button)
    page = quiz_window.question_page
    choose(qtbot, quiz_window, "False")
    click(qtbot, page.check_button)
    assert "✓ Correct." in page.feedback.toPlainText()
    right = verdict_colour(page, "Correct.")
    click(qtbot, page.next_button)
    choose(qtbot, quiz_window, "Act")
    click(qtbot, page.check_button)
    assert "✗ Not correct." in page.feedback.toPlainText()
    wrong = verdict_colour(page, "Not correct.")
    assert right == "#17693a" and wrong == "#a8231b"  # green and red in the light theme


def test_help_about_names_version_licences_content_edition_and_review(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from tiphandbook import __version__

    assert window.about_action.text() == "About tiphandbook"  # Help > About shows this text
    text = window.help.about_text()
    assert f"tiphandbook {__version__}" in text and "Content edition of 2026-" in text
    assert "MIT" in text and "DejaVu" in text and "PySide6 (LGPL-3.0)" in text and "Whoosh (BSD-2-Clause)" in text
    assert "CC BY 4.0" in text  # the content's licence, as LICENSE-CONTENT states it
    assert "review" in text.lower()  # issue 17's legal review status stays
