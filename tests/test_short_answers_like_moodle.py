"""Short answers: Moodle accepts what the app accepts, apostrophe forms included.

``moodle_accepts`` transcribes, in our words, moodle/moodle question/type/shortanswer/question.php
``compare_string_with_wildcard``: both strings NFC-normalised, the pattern split on unescaped runs of ``*`` (each a
wildcard, ``\\*`` a literal star), the pieces matched in order against the trimmed response, case ignored
(``usecase`` 0).
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers.paths import REPO_ROOT
from tests.helpers.shipped import shipped_library
from tiphandbook.core.content.model import Question, Quiz
from tiphandbook.core.quiz.gift_export import quiz_to_gift
from tiphandbook.core.quiz.gift_import import read_gift
from tiphandbook.core.quiz.moodle_xml import quiz_to_moodle_xml
from tiphandbook.core.quiz.normalize import APOSTROPHES
from tiphandbook.core.quiz.scoring import mark
from tiphandbook.core.quiz.short_answers import moodle_answers


def moodle_accepts(response: str, pattern: str) -> bool:
    pattern, response = unicodedata.normalize("NFC", pattern), unicodedata.normalize("NFC", response)
    bits = re.split(r"(?<!\\)\*+", pattern)
    regex = "^" + ".*".join(re.escape(bit.replace("\\*", "*")) for bit in bits) + "$"
    return re.match(regex, response.strip(" \t\n\r\0\x0b"), re.IGNORECASE | re.DOTALL) is not None


def typed_forms(answer: str) -> set[str]:
    """What a student may type that the app accepts: each apostrophe form, upper and lower case, outer spaces."""
    forms = {answer.translate({ord(a): form for a in APOSTROPHES}) for form in APOSTROPHES} | {answer}
    return {f for form in forms for f in (form, form.upper(), form.lower(), f"  {form} ")}


def shipped_short_answers() -> list[Question]:
    library = shipped_library()
    return [q for quiz in library.quizzes.values() for q in quiz.questions if q.type == "short_answer"]


def test_moodle_accepts_every_apostrophe_form_the_app_accepts_in_every_shipped_short_answer() -> None:
    questions = shipped_short_answers()
    assert any(any(c in APOSTROPHES for c in a) for q in questions for a in q.answers)  # Uzbek ones are there
    for question in questions:
        patterns = moodle_answers(question)
        for answer in question.answers:
            for typed in typed_forms(answer):
                assert mark(question, typed) == 1.0
                assert any(moodle_accepts(typed, p) for p in patterns), (question.id, typed)


def test_the_variants_reach_both_files_and_come_back_as_one_answer() -> None:
    question = Question("uz", "short_answer", "Davlat?", "Sabab.", "alpha", 1, answers=("Oʻzbekiston", "5*3"))
    quiz = Quiz("q", "uz", Path("q.quiz.uz.yaml"), "Q", 70, (question,))
    gift = quiz_to_gift(quiz)
    for form in APOSTROPHES:
        assert f"\t=O{form}zbekiston\n".replace("\\", "\\\\") in gift
    assert "\t=5\\\\*3\n" in gift  # \* (a literal star for Moodle), its backslash escaped for GIFT
    xml_answers = [a.findtext("text") for a in ET.fromstring(quiz_to_moodle_xml(quiz)).iter("answer")]
    assert len(xml_answers) == len(APOSTROPHES) + 1 and "5\\*3" in xml_answers and "O'zbekiston" in xml_answers
    assert not any(moodle_accepts("5x3", p) for p in xml_answers) and any(moodle_accepts("5*3", p) for p in xml_answers)
    back = read_gift(gift, Path("q.gift")).quizzes[0].questions[0]
    assert back.answers == ("Oʻzbekiston", "5*3")


@pytest.mark.parametrize(("typed", "app", "moodle"), [("Oʻzbekiston  Respublikasi", True, False)])
def test_a_doubled_inner_space_is_the_documented_difference(typed: str, app: bool, moodle: bool) -> None:
    question = Question("r", "short_answer", "?", "", None, 1, answers=("Oʻzbekiston Respublikasi",))
    assert mark(question, typed) == float(app)
    assert any(moodle_accepts(typed, p) for p in moodle_answers(question)) is moodle
    assert "doubled inner space" in (REPO_ROOT / "docs" / "moodle.md").read_text(encoding="utf-8")
