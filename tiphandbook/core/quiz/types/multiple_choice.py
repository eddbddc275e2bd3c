"""``multiple``: any number of options is picked; they earn the sum of their weights (``moodle_weights``: by
default each correct option earns 1/C, each wrong one costs 1/W), kept between 0 and 1 as Moodle does. Picking
everything therefore earns nothing, as guessing should."""

from __future__ import annotations

from typing import Any

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.moodle_weights import option_weights
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.types.base import NOTHING, SEPARATOR, QuestionType, plain
from tiphandbook.core.quiz.types.choices import ChoiceType, read_options


class MultipleChoice(ChoiceType, QuestionType):
    name = "multiple"
    moodle_name = "multichoice"
    single = False

    def parse(self, q: FieldReader, common: dict[str, Any]) -> Question:
        return Question(**common, options=read_options(q, single=False))

    def mark(self, question: Question, response: Response) -> float:
        picked = response if isinstance(response, frozenset) else frozenset()
        weights = option_weights(question)
        total = sum(weights[i] for i in picked if 0 <= i < len(weights)) / 100
        return min(1.0, max(0.0, total))

    def response_text(self, question: Question, response: Response, lang: str) -> str:
        if isinstance(response, frozenset):
            return SEPARATOR.join(plain(question, question.options[i].text) for i in sorted(response)) or NOTHING
        return str(response)
