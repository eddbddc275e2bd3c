"""``numerical``: a typed number, earning the weight of the first accepted number (value within its tolerance) it
falls within, as Moodle takes the first matching answer (question/type/numerical/question.php,
``get_matching_answer``); nothing within any earns 0."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from typing import Any

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.model import NumericAnswer, Question, number_text
from tiphandbook.core.quiz.gift_syntax import general_feedback, gift_text
from tiphandbook.core.quiz.marks import typed_number
from tiphandbook.core.quiz.moodle_elements import AUTO, answer
from tiphandbook.core.quiz.moodle_weights import weight_text
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.types.base import (
    BLANK,
    SEPARATOR,
    QuestionType,
    Refusal,
    answer_review,
    hint,
    inline,
    yaml_number,
)


class Numerical(QuestionType):
    name = "numerical"
    moodle_name = "numerical"

    def parse(self, q: FieldReader, common: dict[str, Any]) -> Question:
        numbers = tuple(_number(FieldReader(n, q.path, q.errors, "number")) for n in q.mappings("numbers"))
        if not any(n.weight >= 100 for n in numbers):
            q.error("numbers", "a numerical question needs a number worth 100%")
        return Question(**common, numbers=numbers)

    def mark(self, question: Question, response: Response) -> float:
        match = _matching_number(question, str(response))
        return max(0.0, match.weight / 100) if match else 0.0

    def shown_order(self, question: Question, seed: int) -> tuple[int, ...]:
        return ()

    def response_text(self, question: Question, response: Response, lang: str) -> str:
        return str(response)

    def correct_text(self, question: Question, lang: str) -> str:
        return SEPARATOR.join(n.text() + (f" ± {number_text(n.tolerance)}" if n.tolerance else "")
                              for n in question.numbers if n.weight >= 100)

    def input_html(self, question: Question, order: tuple[int, ...], lang: str, blanks: bool,
                   mark_correct: bool) -> list[str]:
        return [hint("write-number", lang)] + ([f"<p>{BLANK * 4}</p>"] if blanks else [])

    def answer_text(self, question: Question, order: tuple[int, ...], lang: str) -> str:
        return self.correct_text(question, lang)

    def review_html(self, question: Question, response: Response, fraction: float, order: tuple[int, ...],
                    lang: str) -> list[str]:
        """The feedback of the number the answer fell within."""
        match = _matching_number(question, response) if isinstance(response, str) else None
        return answer_review(question, self, inline(question, match.feedback) if match else "", fraction, lang)

    def yaml_fields(self, question: Question) -> dict[str, Any]:
        return {"numbers": [
            {"value": yaml_number(n.value)} | ({"tolerance": yaml_number(n.tolerance)} if n.tolerance else {})
            | ({"weight": yaml_number(n.weight)} if n.weight != 100 else {})
            | ({"feedback": n.feedback} if n.feedback else {})
            for n in question.numbers
        ]}

    def gift_refusal(self, question: Question) -> Refusal | None:
        return None

    def gift_answers(self, question: Question) -> str:
        rows = [f"\t~#{gift_text(n.feedback, question)}" if math.isinf(n.tolerance)
                else f"\t=%{weight_text(n.weight)}%{n.text()}:{number_text(n.tolerance)}"
                + (f"#{gift_text(n.feedback, question)}" if n.feedback else "")
                for n in question.numbers]
        return "#\n" + "\n".join(rows) + "\n" + general_feedback(question, inline=False)

    def moodle_body(self, element: ET.Element, question: Question) -> None:
        for number in question.numbers:  # "*" is Moodle's "any other number", for its feedback
            other = math.isinf(number.tolerance)
            answer(element, weight_text(number.weight), "*" if other else number.text(), AUTO, number.feedback,
                   question.text_format, extra=("tolerance", "0" if other else number_text(number.tolerance)))


def _matching_number(question: Question, typed: str) -> NumericAnswer | None:
    number = typed_number(typed)
    return next((n for n in question.numbers if number is not None and n.accepts(number)), None)


def _number(n: FieldReader) -> NumericAnswer:
    """``value`` with an optional ``tolerance``, or a range ``min`` .. ``max`` (kept as Moodle keeps it: the middle
    and half the width); ``weight`` in percent (default 100) and ``feedback``."""
    n.only("value", "tolerance", "min", "max", "weight", "feedback")
    weight = n.number("weight", required=False, minimum=-100, maximum=100)
    feedback = n.text("feedback", required=False)
    if "min" in n.data or "max" in n.data:
        low, high = n.number("min"), n.number("max")
        if low is None or high is None or low > high:
            n.error(None, "a range needs 'min' not above 'max'")
            return NumericAnswer(0.0, 0.0, 0.0, feedback)
        return NumericAnswer((low + high) / 2, (high - low) / 2, 100.0 if weight is None else weight, feedback)
    value = n.number("value")
    tolerance = n.number("tolerance", required=False, minimum=0) or 0.0
    return NumericAnswer(value or 0.0, tolerance, 100.0 if weight is None else weight, feedback)
