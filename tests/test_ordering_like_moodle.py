"""Ordering questions are marked as Moodle's qtype_ordering marks them with the grading type we export
(LONGEST_ORDERED_SUBSET), for every permutation of 2 to 6 items.

The oracle below is a transcription, in our own words, of moodle/moodle question/type/ordering/question.php
(commit 88b4bc2b): ``grade_response`` (case GRADING_LONGEST_ORDERED_SUBSET: countcorrect = size of
``get_ordered_subset(false)``, countanswers = number of items in the response, fraction = their quotient),
``get_ordered_subset`` (keeps the longest subset found first, starting from ``$bestcount = 1`` so a lone item never
counts) and ``get_ordered_subsets`` (walks the response; every subset whose last correct position is exactly one
less takes the item; with a larger gap the subset is saved as it was, then takes the item; an item no subset took
starts a subset of its own).
"""

from __future__ import annotations

from itertools import permutations

import pytest

from tests.helpers.quiz_samples import sample_quiz
from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.types.ordering import ORDERING_GRADING
from tiphandbook.core.quiz.scoring import mark


def moodle_ordered_subsets(positions: list[int]) -> list[list[int]]:
    subsets: list[list[int]] = []
    for p, value in enumerate(positions):
        took = False
        saved: list[list[int]] = []
        for index, subset in enumerate([list(s) for s in subsets]):  # PHP's foreach walks a copy of the array
            end = positions[subset[-1]]
            if value == end + 1:
                took = True
                subsets[index] = subset + [p]
            elif value > end:
                took = True
                saved.append(subset)
                subsets[index] = subset + [p]
        if not took:
            saved.append([p])
        subsets.extend(saved)
    return subsets


def moodle_longest_ordered_subset_fraction(response: tuple[int, ...]) -> float:
    correct = list(range(len(response)))
    positions = [correct.index(item) for item in response]  # get_ordered_positions
    best: list[int] = []
    best_count = 1
    for subset in moodle_ordered_subsets(positions):
        if len(subset) > best_count:
            best_count, best = len(subset), subset
    return len(best) / len(response)


def ordering(n: int) -> Question:
    return Question("order", "ordering", "Order them.", "", None, 1, items=tuple(f"item {i}" for i in range(n)))


def test_the_export_declares_the_grading_type_that_is_reproduced() -> None:
    assert ORDERING_GRADING == "LONGEST_ORDERED_SUBSET"


@pytest.mark.parametrize("n", [2, 3, 4, 5, 6])
def test_every_permutation_is_marked_as_moodle_marks_it(n: int) -> None:
    question = ordering(n)
    for response in permutations(range(n)):
        assert mark(question, response) == pytest.approx(moodle_longest_ordered_subset_fraction(response)), response


def test_the_issue_example_one_item_moved_out_of_five_scores_80_percent() -> None:
    order = next(q for q in sample_quiz().questions if q.id == "order")
    assert mark(order, (1, 2, 3, 4, 0)) == pytest.approx(0.8)
    assert mark(order, (4, 3, 2, 1, 0)) == 0.0
