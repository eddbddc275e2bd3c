"""One sitting of a quiz in a mode, kept apart from any window so every rule can be tested directly.

- practice: each answer is marked at once and its feedback and explanation shown; a missed question can be tried
  again. The first try is what counts, so retries teach without inflating the score.
- exam: nothing is marked until the end; answers can be changed until then; an optional time limit ends the exam
  (answers given by then count). The result reviews every question and says pass or fail.
- review: practice restricted to the questions due in spaced review.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from tiphandbook.core.content.model import Question, Quiz
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.marks import is_full_marks
from tiphandbook.core.quiz.scoring import mark
from tiphandbook.core.quiz.shuffle import Presentation, present

Mode = Literal["practice", "exam", "review"]
MODES: tuple[Mode, ...] = ("practice", "exam", "review")


class SessionError(Exception):
    """A move the session's rules do not allow (answering after the end, retrying in an exam...)."""


@dataclass(frozen=True)
class Attempt:
    """One try at one question."""

    response: Response
    fraction: float


@dataclass(frozen=True)
class Outcome:
    """How one question went: the try that counts, or None when it was not answered."""

    question: Question
    counted: Attempt | None

    @property
    def fraction(self) -> float:
        return self.counted.fraction if self.counted else 0.0


@dataclass(frozen=True)
class QuizResult:
    quiz_id: str
    mode: Mode
    pass_mark: int
    outcomes: tuple[Outcome, ...]  # in the order asked
    timed_out: bool = False

    @property
    def scored(self) -> tuple[Outcome, ...]:
        """The outcomes that count: essays (self-assessed) and descriptions do not."""
        return tuple(o for o in self.outcomes if o.question.scored)

    @property
    def marked(self) -> tuple[Outcome, ...]:
        """The outcomes the score is out of: in an exam every scored question (an unanswered one is missed); in
        practice and review only those answered, so finishing early is not failing the rest."""
        if self.mode == "exam":
            return self.scored
        return tuple(o for o in self.scored if o.counted is not None)

    @property
    def complete(self) -> bool:
        """Every scored question was answered."""
        return all(o.counted is not None for o in self.scored)

    @property
    def graded(self) -> bool:
        """Whether the result says passed or not and can be a best score: an exam always, practice and review
        only when every question was answered."""
        return self.mode == "exam" or self.complete

    @property
    def score(self) -> float:
        return sum(o.fraction for o in self.marked)

    @property
    def percent(self) -> float:
        return 100.0 * self.score / len(self.marked) if self.marked else 0.0

    @property
    def passed(self) -> bool:
        return self.graded and self.percent + 1e-9 >= self.pass_mark

    @property
    def answered(self) -> int:
        return sum(o.counted is not None for o in self.outcomes)


class QuizSession:
    """Answers, marks and time for one sitting; ``clock`` is injectable so time limits can be tested."""

    def __init__(
        self,
        quiz: Quiz,
        mode: Mode,
        seed: int,
        only: Sequence[str] | None = None,
        time_limit: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        self.quiz = quiz
        self.mode: Mode = mode
        self.presentation: Presentation = present(quiz, seed, only, shuffle_questions=mode != "practice")
        if not self.presentation.questions:
            raise SessionError("no questions to ask")
        self._clock = clock
        self._deadline = clock() + time_limit if mode == "exam" and time_limit else None
        self._tries: dict[str, list[Attempt]] = {}
        self._open: set[str] = {q.id for q in self.questions}  # questions that may be answered (again)
        self.result: QuizResult | None = None

    @property
    def seed(self) -> int:
        return self.presentation.seed

    @property
    def questions(self) -> tuple[Question, ...]:
        return self.presentation.questions

    @property
    def shows_feedback(self) -> bool:
        return self.mode != "exam"

    @property
    def finished(self) -> bool:
        return self.result is not None

    def time_left(self) -> float | None:
        """Seconds left in a timed exam (never negative), or None when there is no limit."""
        return None if self._deadline is None else max(0.0, self._deadline - self._clock())

    def timed_out(self) -> bool:
        left = self.time_left()
        return left is not None and left <= 0

    def tries(self, question_id: str) -> tuple[Attempt, ...]:
        return tuple(self._tries.get(question_id, ()))

    def latest(self, question_id: str) -> Attempt | None:
        tries = self._tries.get(question_id)
        return tries[-1] if tries else None

    def can_answer(self, question_id: str) -> bool:
        return not self.finished and not self.timed_out() and question_id in self._open

    def answer(self, question_id: str, response: Response) -> Attempt:
        """Record an answer. In an exam it replaces the previous one; in practice it closes the question until
        ``retry``. The returned mark is for the caller to show only when ``shows_feedback``."""
        if not self.can_answer(question_id):
            raise SessionError(f"question '{question_id}' cannot be answered now")
        attempt = Attempt(response, mark(self._question(question_id), response))
        if self.mode == "exam":
            self._tries[question_id] = [attempt]
        else:
            self._tries.setdefault(question_id, []).append(attempt)
            self._open.discard(question_id)
        return attempt

    def retry(self, question_id: str) -> None:
        """Practice and review: open an answered question again (the first try still counts)."""
        if self.mode == "exam" or self.finished:
            raise SessionError("only practice and review allow another try")
        if question_id not in self._tries:
            raise SessionError(f"question '{question_id}' has not been answered yet")
        self._open.add(question_id)

    def finish(self) -> QuizResult:
        """End the sitting (idempotent); unanswered questions earn nothing."""
        if self.result is None:
            counted = (lambda t: t[-1]) if self.mode == "exam" else (lambda t: t[0])
            outcomes = tuple(
                Outcome(q, counted(self._tries[q.id]) if q.id in self._tries else None) for q in self.questions
            )
            self.result = QuizResult(self.quiz.id, self.mode, self.quiz.pass_mark, outcomes, self.timed_out())
        return self.result

    def fully_right(self, question_id: str) -> bool:
        attempt = self.latest(question_id)
        return attempt is not None and is_full_marks(attempt.fraction)

    def _question(self, question_id: str) -> Question:
        return next(q for q in self.questions if q.id == question_id)
