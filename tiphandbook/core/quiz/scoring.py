"""Marks between 0 and 1 for every question type, with partial credit where a question has parts.

- true/false, short answer: all or nothing.
- single: the weight of the option picked (100 % for the correct one unless the quiz gives weights; a weight may be
  partial or negative, as in Moodle).
- multiple: the sum of the weights of the options picked (``moodle_weights``: by default each correct option
  earns 1/C, each wrong one costs 1/W), kept between 0 and 1 as Moodle does. Picking everything therefore earns
  nothing, as guessing should.
- matching: the share of left-hand sides given the right partner.
- numerical: the weight of the first accepted number (value within its tolerance) the answer falls within.
- essay and description: not marked; an essay is self-assessed against the model answer, and neither counts in
  a quiz's score.
- ordering: Moodle's LONGEST_ORDERED_SUBSET, the grading type the Moodle XML export writes: the longest set of
  items already in the right relative order, over n; a "set" of one item counts as none. One item moved out of
  five earns 4/5, the reverse order earns 0 (question/type/ordering/question.php, ``grade_response`` and
  ``get_ordered_subset``, which starts ``$bestcount`` at 1 so a single item never scores). Tests compare this
  with a transcription of Moodle's algorithm on every permutation of up to 6 items.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence

from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.moodle_weights import option_weights
from tiphandbook.core.quiz.normalize import normalize_answer
from tiphandbook.core.quiz.responses import Response

FULL_MARKS = 1.0


def mark(question: Question, response: Response | None) -> float:
    """The fraction of the question's mark that ``response`` earns; an unanswered question earns 0."""
    if response is None:
        return 0.0
    kind = question.type
    if kind == "single":
        if isinstance(response, bool) or not isinstance(response, int) or not 0 <= response < len(question.options):
            return 0.0
        return option_weights(question)[response] / 100
    if kind == "multiple":
        return _multiple(question, frozenset(response) if isinstance(response, frozenset) else frozenset())
    if kind == "true_false":
        return float(response is question.answer)
    if kind == "matching":
        return _matching(question, response if isinstance(response, tuple) else ())
    if kind == "ordering":
        return _ordering(question, response if isinstance(response, tuple) else ())
    if kind == "short_answer":
        typed = normalize_answer(str(response))
        return float(bool(typed) and typed in {normalize_answer(a) for a in question.answers})
    if kind == "numerical":
        return _numerical(question, str(response))
    if kind in ("essay", "description"):
        return 0.0  # self-assessed or nothing to answer: never counted (see Question.scored)
    raise ValueError(f"unknown question type {kind!r}")


def typed_number(text: str) -> float | None:
    """A number as a student types it: spaces between digit groups and a decimal comma are accepted."""
    cleaned = "".join(text.split()).replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _numerical(question: Question, typed: str) -> float:
    """The weight of the first accepted number that the answer falls within, as Moodle takes the first matching
    answer (question/type/numerical/question.php, ``get_matching_answer``); nothing within any earns 0."""
    number = typed_number(typed)
    if number is None:
        return 0.0
    match = next((n for n in question.numbers if n.accepts(number)), None)
    return max(0.0, match.weight / 100) if match else 0.0


def is_full_marks(fraction: float) -> bool:
    return fraction >= FULL_MARKS - 1e-9


def _multiple(question: Question, picked: frozenset[int]) -> float:
    weights = option_weights(question)
    total = sum(weights[i] for i in picked if 0 <= i < len(weights)) / 100
    return min(1.0, max(0.0, total))


def _matching(question: Question, chosen: Sequence[int | None]) -> float:
    pairs = question.pairs
    right = sum(
        1 for i, j in enumerate(chosen[: len(pairs)])
        if j is not None and 0 <= j < len(pairs) and pairs[j][1] == pairs[i][1]  # equal texts are equally right
    )
    return right / len(pairs) if pairs else 0.0


def _ordering(question: Question, order: Sequence[int]) -> float:
    n = len(question.items)
    if n < 2 or sorted(order) != list(range(n)):
        return 0.0
    longest = longest_increasing_run(order)
    return longest / n if longest > 1 else 0.0


def longest_increasing_run(values: Sequence[int]) -> int:
    """Length of the longest strictly increasing subsequence (patience sorting, O(n log n))."""
    tails: list[int] = []
    for value in values:
        at = bisect_left(tails, value)
        if at == len(tails):
            tails.append(value)
        else:
            tails[at] = value
    return len(tails)
