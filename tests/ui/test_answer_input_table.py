"""The answer inputs are a table beside the question-type registry: every registered type has one, and a type
defined in the tests gets its input by one registration and is answered in a real widget."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from extra_question_type import Keyword
from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.scoring import mark
from tiphandbook.core.quiz.types import register, type_names, unregister
from tiphandbook.ui.training.answer_inputs import (
    ShortAnswerInput,
    input_types,
    make_input,
    register_input,
    unregister_input,
)


def test_every_registered_question_type_has_an_answer_input() -> None:
    assert set(type_names()) <= set(input_types())


def test_a_type_without_an_input_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="no answer input for question type 'nonsense'"):
        make_input(Question("q", "nonsense", "Prompt?", "", None, 1), (), "en")


@pytest.fixture
def keyword() -> Iterator[Keyword]:
    kind = Keyword()
    register(kind)
    register_input(kind.name, lambda question, order, lang: ShortAnswerInput(None))
    yield kind
    unregister_input(kind.name)
    unregister(kind.name)


def test_a_type_defined_in_the_tests_is_answered_in_its_input(qtbot, keyword: Keyword) -> None:  # noqa: ANN001
    question = Question("promise", "keyword", "What was promised?", "A contract.", "recruitment", 1,
                        answers=("contract",))
    widget = make_input(question, (), "en")
    qtbot.addWidget(widget)
    assert isinstance(widget, ShortAnswerInput)
    qtbot.keyClicks(widget.edit, "a written contract")
    assert mark(question, widget.response()) == 1.0
