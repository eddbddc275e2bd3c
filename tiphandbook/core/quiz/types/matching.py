"""``matching``: each left-hand side gets a right-hand side; the share given the right partner is the mark."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape
from typing import Any

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.gift_syntax import escape as gift_escape
from tiphandbook.core.quiz.gift_syntax import general_feedback, gift_text
from tiphandbook.core.quiz.moodle_elements import HTML, as_html, combined_feedback, plain_element, text_element
from tiphandbook.core.quiz.permutation import permutation
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.types.base import (
    BLANK,
    NOTHING,
    SEPARATOR,
    QuestionType,
    Refusal,
    answer_review,
    hint,
    inline,
    letter,
    plain,
)


class Matching(QuestionType):
    name = "matching"
    moodle_name = "matching"

    def parse(self, q: FieldReader, common: dict[str, Any]) -> Question:
        pairs = []
        for raw in q.mappings("pairs"):
            pair = FieldReader(raw, q.path, q.errors, "pair")
            pair.only("left", "right")
            pairs.append((pair.text("left"), pair.text("right")))
        if len(pairs) < 2:
            q.error("pairs", "a matching question needs at least two pairs")
        return Question(**common, pairs=tuple(pairs))

    def mark(self, question: Question, response: Response) -> float:
        chosen = response if isinstance(response, tuple) else ()
        pairs = question.pairs
        right = sum(
            1 for i, j in enumerate(chosen[: len(pairs)])
            if j is not None and 0 <= j < len(pairs) and pairs[j][1] == pairs[i][1]  # equal texts are equally right
        )
        return right / len(pairs) if pairs else 0.0

    def shown_order(self, question: Question, seed: int) -> tuple[int, ...]:
        return permutation(len(question.pairs), seed, question.id, avoid_identity=True)

    def response_text(self, question: Question, response: Response, lang: str) -> str:
        if not isinstance(response, tuple):
            return str(response)
        return SEPARATOR.join(
            f"{plain(question, left)} → {question.pairs[j][1] if j is not None else NOTHING}"
            for (left, _), j in zip(question.pairs, response, strict=False)
        )

    def correct_text(self, question: Question, lang: str) -> str:
        return SEPARATOR.join(f"{plain(question, left)} → {right}" for left, right in question.pairs)

    def input_html(self, question: Question, order: tuple[int, ...], lang: str, blanks: bool,
                   mark_correct: bool) -> list[str]:
        rows = []
        for n, (left, _) in enumerate(question.pairs, 1):
            slot = f" {BLANK}" if blanks else ""
            right = question.pairs[order[n - 1]][1] if n - 1 < len(order) else ""
            rows.append(f'<tr><td width="50%">{n}. {inline(question, left)}{slot}</td>'
                        f'<td width="50%">{letter(n - 1)}. {escape(right)}</td></tr>')
        return [hint("match", lang), f'<table class="matching" width="100%" cellpadding="4">{"".join(rows)}</table>']

    def answer_text(self, question: Question, order: tuple[int, ...], lang: str) -> str:
        position = {i: pos for pos, i in enumerate(order)}
        return ", ".join(f"{n} – {letter(position[n - 1])}" for n in range(1, len(question.pairs) + 1))

    def review_html(self, question: Question, response: Response, fraction: float, order: tuple[int, ...],
                    lang: str) -> list[str]:
        return answer_review(question, self, "", fraction, lang)

    def yaml_fields(self, question: Question) -> dict[str, Any]:
        return {"pairs": [{"left": left, "right": right} for left, right in question.pairs]}

    def gift_refusal(self, question: Question) -> Refusal | None:
        if any("->" in left for left, _ in question.pairs):
            return Refusal("a matching left side containing '->' cannot be written in GIFT (the first '->' splits "
                           "the pair); export as Moodle XML or reword it", fixable=True)
        return None

    def gift_answers(self, question: Question) -> str:
        rows = [f"\t={gift_text(left, question)} -> {gift_escape(right)}" for left, right in question.pairs]
        return "\n" + "\n".join(rows) + "\n" + general_feedback(question, inline=False)

    def moodle_body(self, element: ET.Element, question: Question) -> None:
        plain_element(element, "shuffleanswers", "true")
        combined_feedback(element)
        for left, right in question.pairs:
            sub = ET.SubElement(element, "subquestion", format=HTML)
            text_element(sub, as_html(left, question.text_format))
            text_element(ET.SubElement(sub, "answer"), right)
