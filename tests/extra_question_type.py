"""A question type that exists only in the test suite: it shows that a new type is one class and one
registration (docs/architecture.md, "Adding a question type")."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.moodle_elements import AUTO, answer, plain_element
from tiphandbook.core.quiz.normalize import normalize_answer
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.types.base import SEPARATOR, QuestionType, Refusal, answer_review, hint


class Keyword(QuestionType):
    """Right when the typed text contains one of the keywords (for instance "a written contract")."""

    name = "keyword"
    moodle_name = "shortanswer"

    def parse(self, q: FieldReader, common: dict[str, Any]) -> Question:
        return Question(**common, answers=q.texts("answers", required=True))

    def mark(self, question: Question, response: Response) -> float:
        typed = normalize_answer(str(response))
        return float(any(normalize_answer(word) in typed for word in question.answers))

    def shown_order(self, question: Question, seed: int) -> tuple[int, ...]:
        return ()

    def response_text(self, question: Question, response: Response, lang: str) -> str:
        return str(response)

    def correct_text(self, question: Question, lang: str) -> str:
        return SEPARATOR.join(question.answers)

    def input_html(self, question: Question, order: tuple[int, ...], lang: str, blanks: bool,
                   mark_correct: bool) -> list[str]:
        return [hint("write-answer", lang)]

    def answer_text(self, question: Question, order: tuple[int, ...], lang: str) -> str:
        return self.correct_text(question, lang)

    def review_html(self, question: Question, response: Response, fraction: float, order: tuple[int, ...],
                    lang: str) -> list[str]:
        return answer_review(question, self, "", fraction, lang)

    def yaml_fields(self, question: Question) -> dict[str, Any]:
        return {"answers": list(question.answers)}

    def gift_refusal(self, question: Question) -> Refusal | None:
        return Refusal("GIFT has no keyword question; export the quiz as Moodle XML", fixable=False)

    def gift_answers(self, question: Question) -> str | None:
        raise AssertionError("never asked: gift_refusal keeps it out")

    def moodle_body(self, element: ET.Element, question: Question) -> None:
        plain_element(element, "usecase", "0")
        for word in question.answers:
            answer(element, "100", f"*{word}*", AUTO, "", "plain")
