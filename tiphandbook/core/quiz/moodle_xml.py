"""Write a quiz as Moodle XML, the richer of Moodle's import formats (it has ordering questions and id numbers).

The shape of every question is what Moodle's own exporter writes for its type (moodle/moodle,
question/format/xml/format.php, ``qformat_xml::writequestion``, ``write_answer``, ``write_combined_feedback``;
for ordering, question/type/ordering/questiontype.php, ``qtype_ordering::export_to_xml``), because Moodle's importer
reads exactly that and nothing less: an ordering question without ``<shownumcorrect>`` makes Moodle 4.5 build hints
with no format and abort the import at that question (``import_from_xml`` fills ``hintshownumcorrect`` when the
element is missing). Every text element carries its ``format`` attribute, as Moodle's ``format()`` writes it.

The quiz becomes a category named after its title; each question keeps its id as name and ``idnumber``, its
explanation as general feedback, and weights that make Moodle mark it as the app does (``moodle_weights``).
Ordering questions use Moodle's ordering type graded LONGEST_ORDERED_SUBSET, which ``scoring`` reproduces. Texts
are sent as escaped HTML so that ``<`` or ``&`` in a question are shown, never interpreted.
"""

from __future__ import annotations

import html
import math
import xml.etree.ElementTree as ET

from tiphandbook.core.content.model import Question, Quiz, number_text
from tiphandbook.core.quiz.moodle_weights import moodle_weights, weight_text
from tiphandbook.core.quiz.quiz_text import to_html
from tiphandbook.core.quiz.short_answers import moodle_answers

_TYPES = {"single": "multichoice", "multiple": "multichoice", "true_false": "truefalse", "matching": "matching",
          "ordering": "ordering", "short_answer": "shortanswer", "numerical": "numerical", "essay": "essay",
          "description": "description"}
HTML, AUTO = "html", "moodle_auto_format"  # Moodle's names for FORMAT_HTML and FORMAT_MOODLE
ORDERING_GRADING = "LONGEST_ORDERED_SUBSET"  # the grading type ``scoring`` reproduces
_PENALTY = {"true_false": "1"}  # Moodle's truefalse penalty; the others use the question default


def quiz_to_moodle_xml(quiz: Quiz) -> bytes:
    root = ET.Element("quiz")
    category = ET.SubElement(root, "question", type="category")
    _text(ET.SubElement(category, "category"), f"$course$/top/{quiz.title.replace('/', '//')}")
    _html(category, "info", "")
    _plain(category, "idnumber", "")
    for question in quiz.questions:
        root.append(_question(question))
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def _question(question: Question) -> ET.Element:
    """The generic head (``writequestion``: name, questiontext, generalfeedback, defaultgrade, penalty, hidden,
    idnumber), then the type's own elements in the order Moodle writes them."""
    element = ET.Element("question", type=_TYPES[question.type])
    _text(ET.SubElement(element, "name"), question.id)
    fmt = question.text_format
    _html(element, "questiontext", question.prompt, fmt)
    _html(element, "generalfeedback", question.explanation, fmt)
    _plain(element, "defaultgrade", "0" if question.type == "description" else "1")
    _plain(element, "penalty", _PENALTY.get(question.type, "0.3333333"))
    _plain(element, "hidden", "0")
    _plain(element, "idnumber", question.id)
    _BODY[question.type](element, question)
    return element


def _choice(element: ET.Element, question: Question) -> None:
    _plain(element, "single", "true" if question.type == "single" else "false")
    _plain(element, "shuffleanswers", "true")
    _plain(element, "answernumbering", "abc")
    _plain(element, "showstandardinstruction", "0")
    _combined_feedback(element)
    for option, weight in zip(question.options, moodle_weights(question), strict=True):
        _answer(element, weight_text(weight), _as_html(option.text, question.text_format), HTML, option.feedback,
                question.text_format)


def _true_false(element: ET.Element, question: Question) -> None:
    _answer(element, "100" if question.answer else "0", "true", AUTO, question.true_feedback, question.text_format)
    _answer(element, "0" if question.answer else "100", "false", AUTO, question.false_feedback, question.text_format)


def _matching(element: ET.Element, question: Question) -> None:
    _plain(element, "shuffleanswers", "true")
    _combined_feedback(element)
    for left, right in question.pairs:
        sub = ET.SubElement(element, "subquestion", format=HTML)
        _text(sub, _as_html(left, question.text_format))
        _text(ET.SubElement(sub, "answer"), right)


def _ordering(element: ET.Element, question: Question) -> None:
    """``qtype_ordering::export_to_xml``: six options, combined feedback, ``<shownumcorrect>``, then the items
    with their position as fraction and a format, feedback only when there is some."""
    for name, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"), ("selectcount", str(len(question.items))),
                        ("gradingtype", ORDERING_GRADING), ("showgrading", "SHOW"), ("numberingstyle", "none")):
        _plain(element, name, value)
    _combined_feedback(element, shownumcorrect=False)
    _plain(element, "shownumcorrect", "1")
    for position, item in enumerate(question.items, 1):
        answer = ET.SubElement(element, "answer", fraction=str(position), format=HTML)
        _text(answer, _as_html(item))


def _short_answer(element: ET.Element, question: Question) -> None:
    _plain(element, "usecase", "0")
    for accepted in moodle_answers(question):
        _answer(element, "100", accepted, AUTO, "", "plain")


def _numerical(element: ET.Element, question: Question) -> None:
    for number in question.numbers:  # "*" is Moodle's "any other number", for its feedback
        other = math.isinf(number.tolerance)
        _answer(element, weight_text(number.weight), "*" if other else number.text(), AUTO, number.feedback,
                question.text_format, extra=("tolerance", "0" if other else number_text(number.tolerance)))


def _essay(element: ET.Element, question: Question) -> None:
    for name, value in (("responseformat", "editor"), ("responserequired", "1"), ("responsefieldlines", "15"),
                        ("minwordlimit", ""), ("maxwordlimit", ""), ("attachments", "0"),
                        ("attachmentsrequired", "0"), ("maxbytes", "0"), ("filetypeslist", "")):
        _plain(element, name, value)
    _html(element, "graderinfo", question.explanation, question.text_format)
    _html(element, "responsetemplate", "")


def _description(element: ET.Element, question: Question) -> None:
    """Moodle writes nothing more for a description."""


_BODY = {"single": _choice, "multiple": _choice, "true_false": _true_false, "matching": _matching,
         "ordering": _ordering, "short_answer": _short_answer, "numerical": _numerical, "essay": _essay,
         "description": _description}


def _combined_feedback(element: ET.Element, shownumcorrect: bool = True) -> None:
    """``write_combined_feedback``: the three overall feedbacks (empty here, the app has none) with formats, and
    ``<shownumcorrect/>`` when set."""
    for name in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        _html(element, name, "")
    if shownumcorrect:
        ET.SubElement(element, "shownumcorrect")


def _answer(element: ET.Element, fraction: str, text: str, text_format: str, feedback: str, feedback_format: str,
            extra: tuple[str, str] | None = None) -> None:
    """``write_answer``: fraction and format, the text, then a feedback element with its format (always)."""
    answer = ET.SubElement(element, "answer", fraction=fraction, format=text_format)
    _text(answer, text)
    _html(answer, "feedback", feedback, feedback_format)
    if extra:
        _plain(answer, *extra)


def _as_html(text: str, text_format: str = "plain") -> str:
    """Moodle receives HTML: the app's plain text escaped in a paragraph, Markdown rendered, HTML sanitised."""
    if text_format != "plain":
        return to_html(text, text_format)
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def _text(parent: ET.Element, value: str) -> None:
    ET.SubElement(parent, "text").text = value


def _plain(parent: ET.Element, name: str, value: str) -> None:
    ET.SubElement(parent, name).text = value


def _html(parent: ET.Element, name: str, value: str, text_format: str = "plain") -> None:
    _text(ET.SubElement(parent, name, format=HTML), _as_html(value, text_format) if value else "")
