"""Practice, exam and review sittings: feedback, retries, changing answers, time limits, pass and fail."""

from __future__ import annotations

import pytest

from tests.helpers.quiz_samples import sample_quiz
from tiphandbook.core.quiz.session import QuizSession, SessionError

QUIZ = sample_quiz()
RIGHT = {"tf": False, "one": 0, "many": frozenset({0, 1}), "pairs": (0, 1, 2), "order": (0, 1, 2, 3, 4), "law": "zru-633"}
WRONG = {"tf": True, "one": 1, "many": frozenset({2}), "pairs": (1, 2, 0), "order": (4, 3, 2, 1, 0), "law": "no idea"}


class FakeClock:
    """Seconds that only move when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_practice_marks_each_answer_and_counts_the_first_try() -> None:
    session = QuizSession(QUIZ, "practice", seed=1)
    assert session.shows_feedback
    assert [q.id for q in session.questions] == [q.id for q in QUIZ.questions]  # practice keeps the authored order
    assert session.answer("one", WRONG["one"]).fraction == 0.0
    with pytest.raises(SessionError):
        session.answer("one", RIGHT["one"])  # closed until the student asks to try again
    session.retry("one")
    assert session.answer("one", RIGHT["one"]).fraction == 1.0
    assert [t.fraction for t in session.tries("one")] == [0.0, 1.0]
    for qid in ("tf", "many", "pairs", "order", "law"):
        session.answer(qid, RIGHT[qid])
    result = session.finish()
    assert result.score == pytest.approx(5.0) and result.percent == pytest.approx(500 / 6)
    assert result.passed  # 83% against a pass mark of 70%


def test_exam_keeps_the_last_answer_and_judges_pass_or_fail() -> None:
    session = QuizSession(QUIZ, "exam", seed=4)
    assert not session.shows_feedback
    session.answer("tf", WRONG["tf"])
    session.answer("tf", RIGHT["tf"])  # changed before the end
    with pytest.raises(SessionError):
        session.retry("tf")
    for qid in ("one", "many", "pairs"):
        session.answer(qid, RIGHT[qid])
    result = session.finish()
    assert [o.question.id for o in result.outcomes] == [q.id for q in session.questions]
    assert result.answered == 4 and result.percent == pytest.approx(400 / 6)
    assert not result.passed  # 66.7% < 70%
    assert session.finish() is result
    with pytest.raises(SessionError):
        session.answer("law", RIGHT["law"])


def test_pass_mark_is_reached_exactly() -> None:
    import dataclasses

    quiz = dataclasses.replace(QUIZ, pass_mark=50)
    session = QuizSession(quiz, "exam", seed=1)
    for qid in ("tf", "one", "many"):
        session.answer(qid, RIGHT[qid])
    assert session.finish().passed


def test_exam_time_limit_ends_the_exam_with_the_answers_given() -> None:
    clock = FakeClock()
    session = QuizSession(QUIZ, "exam", seed=2, time_limit=60, clock=clock)
    assert session.time_left() == 60
    session.answer("tf", RIGHT["tf"])
    clock.now += 61
    assert session.timed_out() and session.time_left() == 0
    assert not session.can_answer("one")
    with pytest.raises(SessionError):
        session.answer("one", RIGHT["one"])
    result = session.finish()
    assert result.timed_out and result.answered == 1


def test_practice_has_no_time_limit() -> None:
    assert QuizSession(QUIZ, "practice", seed=1, time_limit=60).time_left() is None


def test_review_asks_only_the_questions_given() -> None:
    session = QuizSession(QUIZ, "review", seed=9, only=["law", "pairs"])
    assert {q.id for q in session.questions} == {"law", "pairs"}
    assert session.shows_feedback
    with pytest.raises(SessionError):
        QuizSession(QUIZ, "review", seed=9, only=[])


def test_same_seed_same_sitting() -> None:
    first, second = QuizSession(QUIZ, "exam", seed=77), QuizSession(QUIZ, "exam", seed=77)
    assert first.presentation == second.presentation
