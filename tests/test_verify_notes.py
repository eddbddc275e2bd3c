"""Verify notes on checklist items and quiz questions: checked, rendered, printed, exported and counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiphandbook.cli import main
from tiphandbook.core.content import load_library
from tiphandbook.core.content.print_html import checklist_html
from tiphandbook.core.content.render import Renderer
from tiphandbook.core.content.stats import content_stats
from tiphandbook.core.quiz.quiz_yaml import quiz_to_yaml
from tiphandbook.core.quiz.review_html import feedback_html
from tiphandbook.core.quiz.sheets import answer_key_html

CHECKLIST = "handbook/checklists/screen.en.yaml"
QUIZ = "curricula/academy-one/01-intro.quiz.en.yaml"
ITEM_NOTE = "Check the current Criminal Procedure Code article on who may hold a passport."
QUESTION_NOTE = "Check the national definition in the current edition of the law."


def _edit(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def noted(content: Path) -> Path:
    """The fixture content with a verify note on a checklist item and on a quiz question."""
    _edit(content, CHECKLIST, "        required: true\n", f"        required: true\n        verify: {ITEM_NOTE}\n")
    _edit(content, QUIZ, "    ref: alpha#first\n", f"    ref: alpha#first\n    verify: {QUESTION_NOTE}\n")
    return content


def _translate(root: Path, relative: str, lang: str) -> Path:
    """A Russian copy of an English file (texts left as they are: only the structure matters to the checker)."""
    source = root / relative
    target = source.with_name(source.name.replace(".en.", f".{lang}."))
    target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def test_a_checklist_item_note_is_shown_as_a_verify_box_in_the_reader_and_on_paper(noted: Path) -> None:
    renderer = Renderer(load_library(noted))
    checklist = renderer.library.checklist("screen", "en")
    for html in (renderer.checklist(checklist, "en"), checklist_html(renderer, checklist, "en")):
        assert 'class="callout verify"' in html
        assert "Verify against the official text" in html and ITEM_NOTE in html


def test_the_verify_box_label_follows_the_checklist_language(noted: Path) -> None:
    _translate(noted, CHECKLIST, "ru")
    renderer = Renderer(load_library(noted))
    html = renderer.checklist(renderer.library.checklist("screen", "ru"), "ru")
    assert "Сверьте с официальным текстом" in html


def test_a_question_note_is_shown_after_an_answer_in_the_answer_key_and_kept_on_export(noted: Path) -> None:
    quiz = load_library(noted).quiz("intro-quiz", "en")
    question = next(q for q in quiz.questions if q.id == "movement")
    assert question.verify == QUESTION_NOTE
    assert QUESTION_NOTE in feedback_html(question, True, 0.0, (), "en")
    assert QUESTION_NOTE in answer_key_html(quiz, "en", lambda ref: ref)
    assert f"verify: {QUESTION_NOTE}" in quiz_to_yaml(quiz)
    untouched = next(q for q in quiz.questions if q.id == "pick-one")
    assert "callout verify" not in feedback_html(untouched, 0, 1.0, (0, 1), "en")


def test_notes_are_counted_in_the_content_statistics(content: Path) -> None:
    before = content_stats(load_library(content))["en"].verify_boxes
    _edit(content, CHECKLIST, "        required: true\n", f"        required: true\n        verify: {ITEM_NOTE}\n")
    _edit(content, QUIZ, "    ref: alpha#first\n", f"    ref: alpha#first\n    verify: {QUESTION_NOTE}\n")
    assert content_stats(load_library(content))["en"].verify_boxes == before + 2


BROKEN = [
    # (what is done to the content, expected "file:line: message" fragment)
    ("empty item note", f"{CHECKLIST}:15: item: 'verify' must not be empty"),
    ("empty question note", f"{QUIZ}:11: question: 'verify' must not be empty"),
    ("translation drops the item note", "screen.ru.yaml:10: item 'documents' has no verify note, unlike the English file"),
    ("translation adds a question note", "01-intro.quiz.ru.yaml:12: question 'pick-one' has a verify note that is not in the English file"),
]


@pytest.mark.parametrize(("case", "expected"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_verify_note_is_reported_with_file_and_line(noted: Path, case: str, expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    if case == "empty item note":
        _edit(noted, CHECKLIST, f"verify: {ITEM_NOTE}", "verify:")
    elif case == "empty question note":
        _edit(noted, QUIZ, f"verify: {QUESTION_NOTE}", "verify: ''")
    elif case == "translation drops the item note":
        _edit(noted, str(_translate(noted, CHECKLIST, "ru").relative_to(noted)), f"        verify: {ITEM_NOTE}\n", "")
    else:
        translated = _translate(noted, QUIZ, "ru").relative_to(noted)
        _edit(noted, str(translated), "    ref: alpha#second\n", "    ref: alpha#second\n    verify: Added in translation.\n")
    assert main(["check", "--content", str(noted)]) == 1
    out = capsys.readouterr().out
    assert expected in out, out


def test_matching_notes_in_a_translation_pass_the_checker(noted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _translate(noted, CHECKLIST, "ru")
    _translate(noted, QUIZ, "ru")
    assert main(["check", "--content", str(noted)]) == 0, capsys.readouterr().out
