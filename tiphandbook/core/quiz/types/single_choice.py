"""``single``: one option is picked; it earns its weight (100 % for the correct one unless the quiz gives weights;
a weight may be partial or negative, as in Moodle)."""

from __future__ import annotations

from typing import Any

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.moodle_weights import option_weights
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.types.base import QuestionType, plain
from tiphandbook.core.quiz.types.choices import ChoiceType, read_options


class SingleChoice(ChoiceType, QuestionType):
    name = "single"
    moodle_name = "multichoice"
    single = True

    def parse(self, q: FieldReader, common: dict[str, Any]) -> Question:
        return Question(**common, options=read_options(q, single=True))

    def mark(self, question: Question, response: Response) -> float:
        if isinstance(response, bool) or not isinstance(response, int) or not 0 <= response < len(question.options):
            return 0.0
        return option_weights(question)[response] / 100

    def response_text(self, question: Question, response: Response, lang: str) -> str:
        if isinstance(response, int):
            return plain(question, question.options[response].text)
        return str(response)
