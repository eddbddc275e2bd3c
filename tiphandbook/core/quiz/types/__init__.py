"""The question types, one module each, listed once: everything that treats questions by type asks
``question_type(question.type)`` for the type's hook instead of testing the name.

``BuiltinType`` names the types the app ships; ``_builtin`` maps each to its module with an exhaustive ``match``
(``assert_never`` makes a type checker fail when a name has no case). ``register`` adds a type at run time, which
the test suite does to prove that a new type needs nothing outside its own module (docs/architecture.md, "Adding a
question type").
"""

from __future__ import annotations

from typing import Literal, assert_never, get_args

from tiphandbook.core.quiz.types.base import QuestionType
from tiphandbook.core.quiz.types.description import Description
from tiphandbook.core.quiz.types.essay import Essay
from tiphandbook.core.quiz.types.matching import Matching
from tiphandbook.core.quiz.types.multiple_choice import MultipleChoice
from tiphandbook.core.quiz.types.numerical import Numerical
from tiphandbook.core.quiz.types.ordering import Ordering
from tiphandbook.core.quiz.types.short_answer import ShortAnswer
from tiphandbook.core.quiz.types.single_choice import SingleChoice
from tiphandbook.core.quiz.types.true_false import TrueFalse

BuiltinType = Literal["single", "multiple", "true_false", "matching", "ordering", "short_answer", "numerical",
                      "essay", "description"]


def _builtin(name: BuiltinType) -> QuestionType:
    match name:
        case "single":
            return SingleChoice()
        case "multiple":
            return MultipleChoice()
        case "true_false":
            return TrueFalse()
        case "matching":
            return Matching()
        case "ordering":
            return Ordering()
        case "short_answer":
            return ShortAnswer()
        case "numerical":
            return Numerical()
        case "essay":
            return Essay()
        case "description":
            return Description()
        case _:
            assert_never(name)


_REGISTRY: dict[str, QuestionType] = {name: _builtin(name) for name in get_args(BuiltinType)}


class UnknownQuestionType(ValueError):
    pass


def question_type(name: str) -> QuestionType:
    """The type called ``name``; a name nobody registered is a programming error, said with the name."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UnknownQuestionType(f"unknown question type {name!r}") from None


def type_names() -> tuple[str, ...]:
    """Every registered type name, the built-in ones first, in the order quiz authors read them."""
    return tuple(_REGISTRY)


def register(kind: QuestionType) -> None:
    """Add a type; its name must be new (a type is never silently replaced)."""
    if kind.name in _REGISTRY:
        raise ValueError(f"question type {kind.name!r} is already registered")
    _REGISTRY[kind.name] = kind


def unregister(name: str) -> None:
    """Remove a type added by ``register``; the built-in types stay."""
    if name in get_args(BuiltinType):
        raise ValueError(f"question type {name!r} is built in")
    _REGISTRY.pop(name, None)
