"""Write a quiz as Moodle XML, the richer of Moodle's import formats (it has ordering questions and id numbers).

The quiz becomes a category named after its title; each question keeps its id as name and ``idnumber``, its
explanation as general feedback, and weights that make Moodle mark it as the app does (``moodle_weights``).
Ordering questions use Moodle's ordering type (core since Moodle 4.4), graded by the longest ordered subset like
the app. Texts are sent as escaped HTML so that ``<`` or ``&`` in a question are shown, never interpreted.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

from tiphandbook.core.content.model import Question, Quiz
from tiphandbook.core.quiz.moodle_weights import option_weights, weight_text

_TYPES = {"single": "multichoice", "multiple": "multichoice", "true_false": "truefalse", "matching": "matching",
          "ordering": "ordering", "short_answer": "shortanswer"}


def quiz_to_moodle_xml(quiz: Quiz) -> bytes:
    root = ET.Element("quiz")
    category = ET.SubElement(root, "question", type="category")
    _text(ET.SubElement(category, "category"), f"$course$/top/{quiz.title.replace('/', '//')}")
    for question in quiz.questions:
        root.append(_question(question))
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def _question(question: Question) -> ET.Element:
    element = ET.Element("question", type=_TYPES[question.type])
    _text(ET.SubElement(element, "name"), question.id)
    _html(element, "questiontext", question.prompt)
    _html(element, "generalfeedback", question.explanation)
    _plain(element, "defaultgrade", "1")
    _plain(element, "penalty", "0.3333333")
    _plain(element, "hidden", "0")
    _plain(element, "idnumber", question.id)
    kind = question.type
    if kind in ("single", "multiple"):
        _plain(element, "single", "true" if kind == "single" else "false")
        _plain(element, "shuffleanswers", "true")
        _plain(element, "answernumbering", "abc")
        for option, weight in zip(question.options, option_weights(question), strict=True):
            _answer(element, weight_text(weight), option.text, option.feedback)
    elif kind == "true_false":
        _answer(element, "100" if question.answer else "0", "true", plain=True)
        _answer(element, "0" if question.answer else "100", "false", plain=True)
    elif kind == "matching":
        _plain(element, "shuffleanswers", "true")
        for left, right in question.pairs:
            sub = ET.SubElement(element, "subquestion", format="html")
            _text(sub, _as_html(left))
            _text(ET.SubElement(sub, "answer"), right)
    elif kind == "ordering":
        for name, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"), ("selectcount", str(len(question.items))),
                            ("gradingtype", "LONGEST_ORDERED_SUBSET"), ("showgrading", "SHOW"), ("numberingstyle", "none")):
            _plain(element, name, value)
        for position, item in enumerate(question.items, 1):
            _answer(element, str(position), item)
    elif kind == "short_answer":
        _plain(element, "usecase", "0")
        for accepted in question.answers:
            _answer(element, "100", accepted, plain=True)
    return element


def _as_html(text: str) -> str:
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def _text(parent: ET.Element, value: str) -> None:
    ET.SubElement(parent, "text").text = value


def _plain(parent: ET.Element, name: str, value: str) -> None:
    ET.SubElement(parent, name).text = value


def _html(parent: ET.Element, name: str, value: str) -> None:
    _text(ET.SubElement(parent, name, format="html"), _as_html(value) if value else "")


def _answer(parent: ET.Element, fraction: str, text: str, feedback: str = "", plain: bool = False) -> None:
    """Answers of short-answer and true/false questions are compared as typed text, so they stay plain."""
    answer = ET.SubElement(parent, "answer", fraction=fraction, format="plain_text" if plain else "html")
    _text(answer, text if plain else _as_html(text))
    if feedback:
        _html(answer, "feedback", feedback)
