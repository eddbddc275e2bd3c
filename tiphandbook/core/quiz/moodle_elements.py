"""The XML elements every Moodle question is built from, written as Moodle's own exporter writes them
(moodle/moodle, question/format/xml/format.php: ``write_answer``, ``write_combined_feedback``, ``format()``).

Shared by ``moodle_xml`` (the question head) and each question type's body (``quiz.types``). Texts are sent as
escaped HTML so that ``<`` or ``&`` in a question are shown, never interpreted.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

from tiphandbook.core.quiz.quiz_text import to_html

HTML, AUTO = "html", "moodle_auto_format"  # Moodle's names for FORMAT_HTML and FORMAT_MOODLE


def combined_feedback(element: ET.Element, shownumcorrect: bool = True) -> None:
    """``write_combined_feedback``: the three overall feedbacks (empty here, the app has none) with formats, and
    ``<shownumcorrect/>`` when set."""
    for name in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        html_element(element, name, "")
    if shownumcorrect:
        ET.SubElement(element, "shownumcorrect")


def answer(element: ET.Element, fraction: str, text: str, text_format: str, feedback: str, feedback_format: str,
           extra: tuple[str, str] | None = None) -> None:
    """``write_answer``: fraction and format, the text, then a feedback element with its format (always)."""
    answer_element = ET.SubElement(element, "answer", fraction=fraction, format=text_format)
    text_element(answer_element, text)
    html_element(answer_element, "feedback", feedback, feedback_format)
    if extra:
        plain_element(answer_element, *extra)


def as_html(text: str, text_format: str = "plain") -> str:
    """Moodle receives HTML: the app's plain text escaped in a paragraph, Markdown rendered, HTML sanitised."""
    if text_format != "plain":
        return to_html(text, text_format)
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def text_element(parent: ET.Element, value: str) -> None:
    ET.SubElement(parent, "text").text = value


def plain_element(parent: ET.Element, name: str, value: str) -> None:
    ET.SubElement(parent, name).text = value


def html_element(parent: ET.Element, name: str, value: str, text_format: str = "plain") -> None:
    text_element(ET.SubElement(parent, name, format=HTML), as_html(value, text_format) if value else "")
