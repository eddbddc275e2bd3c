"""A response and a question's correct answer as plain text, for the result review and the feedback after an
answer. Texts come from the question in the language shown, indices from the response, so an answer given in
Russian reads correctly in Uzbek."""

from __future__ import annotations

from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.labels import quiz_label
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.types import question_type


def response_text(question: Question, response: Response | None, lang: str) -> str:
    if response is None:
        return quiz_label("no-answer", lang)
    return question_type(question.type).response_text(question, response, lang)


def correct_text(question: Question, lang: str) -> str:
    return question_type(question.type).correct_text(question, lang)
