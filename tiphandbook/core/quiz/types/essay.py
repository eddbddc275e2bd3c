"""``essay``: a written answer, self-assessed against the model answer (the explanation), never counted in a
quiz's score (``Question.scored``)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.gift_syntax import general_feedback
from tiphandbook.core.quiz.moodle_elements import html_element, plain_element
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.types.base import BLANK, QuestionType, Refusal, hint, plain


class Essay(QuestionType):
    name = "essay"
    moodle_name = "essay"

    def parse(self, q: FieldReader, common: dict[str, Any]) -> Question:
        return Question(**common)

    def mark(self, question: Question, response: Response) -> float:
        return 0.0  # self-assessed: never counted

    def shown_order(self, question: Question, seed: int) -> tuple[int, ...]:
        return ()

    def response_text(self, question: Question, response: Response, lang: str) -> str:
        return str(response)

    def correct_text(self, question: Question, lang: str) -> str:
        return plain(question, question.explanation)

    def input_html(self, question: Question, order: tuple[int, ...], lang: str, blanks: bool,
                   mark_correct: bool) -> list[str]:
        return [hint("write-answer", lang)] + (["".join(f"<p>{BLANK * 8}</p>" for _ in range(5))] if blanks else [])

    def answer_text(self, question: Question, order: tuple[int, ...], lang: str) -> str:
        return self.correct_text(question, lang)  # the model answer

    def review_html(self, question: Question, response: Response, fraction: float, order: tuple[int, ...],
                    lang: str) -> list[str]:
        return []  # no verdict: the review shows the model answer to compare with

    def yaml_fields(self, question: Question) -> dict[str, Any]:
        return {}

    def gift_refusal(self, question: Question) -> Refusal | None:
        return None

    def gift_answers(self, question: Question) -> str:
        return general_feedback(question, inline=True)

    def moodle_body(self, element: ET.Element, question: Question) -> None:
        for name, value in (("responseformat", "editor"), ("responserequired", "1"), ("responsefieldlines", "15"),
                            ("minwordlimit", ""), ("maxwordlimit", ""), ("attachments", "0"),
                            ("attachmentsrequired", "0"), ("maxbytes", "0"), ("filetypeslist", "")):
            plain_element(element, name, value)
        html_element(element, "graderinfo", question.explanation, question.text_format)
        html_element(element, "responsetemplate", "")
