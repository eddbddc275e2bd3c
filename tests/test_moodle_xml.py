"""Moodle XML export: well-formed, one category per quiz, every type in Moodle's own shape, weights that mark
like the app."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers.shipped import shipped_library
from tests.helpers.quiz_samples import sample_quiz
from tiphandbook.core.content.model import Option, Question, Quiz
from tiphandbook.core.quiz.exports import export_quiz
from tiphandbook.core.quiz.gift_export import quiz_to_gift
from tiphandbook.core.quiz.moodle_weights import MOODLE_GRADES, moodle_grade
from tiphandbook.core.quiz.moodle_xml import quiz_to_moodle_xml


def questions_by_name(root: ET.Element) -> dict[str, ET.Element]:
    return {q.findtext("name/text"): q for q in root.findall("question") if q.get("type") != "category"}


def test_sample_quiz_in_moodle_xml() -> None:
    data = quiz_to_moodle_xml(sample_quiz())
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    root = ET.fromstring(data)
    assert root.tag == "quiz"
    assert root.find("question[@type='category']/category/text").text == "$course$/top/Sample quiz: all types"
    q = questions_by_name(root)
    assert {name: e.get("type") for name, e in q.items()} == {
        "tf": "truefalse", "one": "multichoice", "many": "multichoice", "pairs": "matching", "order": "ordering", "law": "shortanswer"}
    assert q["tf"].findtext("idnumber") == "tf"
    assert [(a.findtext("text"), a.get("fraction")) for a in q["tf"].findall("answer")] == [("true", "0"), ("false", "100")]
    assert q["one"].findtext("single") == "true"
    assert [a.get("fraction") for a in q["one"].findall("answer")] == ["100", "0", "0"]
    assert q["many"].findtext("single") == "false"
    assert [a.get("fraction") for a in q["many"].findall("answer")] == ["50", "50", "-50", "-50"]
    # Texts go as escaped HTML: the braces and the line break of the prompt arrive as typed.
    assert q["many"].findtext("questiontext/text") == "<p>Which are means {select all} ~ = # : \\ ?<br>Two lines.</p>"
    assert q["one"].find("answer/feedback/text").text == "<p>Right: Art. 3(c).</p>"
    assert [(s.findtext("text"), s.findtext("answer/text")) for s in q["pairs"].findall("subquestion")][0] == ("<p>Act</p>", "Harbouring")
    assert q["order"].findtext("gradingtype") == "LONGEST_ORDERED_SUBSET"
    assert [a.get("fraction") for a in q["order"].findall("answer")] == ["1", "2", "3", "4", "5"]
    assert [a.findtext("text") for a in q["law"].findall("answer")][:3] == ["ZRU-633", "OʻRQ-633", "OʼRQ-633"]
    assert q["law"].findtext("generalfeedback/text") == "<p>ZRU-633.</p>"


def test_every_shipped_quiz_exports_with_weights_that_add_up() -> None:
    library = shipped_library()
    for (quiz_id, _lang), quiz in library.quizzes.items():
        root = ET.fromstring(quiz_to_moodle_xml(quiz))
        exported = questions_by_name(root)
        assert list(exported) == [q.id for q in quiz.questions], quiz_id
        for element in exported.values():
            if element.findtext("single") == "false":  # Moodle requires the positive weights to add up to 100
                positive = sum(float(a.get("fraction")) for a in element.findall("answer") if float(a.get("fraction")) > 0)
                assert positive == pytest.approx(100, abs=0.01), (quiz_id, element.findtext("name/text"))


# What Moodle's own exporter writes after the common head, per type, transcribed from moodle/moodle
# question/format/xml/format.php ``qformat_xml::writequestion`` (truefalse, multichoice, shortanswer, match cases,
# ``write_answer``, ``write_combined_feedback``) and question/type/ordering/questiontype.php
# ``qtype_ordering::export_to_xml`` (six options, combined feedback, ``<shownumcorrect>``, answers).
HEAD = ["name", "questiontext", "generalfeedback", "defaultgrade", "penalty", "hidden", "idnumber"]
COMBINED = ["correctfeedback", "partiallycorrectfeedback", "incorrectfeedback", "shownumcorrect"]
MOODLE_SHAPE = {
    "truefalse": ["answer", "answer"],
    "multichoice": ["single", "shuffleanswers", "answernumbering", "showstandardinstruction", *COMBINED],
    "shortanswer": ["usecase"],
    "matching": ["shuffleanswers", *COMBINED],
    "ordering": ["layouttype", "selecttype", "selectcount", "gradingtype", "showgrading", "numberingstyle", *COMBINED],
}
FORMATTED = ("questiontext", "generalfeedback", "feedback", "subquestion", "correctfeedback",
             "partiallycorrectfeedback", "incorrectfeedback")


def assert_moodle_shape(element: ET.Element) -> None:
    kind = element.get("type")
    tags = [child.tag for child in element]
    rest = [t for t in tags[len(HEAD):] if t not in ("answer", "subquestion")] if kind != "truefalse" else tags[len(HEAD):]
    assert tags[: len(HEAD)] == HEAD
    assert rest == MOODLE_SHAPE[kind], (element.findtext("name/text"), tags)
    for tag in FORMATTED:
        for found in element.iter(tag):
            assert found.get("format"), (element.findtext("name/text"), tag)
    for answer in element.findall("answer"):
        assert answer.get("format"), element.findtext("name/text")
        if kind != "ordering":
            assert answer.find("feedback") is not None
    if kind == "ordering":
        assert element.findtext("shownumcorrect") == "1"  # without it Moodle 4.5 aborts the import here
        assert element.findtext("selecttype") == "ALL" and element.findtext("showgrading") == "SHOW"


def test_every_shipped_quiz_is_written_in_the_shape_moodle_writes() -> None:
    library = shipped_library()
    for quiz in library.quizzes.values():
        for element in questions_by_name(ET.fromstring(quiz_to_moodle_xml(quiz))).values():
            assert_moodle_shape(element)


def test_every_sample_type_has_moodles_shape_and_formats() -> None:
    root = ET.fromstring(quiz_to_moodle_xml(sample_quiz()))
    for element in questions_by_name(root).values():
        assert_moodle_shape(element)
    assert root.find("question[@type='category']/info").get("format") == "html"


def test_weights_outside_moodles_grade_list_are_rounded_away_from_zero_and_said(tmp_path) -> None:  # noqa: ANN001
    options = tuple(Option(f"right {i}", True) for i in range(11)) + tuple(Option(f"wrong {i}", False) for i in range(19))
    many = Question("many", "multiple", "Pick.", "Why.", "alpha", 1, options=options)
    quiz = Quiz("q", "en", Path("q.quiz.en.yaml"), "Q", 70, (many,))
    fractions = [float(a.get("fraction")) for a in ET.fromstring(quiz_to_moodle_xml(quiz)).iter("answer")]
    allowed = {0.0, *MOODLE_GRADES, *(-g for g in MOODLE_GRADES)}
    assert set(fractions) <= allowed and set(fractions) == {10.0, -10.0}  # 9.09091 -> 10, -5.26316 -> -10
    gift = quiz_to_gift(quiz)
    assert "~%10%right 0" in gift and "~%-10%wrong 0" in gift and "9.09" not in gift
    result = export_quiz(quiz, "moodle-xml", tmp_path / "q.xml")
    assert any("9.09091% is not in Moodle's grade list, written as 10%" in n for n in result.notes)
    assert any("-5.26316%" in n for n in result.notes)
    assert all(g in MOODLE_GRADES for g in (100, 50, 33.33333, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5))


def test_the_grade_list_is_moodles() -> None:
    """question/engine/bank.php: 100 % and the 19 $rawfractions (0.9 ... 0.05), as percentages."""
    assert len(MOODLE_GRADES) == 20 and MOODLE_GRADES[0] == 100.0 and MOODLE_GRADES[-1] == 5.0
    assert moodle_grade(100 / 3) == 33.33333 and moodle_grade(-100 / 7) == -14.28571 and moodle_grade(3.0) == 5.0


def test_an_html_question_goes_to_moodle_as_its_sanitised_html_and_plain_text_escaped() -> None:
    rich = Question("rich", "single", "Is <b>this</b> bold?<script>x()</script>", "<i>Yes</i>.", "alpha", 1,
                    options=(Option("<b>yes</b>", True), Option("no")), text_format="html")
    plain = Question("plain", "true_false", "Is <b>this</b> bold?", "No.", "alpha", 2, answer=False)
    root = ET.fromstring(quiz_to_moodle_xml(Quiz("q", "en", Path("q.yaml"), "Q", 70, (rich, plain))))
    q = questions_by_name(root)
    assert q["rich"].findtext("questiontext/text") == "Is <b>this</b> bold?"
    assert q["rich"].findtext("answer/text") == "<b>yes</b>" and q["rich"].findtext("generalfeedback/text") == "<i>Yes</i>."
    assert q["plain"].findtext("questiontext/text") == "<p>Is &lt;b&gt;this&lt;/b&gt; bold?</p>"
