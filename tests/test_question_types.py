"""The question-type registry: every type implements every hook, and a type defined here, in the test suite only,
goes through everything a shipped type goes through (read from a quiz file, marked, shown, reviewed, written back
as YAML, exported to Moodle XML, refused by GIFT with its reason) without a line changed outside its own class.
This is the walk "Adding a question type" in docs/architecture.md."""

from __future__ import annotations

import inspect
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import get_args

import pytest

from extra_question_type import Keyword
from tiphandbook.core.content.model import ContentError
from tiphandbook.core.quiz.quiz_file import parse_quiz
from tiphandbook.core.quiz.exports import export_quiz
from tiphandbook.core.quiz.gift_export import left_out
from tiphandbook.core.quiz.question_html import answer_text, question_html
from tiphandbook.core.quiz.quiz_yaml import quiz_to_yaml
from tiphandbook.core.quiz.review_html import feedback_html
from tiphandbook.core.quiz.scoring import mark
from tiphandbook.core.quiz.session import QuizSession
from tiphandbook.core.quiz.types import BuiltinType, question_type, register, type_names, unregister
from tiphandbook.core.quiz.types.base import QuestionType

HOOKS = sorted(name for name, member in inspect.getmembers(QuestionType)
               if getattr(member, "__isabstractmethod__", False))


def test_every_registered_type_implements_every_hook() -> None:
    assert set(get_args(BuiltinType)) <= set(type_names())
    assert len(HOOKS) >= 12
    for name in type_names():
        kind = question_type(name)
        assert kind.name == name
        for hook in HOOKS:
            implementation = getattr(type(kind), hook)
            assert not getattr(implementation, "__isabstractmethod__", False), f"{name} lacks {hook}"


def test_a_type_missing_a_hook_cannot_be_built() -> None:
    class Forgetful(QuestionType):
        name = "forgetful"
        moodle_name = "shortanswer"

    with pytest.raises(TypeError, match="abstract"):
        Forgetful()  # type: ignore[abstract]


def test_an_unknown_type_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="unknown question type 'nonsense'"):
        question_type("nonsense")


QUIZ_YAML = """\
id: contracts
title: Contracts
pass_mark: 50
questions:
  - id: promise
    type: keyword
    prompt: What did the recruiter promise?
    answers: [contract]
    explanation: A written contract was promised and never given.
    ref: recruitment
  - id: deceived
    type: true_false
    prompt: A false promise of a contract is deception.
    answer: true
    explanation: Deception is one of the means.
    ref: recruitment
"""


@pytest.fixture
def keyword() -> Iterator[Keyword]:
    kind = Keyword()
    register(kind)
    yield kind
    unregister(kind.name)


def test_a_type_defined_only_in_the_tests_is_read_marked_shown_and_exported(keyword: Keyword, tmp_path: Path) -> None:
    path = tmp_path / "contracts.quiz.en.yaml"
    path.write_text(QUIZ_YAML, encoding="utf-8")
    errors: list[ContentError] = []
    quiz = parse_quiz(path, "en", errors, is_source=True)
    assert errors == [] and quiz is not None
    promise = quiz.questions[0]
    assert (promise.type, promise.answers) == ("keyword", ("contract",))

    assert mark(promise, "a written Contract, he said") == 1.0
    assert mark(promise, "a job") == 0.0
    session = QuizSession(quiz, "exam", seed=1)
    session.answer("promise", "a contract")
    session.answer("deceived", True)
    assert session.finish().percent == 100.0

    assert "What did the recruiter promise?" in question_html(promise, (), "en")
    assert answer_text(promise, (), "en") == "contract"
    review = feedback_html(promise, "a job", 0.0, (), "en")
    assert "contract" in review and "A written contract was promised" in review

    assert "type: keyword" in quiz_to_yaml(quiz)

    gift = export_quiz(quiz, "gift", tmp_path / "contracts.gift")
    assert gift.written == 1
    assert gift.notes == ("question 'promise' left out: GIFT has no keyword question; export the quiz as Moodle XML",)
    assert [r.question_id for r in left_out(quiz)] == ["promise"]
    assert "::promise::" not in (tmp_path / "contracts.gift").read_text(encoding="utf-8")

    xml = export_quiz(quiz, "moodle-xml", tmp_path / "contracts.xml")
    assert (xml.written, xml.notes) == (2, ())
    written = ET.parse(tmp_path / "contracts.xml").getroot()
    promise_xml = next(q for q in written.iter("question") if q.findtext("name/text") == "promise")
    assert promise_xml.get("type") == "shortanswer"
    assert [a.findtext("text") for a in promise_xml.iter("answer")] == ["*contract*"]


def test_a_quiz_file_naming_an_unregistered_type_says_which_types_exist(tmp_path: Path) -> None:
    path = tmp_path / "contracts.quiz.en.yaml"
    path.write_text(QUIZ_YAML, encoding="utf-8")
    errors: list[ContentError] = []
    quiz = parse_quiz(path, "en", errors, is_source=True)
    assert quiz is not None and [q.id for q in quiz.questions] == ["deceived"]
    assert [e.format() for e in errors] == [
        f"{path}:6: question: unknown question type 'keyword' ({', '.join(type_names())})"]
