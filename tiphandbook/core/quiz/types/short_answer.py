"""``short_answer``: a typed text, right when it is one of the accepted answers once normalised
(``normalize_answer``), all or nothing. Moodle receives every accepted answer in the forms it needs
(``short_answers``)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.gift_syntax import general_feedback, gift_text
from tiphandbook.core.quiz.moodle_elements import AUTO, answer, plain_element
from tiphandbook.core.quiz.normalize import normalize_answer
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.short_answers import moodle_answers
from tiphandbook.core.quiz.types.base import BLANK, SEPARATOR, QuestionType, Refusal, answer_review, hint


class ShortAnswer(QuestionType):
    name = "short_answer"
    moodle_name = "shortanswer"

    def parse(self, q: FieldReader, common: dict[str, Any]) -> Question:
        return Question(**common, answers=q.texts("answers", required=True))

    def mark(self, question: Question, response: Response) -> float:
        typed = normalize_answer(str(response))
        return float(bool(typed) and typed in {normalize_answer(a) for a in question.answers})

    def shown_order(self, question: Question, seed: int) -> tuple[int, ...]:
        return ()

    def response_text(self, question: Question, response: Response, lang: str) -> str:
        return str(response)

    def correct_text(self, question: Question, lang: str) -> str:
        return SEPARATOR.join(question.answers)

    def input_html(self, question: Question, order: tuple[int, ...], lang: str, blanks: bool,
                   mark_correct: bool) -> list[str]:
        return [hint("write-answer", lang)] + ([f"<p>{BLANK * 4}</p>"] if blanks else [])

    def answer_text(self, question: Question, order: tuple[int, ...], lang: str) -> str:
        return " / ".join(question.answers)

    def review_html(self, question: Question, response: Response, fraction: float, order: tuple[int, ...],
                    lang: str) -> list[str]:
        return answer_review(question, self, "", fraction, lang)

    def yaml_fields(self, question: Question) -> dict[str, Any]:
        return {"answers": list(question.answers)}

    def gift_refusal(self, question: Question) -> Refusal | None:
        if any("->" in a for a in question.answers):
            return Refusal("a short answer containing '->' cannot be written in GIFT (Moodle would read a matching "
                           "question); export as Moodle XML or reword the answer", fixable=True)
        return None

    def gift_answers(self, question: Question) -> str:
        rows = [f"\t={'%100%' if accepted.startswith('%') else ''}{gift_text(accepted, question)}"
                for accepted in moodle_answers(question)]
        return "\n" + "\n".join(rows) + "\n" + general_feedback(question, inline=False)

    def moodle_body(self, element: ET.Element, question: Question) -> None:
        plain_element(element, "usecase", "0")
        for accepted in moodle_answers(question):
            answer(element, "100", accepted, AUTO, "", "plain")
