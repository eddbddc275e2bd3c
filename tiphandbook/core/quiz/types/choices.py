"""What single- and multiple-choice questions share: options read from YAML, lettered on a sheet, reviewed with
each option's feedback, written for Moodle with the app's weights (``moodle_weights``)."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from html import escape
from typing import Any

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.model import Option, Question
from tiphandbook.core.quiz.gift_syntax import gift_text, general_feedback
from tiphandbook.core.quiz.labels import quiz_label
from tiphandbook.core.quiz.moodle_elements import HTML, answer, as_html, combined_feedback, plain_element
from tiphandbook.core.quiz.moodle_weights import moodle_weights, weight_text
from tiphandbook.core.quiz.permutation import permutation
from tiphandbook.core.quiz.types.base import (
    BOX,
    RIGHT,
    SEPARATOR,
    WRONG,
    Refusal,
    hint,
    inline,
    letter,
    lettered,
    plain,
    yaml_number,
)


def read_options(q: FieldReader, single: bool) -> tuple[Option, ...]:
    """Options marked ``correct``, or all given a ``weight`` (percent, as Moodle has them); with weights, the
    correct ones are those at 100% (single) or above 0 (multiple)."""
    options = [_option(FieldReader(o, q.path, q.errors, "option")) for o in q.mappings("options")]
    weighted = [o.weight is not None for o in options]
    if any(weighted) and not all(weighted):
        q.error("options", "give every option a weight, or none")
        return tuple(options)
    if all(weighted) and options:
        options = [dataclasses.replace(o, correct=o.weight >= 100 if single else o.weight > 0)  # type: ignore[operator]
                   for o in options]
    correct = sum(o.correct for o in options)
    if len(options) < 2:
        q.error("options", "a choice question needs at least two options")
    elif single and any(weighted) and correct < 1:
        q.error("options", "a single-choice question needs an option with weight 100")
    elif single and not any(weighted) and correct != 1:
        q.error("options", f"a single-choice question needs exactly one correct option, not {correct}")
    elif not single and correct < 1:
        q.error("options", "a multiple-choice question needs at least one correct option")
    return tuple(options)


def _option(o: FieldReader) -> Option:
    o.only("text", "correct", "feedback", "weight")
    weight = o.number("weight", required=False, minimum=-100, maximum=100)
    if weight is not None and "correct" in o.data:
        o.error("correct", "give 'weight' or 'correct', not both")
    return Option(text=o.text("text"), correct=bool(o.boolean("correct")), feedback=o.text("feedback", required=False),
                  weight=weight)


class ChoiceType:
    """The hooks single and multiple choice implement alike (mixed into each ``QuestionType``)."""

    single: bool  # one option is picked, or any number

    def shown_order(self, question: Question, seed: int) -> tuple[int, ...]:
        return permutation(len(question.options), seed, question.id)

    def correct_text(self, question: Question, lang: str) -> str:
        return SEPARATOR.join(plain(question, o.text) for o in question.options if o.correct)

    def input_html(self, question: Question, order: tuple[int, ...], lang: str, blanks: bool,
                   mark_correct: bool) -> list[str]:
        correct = {pos for pos, i in enumerate(order) if question.options[i].correct} if mark_correct else set()
        return [hint("choose-one" if self.single else "choose-all", lang),
                lettered([inline(question, question.options[i].text) for i in order], BOX if blanks else "", correct)]

    def answer_text(self, question: Question, order: tuple[int, ...], lang: str) -> str:
        return ", ".join(letter(pos) for pos, i in enumerate(order) if question.options[i].correct)

    def review_html(self, question: Question, response: object, fraction: float, order: tuple[int, ...],
                    lang: str) -> list[str]:
        """Each option picked or correct, marked right or wrong, with the feedback of those picked."""
        picked = {response} if isinstance(response, int) else set(response) if isinstance(response, frozenset) else set()
        rows = []
        for i in order:
            option = question.options[i]
            if i not in picked and not option.correct:
                continue
            mark = RIGHT if option.correct else WRONG
            note = f" <i>({escape(quiz_label('not-picked', lang))})</i>" if i not in picked else ""
            feedback = f"<br/>{inline(question, option.feedback)}" if option.feedback and i in picked else ""
            rows.append(f"<li>{mark} {inline(question, option.text)}{note}{feedback}</li>")
        return [f'<ul class="feedback">{"".join(rows)}</ul>']

    def yaml_fields(self, question: Question) -> dict[str, Any]:
        weighted = any(o.weight is not None for o in question.options)
        return {"options": [
            {"text": o.text}
            | ({"weight": yaml_number(o.weight)} if weighted and o.weight is not None
               else {"correct": True} if o.correct else {})
            | ({"feedback": o.feedback} if o.feedback else {})
            for o in question.options
        ]}

    def gift_refusal(self, question: Question) -> Refusal | None:
        return None

    def gift_answers(self, question: Question) -> str:
        rows = []
        for option, weight in zip(question.options, moodle_weights(question), strict=True):
            if self.single and weight == 100:
                marker = "="
            else:
                marker = "~" if weight == 0 and not option.text.startswith("%") else f"~%{weight_text(weight)}%"
            feedback = f"#{gift_text(option.feedback, question)}" if option.feedback else ""
            rows.append(f"\t{marker}{gift_text(option.text, question)}{feedback}")
        return "\n" + "\n".join(rows) + "\n" + general_feedback(question, inline=False)

    def moodle_body(self, element: ET.Element, question: Question) -> None:
        plain_element(element, "single", "true" if self.single else "false")
        plain_element(element, "shuffleanswers", "true")
        plain_element(element, "answernumbering", "abc")
        plain_element(element, "showstandardinstruction", "0")
        combined_feedback(element)
        for option, weight in zip(question.options, moodle_weights(question), strict=True):
            answer(element, weight_text(weight), as_html(option.text, question.text_format), HTML, option.feedback,
                   question.text_format)
