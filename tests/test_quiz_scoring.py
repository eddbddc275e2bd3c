"""Marks for every question type (partial credit included), short-answer normalising, deterministic shuffling."""

from __future__ import annotations

import pytest

from tests.helpers.quiz_samples import question, sample_quiz
from tiphandbook.core.quiz.normalize import normalize_answer
from tiphandbook.core.quiz.scoring import mark
from tiphandbook.core.quiz.types.ordering import longest_increasing_run
from tiphandbook.core.quiz.shuffle import permutation, present, shown_order

QUIZ = sample_quiz()


def test_single_choice_and_true_false_are_all_or_nothing() -> None:
    one = question(QUIZ, "one")
    assert mark(one, 0) == 1.0 and mark(one, 1) == 0.0 and mark(one, None) == 0.0
    tf = question(QUIZ, "tf")
    assert mark(tf, False) == 1.0 and mark(tf, True) == 0.0


@pytest.mark.parametrize(
    ("picked", "expected"),
    [
        ({0, 1}, 1.0),  # both correct options
        ({0}, 0.5),  # half the correct ones
        ({0, 1, 2}, 0.5),  # a wrong pick costs 1/W = 1/2
        ({0, 2}, 0.0),  # 1/2 - 1/2
        ({0, 1, 2, 3}, 0.0),  # picking everything earns nothing
        ({2, 3}, 0.0),  # never below zero
        (set(), 0.0),
    ],
)
def test_multiple_choice_partial_credit_where_wrong_picks_cost(picked: set[int], expected: float) -> None:
    assert mark(question(QUIZ, "many"), frozenset(picked)) == pytest.approx(expected)


def test_matching_earns_the_share_of_right_pairs() -> None:
    pairs = question(QUIZ, "pairs")
    assert mark(pairs, (0, 1, 2)) == 1.0
    assert mark(pairs, (0, 2, 1)) == pytest.approx(1 / 3)
    assert mark(pairs, (0, None, None)) == pytest.approx(1 / 3)
    assert mark(pairs, (1, 2, 0)) == 0.0


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ((0, 1, 2, 3, 4), 1.0),
        ((4, 3, 2, 1, 0), 0.0),  # reversed
        ((4, 0, 1, 2, 3), 0.8),  # one item moved out of five: 4 of 5 in order, as Moodle marks it
        ((1, 0, 2, 3, 4), 0.8),
        ((1, 0, 3, 2, 4), 0.6),
        ((0, 1, 2), 0.0),  # not a full order of the items
    ],
)
def test_ordering_credits_the_longest_ordered_run(order: tuple[int, ...], expected: float) -> None:
    assert mark(question(QUIZ, "order"), order) == pytest.approx(expected)


def test_longest_increasing_run() -> None:
    assert longest_increasing_run([]) == 0
    assert longest_increasing_run([3, 1, 2, 5, 4]) == 3


@pytest.mark.parametrize("typed", ["ZRU-633", "zru-633", "  zru-633 ", "OʻRQ-633", "O'RQ-633", "O’RQ-633", "Oʼrq-633", "O`RQ-633", "o‘rq-633"])
def test_short_answer_ignores_case_spacing_and_apostrophe_variants(typed: str) -> None:
    assert mark(question(QUIZ, "law"), typed) == 1.0


@pytest.mark.parametrize("typed", ["ZRU-634", "ORQ-633", "", "   "])
def test_short_answer_rejects_other_answers(typed: str) -> None:
    assert mark(question(QUIZ, "law"), typed) == 0.0


def test_normalize_collapses_inner_spacing() -> None:
    assert normalize_answer("  Oʻzbekiston \t Respublikasi ") == "o'zbekiston respublikasi"


def test_shuffling_is_deterministic_and_a_permutation() -> None:
    assert permutation(12, 7, "q") == permutation(12, 7, "q")
    assert sorted(permutation(12, 7, "q")) == list(range(12))
    assert len({permutation(12, seed, "q") for seed in range(20)}) > 15  # seeds really vary the order
    assert permutation(12, 7, "q") != permutation(12, 7, "other-question")


def test_ordering_and_matching_are_never_shown_already_solved() -> None:
    for seed in range(200):
        assert shown_order(question(QUIZ, "order"), seed) != (0, 1, 2, 3, 4)
        assert shown_order(question(QUIZ, "pairs"), seed) != (0, 1, 2)
    assert permutation(2, 0, "x", avoid_identity=True) == (1, 0)


def test_presentation_shuffles_questions_only_when_asked_and_can_restrict_them() -> None:
    authored = [q.id for q in QUIZ.questions]
    assert [q.id for q in present(QUIZ, 3, shuffle_questions=False).questions] == authored
    shuffled = [q.id for q in present(QUIZ, 3).questions]
    assert sorted(shuffled) == sorted(authored) and shuffled == [q.id for q in present(QUIZ, 3).questions]
    assert {q.id for q in present(QUIZ, 3, only=["law", "tf"]).questions} == {"law", "tf"}


def test_translation_is_shuffled_like_english() -> None:
    """Orders come from the seed and the question id, never from the text."""
    import dataclasses

    english = question(QUIZ, "one")
    russian = dataclasses.replace(english, options=tuple(dataclasses.replace(o, text=o.text[::-1]) for o in english.options))
    assert shown_order(english, 5) == shown_order(russian, 5)


def test_practice_feedback_shows_the_true_false_feedback_for_the_side_chosen() -> None:
    from tiphandbook.core.content.model import Question
    from tiphandbook.core.quiz.review_html import feedback_html

    question = Question("tf", "true_false", "Green?", "Light.", None, 1, answer=False,
                        true_feedback="No: it is blue.", false_feedback="Right.")
    assert "No: it is blue." in feedback_html(question, True, 0.0, (), "en")
    assert "Right." in feedback_html(question, False, 1.0, (), "en") and "No: it is blue." not in feedback_html(question, False, 1.0, (), "en")


def test_numerical_marks_as_moodle_the_first_accepted_number_within_its_tolerance_gives_its_weight() -> None:
    from tiphandbook.core.content.model import NumericAnswer, Question

    born = Question("born", "numerical", "Born?", "1822.", None, 1,
                    numbers=(NumericAnswer(1822, 0, 100), NumericAnswer(1822, 2, 50), NumericAnswer(0, float("inf"), 0)))
    assert [mark(born, typed) for typed in ("1822", " 1822,0 ", "1823", "1824.5", "1825", "abc", "")] == [1, 1, 0.5, 0, 0, 0, 0]
    pi = Question("pi", "numerical", "Pi?", "", None, 1, numbers=(NumericAnswer(3.1415, 0.0005),))  # {#3.141..3.142}
    assert mark(pi, "3.141") == 1 and mark(pi, "3.142") == 1 and mark(pi, "3.1405") == 0


def test_essays_and_descriptions_do_not_count_in_the_score() -> None:
    from dataclasses import replace

    from tiphandbook.core.content.model import Question
    from tiphandbook.core.quiz.session import QuizSession

    extra = (Question("essay", "essay", "Discuss.", "A model answer.", None, 9),
             Question("note", "description", "Read this.", "", None, 10))
    quiz = replace(QUIZ, questions=QUIZ.questions + extra)
    session = QuizSession(quiz, "exam", seed=1)
    session.answer("tf", False)
    session.answer("essay", "My thoughts.")
    result = session.finish()
    assert len(result.scored) == len(QUIZ.questions) and result.percent == pytest.approx(100 / len(QUIZ.questions))
