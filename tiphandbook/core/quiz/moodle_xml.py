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
are sent as escaped HTML so that ``<`` or ``&`` in a question are shown, never interpreted (``moodle_elements``).
Each type writes its own elements (``quiz.types``: ``moodle_name``, ``moodle_body``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tiphandbook.core.content.model import Question, Quiz
from tiphandbook.core.quiz.moodle_elements import html_element, plain_element, text_element
from tiphandbook.core.quiz.types import question_type


def quiz_to_moodle_xml(quiz: Quiz) -> bytes:
    root = ET.Element("quiz")
    category = ET.SubElement(root, "question", type="category")
    text_element(ET.SubElement(category, "category"), f"$course$/top/{quiz.title.replace('/', '//')}")
    html_element(category, "info", "")
    plain_element(category, "idnumber", "")
    for question in quiz.questions:
        root.append(_question(question))
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def _question(question: Question) -> ET.Element:
    """The generic head (``writequestion``: name, questiontext, generalfeedback, defaultgrade, penalty, hidden,
    idnumber), then the type's own elements in the order Moodle writes them."""
    kind = question_type(question.type)
    element = ET.Element("question", type=kind.moodle_name)
    text_element(ET.SubElement(element, "name"), question.id)
    fmt = question.text_format
    html_element(element, "questiontext", question.prompt, fmt)
    html_element(element, "generalfeedback", question.explanation, fmt)
    plain_element(element, "defaultgrade", kind.moodle_grade)
    plain_element(element, "penalty", kind.moodle_penalty)
    plain_element(element, "hidden", "0")
    plain_element(element, "idnumber", question.id)
    kind.moodle_body(element, question)
    return element
