"""``description``: text between questions, with nothing to answer; it needs no explanation or reference, is
never marked, and Moodle gives it no grade."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.types.base import NOTHING, QuestionType, Refusal


class Description(QuestionType):
    name = "description"
    moodle_name = "description"
    moodle_grade = "0"
    explained = False

    def parse(self, q: FieldReader, common: dict[str, Any]) -> Question:
        return Question(**common)

    def mark(self, question: Question, response: Response) -> float:
        return 0.0  # nothing to answer

    def shown_order(self, question: Question, seed: int) -> tuple[int, ...]:
        return ()

    def response_text(self, question: Question, response: Response, lang: str) -> str:
        return str(response)

    def correct_text(self, question: Question, lang: str) -> str:
        return NOTHING

    def input_html(self, question: Question, order: tuple[int, ...], lang: str, blanks: bool,
                   mark_correct: bool) -> list[str]:
        return []

    def answer_text(self, question: Question, order: tuple[int, ...], lang: str) -> str:
        return NOTHING

    def review_html(self, question: Question, response: Response, fraction: float, order: tuple[int, ...],
                    lang: str) -> list[str]:
        return []

    def yaml_fields(self, question: Question) -> dict[str, Any]:
        return {}

    def gift_refusal(self, question: Question) -> Refusal | None:
        return None

    def gift_answers(self, question: Question) -> str | None:
        return None  # the prompt alone, no answer block

    def moodle_body(self, element: ET.Element, question: Question) -> None:
        """Moodle writes nothing more for a description."""
