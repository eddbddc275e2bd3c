"""Deterministic shuffling: the same seed gives the same presentation on every machine and in every language.

A seed lets a trainer print a handout and its answer key that agree, and lets an attempt stored in the user
database be shown again exactly as it was taken. Each permutation is derived from the seed and the question id
(never from the text), so a translation is shuffled the same way as English.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tiphandbook.core.content.model import Question, Quiz
from tiphandbook.core.quiz.permutation import permutation
from tiphandbook.core.quiz.types import question_type


def shown_order(question: Question, seed: int) -> tuple[int, ...]:
    """The order in which a question's parts are shown: options, matching right-hand sides or ordering items."""
    return question_type(question.type).shown_order(question, seed)


@dataclass(frozen=True)
class Presentation:
    """How one sitting shows a quiz: which questions in which order, and each question's parts in which order."""

    seed: int
    questions: tuple[Question, ...]
    orders: dict[str, tuple[int, ...]]  # question id -> shown order of its parts

    def order(self, question: Question) -> tuple[int, ...]:
        return self.orders[question.id]


def present(quiz: Quiz, seed: int, only: Sequence[str] | None = None, shuffle_questions: bool = True) -> Presentation:
    """Lay out ``quiz`` (or the questions in ``only``) for one sitting."""
    wanted = set(only) if only is not None else None
    questions = [q for q in quiz.questions if wanted is None or q.id in wanted]
    if shuffle_questions:
        questions = [questions[i] for i in permutation(len(questions), seed, quiz.id)]
    return Presentation(seed, tuple(questions), {q.id: shown_order(q, seed) for q in questions})
