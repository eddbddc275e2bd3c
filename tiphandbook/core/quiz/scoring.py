"""Marks between 0 and 1 for every question type, with partial credit where a question has parts; each type's
rule is in its own module (``quiz.types``): true/false and short answer all or nothing, single choice the weight
picked, multiple choice the sum of the weights picked, matching the share of right partners, ordering Moodle's
longest ordered subset, numerical the weight of the first accepted number; essay and description are never
marked (``Question.scored``)."""

from __future__ import annotations

from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.types import question_type


def mark(question: Question, response: Response | None) -> float:
    """The fraction of the question's mark that ``response`` earns; an unanswered question earns 0."""
    if response is None:
        return 0.0
    return question_type(question.type).mark(question, response)
