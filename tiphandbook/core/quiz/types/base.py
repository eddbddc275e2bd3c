"""What a question type must say about itself: every place that treats questions differently by type asks the
type through one of these hooks, so a new type is one module and one line in the registry (``types/__init__``).

Each hook is abstract: a type that forgets one cannot be built, and ``tests/test_question_types.py`` checks that
every registered type defines every hook itself.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from abc import ABC, abstractmethod
from dataclasses import dataclass
from html import escape
from typing import Any

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.labels import quiz_label
from tiphandbook.core.quiz.marks import is_full_marks
from tiphandbook.core.quiz.quiz_text import inline_html, to_plain
from tiphandbook.core.quiz.responses import Response

SEPARATOR = "; "
NOTHING = "—"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BLANK = "________"
BOX = "☐"
RIGHT, WRONG = "✓", "✗"


@dataclass(frozen=True)
class Refusal:
    """Why an export cannot write a question; ``fixable`` when its text, not its type, is the reason."""

    reason: str
    fixable: bool


class QuestionType(ABC):
    """One kind of question: how it is read from YAML, marked, shown, reviewed and exported."""

    name: str  # the ``type:`` written in a quiz file
    moodle_name: str  # Moodle's qtype in Moodle XML
    moodle_grade = "1"  # Moodle's defaultgrade
    moodle_penalty = "0.3333333"  # Moodle's penalty for each wrong try
    explained = True  # whether the quiz file must give an explanation and a handbook reference

    @abstractmethod
    def parse(self, q: FieldReader, common: dict[str, Any]) -> Question:
        """The question from its YAML fields (``common`` holds id, prompt, explanation...); problems go to ``q``."""

    @abstractmethod
    def mark(self, question: Question, response: Response) -> float:
        """The fraction of the mark an (answered) response earns, between 0 and 1."""

    @abstractmethod
    def shown_order(self, question: Question, seed: int) -> tuple[int, ...]:
        """The order in which the question's parts are shown in one sitting; () when it has none."""

    @abstractmethod
    def response_text(self, question: Question, response: Response, lang: str) -> str:
        """An (answered) response as one line of plain text."""

    @abstractmethod
    def correct_text(self, question: Question, lang: str) -> str:
        """The correct answer as one line of plain text."""

    @abstractmethod
    def input_html(self, question: Question, order: tuple[int, ...], lang: str, blanks: bool,
                   mark_correct: bool) -> list[str]:
        """Below the prompt on a slide or sheet: the kind of answer wanted and the parts, lettered in shown order;
        ``blanks`` adds places to write, ``mark_correct`` ticks the correct parts."""

    @abstractmethod
    def answer_text(self, question: Question, order: tuple[int, ...], lang: str) -> str:
        """The answer for a key or a revealed slide, in the letters shown."""

    @abstractmethod
    def review_html(self, question: Question, response: Response, fraction: float, order: tuple[int, ...],
                    lang: str) -> list[str]:
        """What practice shows after Check between the verdict and the explanation."""

    @abstractmethod
    def yaml_fields(self, question: Question) -> dict[str, Any]:
        """The type's own fields as the app's YAML writes them (``quiz_yaml``)."""

    @abstractmethod
    def gift_refusal(self, question: Question) -> Refusal | None:
        """Why GIFT cannot carry this question, or None when it can."""

    @abstractmethod
    def gift_answers(self, question: Question) -> str | None:
        """The inside of the GIFT answer block, as Moodle's writer lays it out; None: no block at all."""

    @abstractmethod
    def moodle_body(self, element: ET.Element, question: Question) -> None:
        """The type's own Moodle XML elements after the common head, in the order Moodle writes them."""


def plain(question: Question, text: str) -> str:
    """One of the question's texts without markup (``quiz_text``), for a line of plain text."""
    return to_plain(text, question.text_format)


def inline(question: Question, text: str) -> str:
    return inline_html(text, question.text_format)


def letter(position: int) -> str:
    return LETTERS[position]


def hint(key: str, lang: str) -> str:
    return f'<p class="hint">{escape(quiz_label(key, lang))}</p>'


def lettered(texts: list[str], box: str, correct: set[int] | None = None) -> str:
    """Lettered list items from texts that are already HTML."""
    prefix = f"{box} " if box else ""
    rows = "".join(
        f'<li class="correct"><b>✓ {letter(pos)}. {text}</b></li>' if correct and pos in correct
        else f"<li>{prefix}{letter(pos)}. {text}</li>"
        for pos, text in enumerate(texts)
    )
    return f'<ul class="options">{rows}</ul>'


def labelled_line(key: str, text: str, lang: str) -> str:
    return f"<p><b>{escape(quiz_label(key, lang))}:</b> {escape(text)}</p>"


def answer_review(question: Question, kind: QuestionType, feedback: str, fraction: float, lang: str) -> list[str]:
    """The review of a type without per-option feedback: the answer's own feedback, then the correct answer
    unless the response earned full marks."""
    parts = [f"<p>{feedback}</p>"] if feedback else []
    if not is_full_marks(fraction):
        parts.append(labelled_line("correct-answer", kind.correct_text(question, lang), lang))
    return parts


def yaml_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
