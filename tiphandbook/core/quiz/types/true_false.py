"""``true_false``: a statement judged true or false, all or nothing, with feedback for each side."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.gift_syntax import general_feedback, gift_text
from tiphandbook.core.quiz.labels import quiz_label
from tiphandbook.core.quiz.moodle_elements import AUTO, answer
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.types.base import BOX, QuestionType, Refusal, answer_review, hint, inline


class TrueFalse(QuestionType):
    name = "true_false"
    moodle_name = "truefalse"
    moodle_penalty = "1"  # Moodle's truefalse penalty: a second try gains nothing

    def parse(self, q: FieldReader, common: dict[str, Any]) -> Question:
        return Question(**common, answer=q.boolean("answer", default=None, required=True),
                        true_feedback=q.text("true_feedback", required=False),
                        false_feedback=q.text("false_feedback", required=False))

    def mark(self, question: Question, response: Response) -> float:
        return float(response is question.answer)

    def shown_order(self, question: Question, seed: int) -> tuple[int, ...]:
        return ()

    def response_text(self, question: Question, response: Response, lang: str) -> str:
        return quiz_label("true" if response else "false", lang)

    def correct_text(self, question: Question, lang: str) -> str:
        return quiz_label("true" if question.answer else "false", lang)

    def input_html(self, question: Question, order: tuple[int, ...], lang: str, blanks: bool,
                   mark_correct: bool) -> list[str]:
        box = f"{BOX} " if blanks else ""
        return [hint("true-or-false", lang),
                f'<p class="choices">{box}{quiz_label("true", lang)} &nbsp;&nbsp;&nbsp; {box}{quiz_label("false", lang)}</p>']

    def answer_text(self, question: Question, order: tuple[int, ...], lang: str) -> str:
        return self.correct_text(question, lang)

    def review_html(self, question: Question, response: Response, fraction: float, order: tuple[int, ...],
                    lang: str) -> list[str]:
        """The feedback for the side chosen."""
        feedback = ""
        if isinstance(response, bool):
            feedback = inline(question, question.true_feedback if response else question.false_feedback)
        return answer_review(question, self, feedback, fraction, lang)

    def yaml_fields(self, question: Question) -> dict[str, Any]:
        return {"answer": question.answer} | {key: value for key, value in (
            ("true_feedback", question.true_feedback), ("false_feedback", question.false_feedback)) if value}

    def gift_refusal(self, question: Question) -> Refusal | None:
        return None

    def gift_answers(self, question: Question) -> str:
        right, wrong = ((question.true_feedback, question.false_feedback) if question.answer
                        else (question.false_feedback, question.true_feedback))
        feedback = ((f"#{gift_text(wrong, question)}" if wrong else "#" if right else "")
                    + (f"#{gift_text(right, question)}" if right else ""))
        return ("TRUE" if question.answer else "FALSE") + feedback + general_feedback(question, inline=True)

    def moodle_body(self, element: ET.Element, question: Question) -> None:
        answer(element, "100" if question.answer else "0", "true", AUTO, question.true_feedback, question.text_format)
        answer(element, "0" if question.answer else "100", "false", AUTO, question.false_feedback, question.text_format)
