"""``ordering``: items put in order, marked by Moodle's LONGEST_ORDERED_SUBSET, the grading type the Moodle XML
export writes: the longest set of items already in the right relative order, over n; a "set" of one item counts
as none. One item moved out of five earns 4/5, the reverse order earns 0 (question/type/ordering/question.php,
``grade_response`` and ``get_ordered_subset``, which starts ``$bestcount`` at 1 so a single item never scores).
Tests compare this with a transcription of Moodle's algorithm on every permutation of up to 6 items.

GIFT has no ordering question (written as matching, Moodle would mark it by exact position, not as the app
does): the GIFT export leaves it out, pointing to the Moodle XML export, which keeps it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from bisect import bisect_left
from collections.abc import Sequence
from html import escape
from typing import Any

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.moodle_elements import HTML, as_html, combined_feedback, plain_element, text_element
from tiphandbook.core.quiz.permutation import permutation
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.types.base import SEPARATOR, QuestionType, Refusal, answer_review, hint, letter, lettered

ORDERING_GRADING = "LONGEST_ORDERED_SUBSET"  # the grading type ``mark`` reproduces


class Ordering(QuestionType):
    name = "ordering"
    moodle_name = "ordering"

    def parse(self, q: FieldReader, common: dict[str, Any]) -> Question:
        items = q.texts("items", required=True)
        if len(items) < 2:
            q.error("items", "an ordering question needs at least two items")
        return Question(**common, items=items)

    def mark(self, question: Question, response: Response) -> float:
        order: Sequence[int] = response if isinstance(response, tuple) else ()  # type: ignore[assignment]
        n = len(question.items)
        if n < 2 or sorted(order) != list(range(n)):
            return 0.0
        longest = longest_increasing_run(order)
        return longest / n if longest > 1 else 0.0

    def shown_order(self, question: Question, seed: int) -> tuple[int, ...]:
        return permutation(len(question.items), seed, question.id, avoid_identity=True)

    def response_text(self, question: Question, response: Response, lang: str) -> str:
        if not isinstance(response, tuple):
            return str(response)
        return SEPARATOR.join(f"{n}. {question.items[i]}" for n, i in enumerate(response, 1))  # type: ignore[index]

    def correct_text(self, question: Question, lang: str) -> str:
        return SEPARATOR.join(f"{n}. {item}" for n, item in enumerate(question.items, 1))

    def input_html(self, question: Question, order: tuple[int, ...], lang: str, blanks: bool,
                   mark_correct: bool) -> list[str]:
        return [hint("order", lang), lettered([escape(question.items[i]) for i in order], "___" if blanks else "")]

    def answer_text(self, question: Question, order: tuple[int, ...], lang: str) -> str:
        position = {i: pos for pos, i in enumerate(order)}
        return ", ".join(letter(position[i]) for i in range(len(question.items)))

    def review_html(self, question: Question, response: Response, fraction: float, order: tuple[int, ...],
                    lang: str) -> list[str]:
        return answer_review(question, self, "", fraction, lang)

    def yaml_fields(self, question: Question) -> dict[str, Any]:
        return {"items": list(question.items)}

    def gift_refusal(self, question: Question) -> Refusal | None:
        return Refusal("GIFT has no ordering question (as matching, Moodle would mark it by exact position, not as "
                       "the app does); export the quiz as Moodle XML to keep it", fixable=False)

    def gift_answers(self, question: Question) -> str | None:
        raise ValueError("GIFT export does not write 'ordering' questions")  # gift_refusal keeps them out

    def moodle_body(self, element: ET.Element, question: Question) -> None:
        """``qtype_ordering::export_to_xml``: six options, combined feedback, ``<shownumcorrect>``, then the items
        with their position as fraction and a format, feedback only when there is some."""
        for name, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"),
                            ("selectcount", str(len(question.items))), ("gradingtype", ORDERING_GRADING),
                            ("showgrading", "SHOW"), ("numberingstyle", "none")):
            plain_element(element, name, value)
        combined_feedback(element, shownumcorrect=False)
        plain_element(element, "shownumcorrect", "1")
        for position, item in enumerate(question.items, 1):
            answer = ET.SubElement(element, "answer", fraction=str(position), format=HTML)
            text_element(answer, as_html(item))


def longest_increasing_run(values: Sequence[int]) -> int:
    """Length of the longest strictly increasing subsequence (patience sorting, O(n log n))."""
    tails: list[int] = []
    for value in values:
        at = bisect_left(tails, value)
        if at == len(tails):
            tails.append(value)
        else:
            tails[at] = value
    return len(tails)
