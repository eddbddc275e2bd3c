"""GIFT both ways: every shipped quiz survives export and import, escapes, Moodle's own examples, malformed input,
and the app's quiz YAML written from an import reads back through the content loader."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.helpers.shipped import shipped_library
from tests.helpers.quiz_samples import sample_quiz
from tiphandbook.core.content.model import ContentError, Library, Option, Question, Quiz
from tiphandbook.core.quiz.quiz_file import parse_quiz
from tiphandbook.core.quiz.gift_export import left_out, quiz_to_gift
from tiphandbook.core.quiz.gift_import import read_gift
from tiphandbook.core.quiz.gift_syntax import escape, protect, release
from tiphandbook.core.quiz.quiz_yaml import quiz_to_yaml
from tiphandbook.core.quiz.scoring import mark

MOODLE_EXAMPLES = Path(__file__).parent / "fixtures" / "gift" / "moodle-format-examples.gift"  # see its README


@pytest.fixture(scope="module")
def shipped() -> Library:
    return shipped_library()


def without_lines(quiz: Quiz) -> tuple:
    """What must survive a round trip: the quiz's id, language, title, pass mark and every question field
    (ordering questions are left out of GIFT, see test_ordering_is_left_out_and_said)."""
    return (quiz.id, quiz.lang, quiz.title, quiz.pass_mark,
            tuple(dataclasses.replace(q, line=0) for q in quiz.questions if q.type != "ordering"))


def round_trip(quiz: Quiz) -> Quiz:
    result = read_gift(quiz_to_gift(quiz), Path("exported.gift"))
    assert result.notes == () and len(result.quizzes) == 1
    return result.quizzes[0]


def test_every_shipped_quiz_survives_gift_export_and_import(shipped: Library) -> None:
    quizzes = [quiz for (_, lang), quiz in shipped.quizzes.items() if lang == "en"]
    assert len(quizzes) >= 16
    for quiz in quizzes:
        assert without_lines(round_trip(quiz)) == without_lines(quiz), quiz.id


def test_every_question_type_and_control_character_survives() -> None:
    quiz = sample_quiz()
    assert without_lines(round_trip(quiz)) == without_lines(quiz)


def test_escapes_are_written_and_read_back() -> None:
    text = "a ~ b = c # d { e } f : g \\ h\nnext line"
    assert escape(text) == "a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h\\nnext line"
    assert release(protect(escape(text))) == text
    parsed = read_gift("Escapes \\{\\} \\: \\# \\~ \\= {=a \\= b#c \\# d}", Path("e.gift")).quizzes[0].questions[0]
    assert parsed.prompt == "Escapes {} : # ~ =" and parsed.answers == ("a = b",)


def test_gift_of_a_quiz_is_what_moodle_reads() -> None:
    gift = quiz_to_gift(sample_quiz())
    assert "$CATEGORY: $course$/top/Sample quiz: all types" in gift
    assert "::tf::[plain]Movement across a border is required.{FALSE####Harbouring is an act too.}" in gift
    assert "\t=The means#Right\\: Art. 3(c).\n" in gift
    assert "\t~%50%Deception#Yes.\n" in gift and "\t~%-50%Transport#An act, not a means.\n" in gift
    assert "\t=Means -> Threats\n" in gift and "\t=OʻRQ-633\n" in gift


def test_ordering_is_left_out_and_said() -> None:
    quiz = sample_quiz()
    gift = quiz_to_gift(quiz)
    assert "::order::" not in gift and "Plan" not in gift.split("$CATEGORY")[1]
    [reason] = left_out(quiz)
    assert reason.question_id == "order" and "Moodle XML" in reason.reason and not reason.fixable
    assert f"// Left out: order: {reason.reason}" in gift


def test_moodle_examples_import_all_43_questions_as_moodle_reads_them_and_export_back() -> None:
    text = MOODLE_EXAMPLES.read_text(encoding="utf-8")
    result = read_gift(text, MOODLE_EXAMPLES)
    assert result.skipped == ()
    quiz = result.quizzes[0]
    kinds = [q.type for q in quiz.questions]
    assert len(quiz.questions) == 43
    assert {kind: kinds.count(kind) for kind in set(kinds)} == {
        "single": 16, "multiple": 2, "true_false": 5, "short_answer": 9, "matching": 3, "numerical": 8}
    by_id = {q.id: q for q in quiz.questions}
    assert by_id["grant-is-in-grants-tomb"].prompt == "Grant is _____ in Grant's tomb."  # missing word
    hometown = by_id["jesus-hometown"]
    assert [(o.text, o.weight) for o in hometown.options] == [
        ("Jerusalem", 0.0), ("Bethlehem", 25.0), ("Galilee", 50.0), ("Nazareth", 100.0)]  # partial credit kept
    assert hometown.options[1].feedback == "He was born here, but not raised here."
    assert [o.text for o in by_id["what-two-people-are-entombed-in"].options if o.correct] == ["Grant", "Grant's wife"]
    assert [o.weight for o in by_id["what-two-people-are-entombed-in"].options] == [0.0, 50.0, 50.0, 0.0]
    assert by_id["what-two-people-are-entombed-in-2"].options[0].weight is None  # the usual -50/50 weights
    control = by_id["gift-control-characters"]
    assert [o.text for o in control.options] == ["~", "=", "#", "{", "}", "\\"]
    assert control.options[5].correct and control.options[5].feedback.startswith("Correct! \\ (backslash) is not")
    tomb = by_id["grant-is-buried-in-grants-tomb-3"]  # {FALSE#...}: the feedback for a wrong answer, "true"
    assert (tomb.answer, tomb.true_feedback, tomb.false_feedback) == (False, "No one is buried in Grant's tomb.", "")
    assert by_id["match-the-following-countries-with-their"].pairs[3] == ("India", "New Delhi")
    markdown = by_id["whos-buried-in-grants-tomb-6"]
    assert markdown.prompt == "Who's buried in **Grant's tomb**?" and markdown.text_format == "markdown"
    born = by_id["numerical-example"].numbers
    assert [(n.value, n.tolerance, n.weight) for n in born] == [(1822, 0, 100), (1822, 2, 50)]
    assert born[1].feedback == "He was born in 1822. You get 50% credit for being close."
    pi = by_id["what-is-the-value-of-pi-2"].numbers[0]  # {#3.141..3.142}: the middle and half the width
    assert pi.value == pytest.approx(3.1415) and pi.tolerance == pytest.approx(0.0005)
    assert any("partial credit are not kept" in n.message and n.line == 123 for n in result.notes)

    again = read_gift(quiz_to_gift(quiz), MOODLE_EXAMPLES)
    assert again.skipped == () and without_lines(again.quizzes[0]) == without_lines(quiz)


@pytest.mark.parametrize(
    ("gift", "message"),
    [
        ("Unclosed {=yes ~no", "unmatched '{' or '}'"),
        ("Closed only } here", "unmatched '{' or '}'"),
        ("Two blanks {=a ~b} and {=c ~d}.", "several answer blocks"),
        ("Match {=a -> 1 =b}", "has no '->'"),
        ("Choose {~only one}", "at least two answers"),
        ("Cost? {#ten}", "is not a number"),
        ("Share? {~%150%a ~b}", "outside -100..100"),
        ("None right {~a ~b}", "no answer has a positive weight"),
        ("Which? {=%50%half}", "at least one fully correct answer"),
    ],
)
def test_malformed_or_unsupported_questions_are_reported_and_the_rest_imported(gift: str, message: str) -> None:
    text = f"// a comment\nBefore? {{T}}\n\n{gift}\n\nAfter? {{=yes}}\n"
    result = read_gift(text, Path("bad.gift"))
    assert [q.prompt for q in result.quizzes[0].questions] == ["Before?", "After?"]
    assert len(result.skipped) == 1 and result.skipped[0].line == 4 and message in result.skipped[0].message


def test_categories_titles_comments_and_directives() -> None:
    text = """// @quiz: first-quiz
// @pass_mark: 80
$CATEGORY: $course$/top/Law // and order

::q-1::One? {T####Because.}

$CATEGORY: Second

// @ref: alpha#first
::Named question::Two? {F}
"""
    result = read_gift(text, Path("many.gift"), lang="ru")
    first, second = result.quizzes
    assert (first.id, first.title, first.pass_mark, first.lang) == ("first-quiz", "Law / and order", 80, "ru")
    assert first.questions[0].id == "q-1" and first.questions[0].explanation == "Because."
    assert (second.id, second.title, second.pass_mark) == ("second", "Second", 70)
    assert second.questions[0].id == "named-question" and second.questions[0].ref == "alpha#first"
    assert any("70% assumed" in n.message for n in result.notes)


def test_imported_yaml_reads_back_through_the_content_loader(tmp_path: Path) -> None:
    quiz = sample_quiz()
    path = tmp_path / "sample-quiz.quiz.en.yaml"
    path.write_text(quiz_to_yaml(round_trip(quiz)), encoding="utf-8")
    errors: list[ContentError] = []
    loaded = parse_quiz(path, "en", errors, is_source=True)
    assert errors == [] and loaded is not None
    assert without_lines(dataclasses.replace(loaded, path=quiz.path)) == without_lines(quiz)


def one_question(question: Question) -> Quiz:
    return Quiz("q", "en", Path("q.quiz.en.yaml"), "Q", 70, (question,))


def test_texts_moodle_would_misread_are_written_so_that_it_reads_them_as_typed() -> None:
    """Moodle takes a leading %N% as a weight, [name] as a format and, without a format, lets HTML through."""
    choice = Question("pct", "single", "Share <b>bold</b>?", "[html] is text here", "alpha", 1,
                      options=(Option("%10% of victims", False), Option("%50%half", True), Option("[html]<i>x</i>")))
    gift = quiz_to_gift(one_question(choice))
    assert "::pct::[plain]Share <b>bold</b>?{" in gift  # [plain]: Moodle shows the tags, never runs them
    assert "\t~%0%%10% of victims\n" in gift  # an explicit weight, so "%10%" stays text
    assert "\t=%50%half\n" in gift  # after "=" Moodle reads no weight
    assert "\t~[plain][html]<i>x</i>\n" in gift and "####[plain][html] is text here" in gift
    short = Question("sa", "short_answer", "Code?", "Why.", "alpha", 1, answers=("%20 rule", "[b]"))
    assert "\t=%100%%20 rule\n\t=[plain][b]\n" in quiz_to_gift(one_question(short))
    for question in (choice, short):
        assert without_lines(round_trip(one_question(question))) == without_lines(one_question(question))


@pytest.mark.parametrize("question", [
    Question("arrow", "short_answer", "Write the flow.", "", None, 1, answers=("A->B",)),
    Question("left", "matching", "Match.", "", None, 1, pairs=(("x -> y", "1"), ("b", "2"), ("c", "3"))),
])
def test_a_question_gift_cannot_express_is_left_out_with_the_reason(question: Question) -> None:
    quiz = one_question(question)
    [reason] = left_out(quiz)
    assert reason.fixable and "'->'" in reason.reason
    assert f"::{question.id}::" not in quiz_to_gift(quiz)


def test_a_right_hand_side_may_contain_an_arrow_and_start_with_a_bracket() -> None:
    question = Question("right", "matching", "Match.", "Why.", "alpha", 1, pairs=(("a", "x -> y"), ("b", "[html]"), ("c", "3")))
    assert left_out(one_question(question)) == ()
    assert without_lines(round_trip(one_question(question))) == without_lines(one_question(question))


def imported(gift: str) -> Question:
    result = read_gift(f"::q::{gift}", Path("q.gift"))
    assert result.skipped == (), result.skipped
    return result.quizzes[0].questions[0]


def test_multiple_answer_weights_are_kept_and_marked_as_moodle_marks_them(tmp_path: Path) -> None:
    question = imported("Pick the two right ones.{~%50%A ~%50%B ~%-100%C ~%-100%D}")
    assert [o.weight for o in question.options] == [50, 50, -100, -100]
    assert mark(question, frozenset({0, 1, 2})) == 0.0  # Moodle: 50 + 50 - 100; +100/C -100/W would give 50 %
    assert mark(question, frozenset({0, 1})) == 1.0 and mark(question, frozenset({0})) == 0.5
    assert yaml_round_trip(question, tmp_path) == question


def test_a_negative_weight_in_single_choice_is_kept() -> None:
    question = imported("Which?{=right ~%-50%harmful ~harmless}")
    assert [o.weight for o in question.options] == [100, -50, 0] and question.type == "single"
    assert mark(question, 1) == -0.5 and mark(question, 2) == 0.0 and mark(question, 0) == 1.0


def test_a_weight_after_equals_is_text_as_in_moodle() -> None:
    question = imported("Which?{=%50%half ~other}")
    assert [(o.text, o.correct, o.weight) for o in question.options] == [("%50%half", True, None), ("other", False, None)]


def test_true_false_keeps_both_feedbacks_beside_the_general_feedback(tmp_path: Path) -> None:
    question = imported("The sky is green.{FALSE#No: it is blue.#Right: it is not green.####Colours come from light.}")
    assert (question.answer, question.true_feedback, question.false_feedback, question.explanation) == (
        False, "No: it is blue.", "Right: it is not green.", "Colours come from light.")
    assert "{FALSE#No\\: it is blue.#Right\\: it is not green.####Colours come from light.}" in quiz_to_gift(one_question(question))
    assert yaml_round_trip(question, tmp_path) == question


def yaml_round_trip(question: Question, folder: Path) -> Question:
    path = folder / "q.quiz.en.yaml"
    path.write_text(quiz_to_yaml(one_question(dataclasses.replace(question, ref="alpha", explanation=question.explanation or "Why."))), encoding="utf-8")
    errors: list[ContentError] = []
    loaded = parse_quiz(path, "en", errors, is_source=True)
    assert errors == [] and loaded is not None
    return dataclasses.replace(loaded.questions[0], line=question.line, ref=question.ref, explanation=question.explanation)


@pytest.mark.parametrize(("gift", "prompt"), [
    ("::q::Capital" + " " * 200_000 + "of Uzbekistan?{=Tashkent}", "Capital" + " " * 200_000 + "of Uzbekistan?"),
    ("// @ref:" + " " * 100_000 + "alpha\n::q::Capital?{=Tashkent}", "Capital?"),
    ("::q::[html]" + "<" * 100_000 + "b>?{=a}", "&lt;" * 99_999 + "<b>?</b>"),
])
def test_hostile_spacing_and_markup_import_correctly(gift: str, prompt: str) -> None:
    """Inputs that made the old regexes backtrack for minutes; their speed is in benchmarks/gift_bench.py."""
    question = read_gift(gift, Path("h.gift")).quizzes[0].questions[0]
    assert question.prompt == prompt
    if gift.startswith("//"):
        assert question.ref == "alpha"


def test_many_questions_with_one_title_get_unique_ids() -> None:
    text = "\n\n".join("::same::Q?{=a}" for _ in range(500))
    ids = [q.id for q in read_gift(text, Path("s.gift")).quizzes[0].questions]
    assert len(set(ids)) == 500 and ids[:3] == ["same", "same-2", "same-3"]


def test_html_is_kept_sanitised_and_passed_down_to_every_text_as_in_moodle() -> None:
    question = imported(
        "[html]<p>Who <b>signs</b> the <a href=\"https://example.org/x\">protocol</a>?<img src=\"p.png\" alt=\"map\" "
        "onerror=\"alert(1)\"><script>steal()</script></p>{"
        "=<i>The State</i>#<b>Yes</b> ~The <u>police</u>#No ~[plain]<b> as text####<em>States</em> do.}")
    assert question.text_format == "html"
    assert question.prompt == ('<p>Who <b>signs</b> the <a href="https://example.org/x" rel="noopener noreferrer">'
                               'protocol</a>?<img src="p.png" alt="map"></p>')  # no stray spaces, no script
    assert [o.text for o in question.options] == ["<i>The State</i>", "The <u>police</u>", "&lt;b&gt; as text"]
    assert question.options[0].feedback == "<b>Yes</b>" and question.explanation == "<em>States</em> do."


def test_matching_left_sides_take_the_question_format_and_right_sides_stay_text() -> None:
    question = imported("[markdown]Match **each**.{=*one* -> 1 =_two_ -> 2 =three -> *3*}")
    assert question.text_format == "markdown" and question.pairs == (("*one*", "1"), ("_two_", "2"), ("three", "*3*"))


def test_moodle_and_unmarked_text_stay_plain_and_are_shown_escaped() -> None:
    from tiphandbook.core.quiz.question_html import question_html

    for marker in ("[moodle]", ""):
        question = imported(f"{marker}Is <b>this</b> bold?{{T}}")
        assert question.text_format == "plain" and question.prompt == "Is <b>this</b> bold?"
        assert "Is &lt;b&gt;this&lt;/b&gt; bold?" in question_html(question, (), "en")


def test_an_export_that_had_to_leave_out_a_fixable_question_fails(tmp_path: Path) -> None:
    from tiphandbook.core.quiz.exports import export_quiz

    arrow = Question("arrow", "short_answer", "Write the flow.", "Why.", "alpha", 1, answers=("A->B",))
    result = export_quiz(one_question(arrow), "gift", tmp_path / "q.gift")
    assert result.failed and result.written == 0 and "'arrow' left out" in result.notes[0]
    assert not export_quiz(one_question(arrow), "moodle-xml", tmp_path / "q.xml").failed  # XML carries it


MOODLE_TESTS = MOODLE_EXAMPLES.parent  # the fixtures of Moodle's own GIFT tests (see the README there)


def test_moodles_own_gift_test_fixture_imports_as_moodle_reads_it() -> None:
    path = MOODLE_TESTS / "moodle-test-questions.gift"
    result = read_gift(path.read_text(encoding="utf-8"), path)
    assert result.skipped == ()
    by_id = {q.id: q for q in result.quizzes[0].questions}
    assert [q.type for q in by_id.values()] == [
        "essay", "matching", "single", "multiple", "numerical", "short_answer", "true_false", "true_false", "true_false"]
    activities = by_id["moodle-activities"]  # [html] passed down; [moodle], [plain], [markdown] converted
    assert activities.text_format == "html" and activities.prompt == "Match the <b>activity</b> to the description."
    assert [left for left, _ in activities.pairs][3] == "A collection of web pages that anyone can add to or edit."
    assert any(n.message == "extra wrong answer 'Chat' (a match with no question) is not kept" for n in result.notes)
    colours = by_id["colours"]
    assert [o.weight for o in colours.options] == [50, -100, 50, -100]
    assert mark(colours, frozenset({1, 2, 3})) == 0.0 and mark(colours, frozenset({0, 2})) == 1.0  # as Moodle marks
    assert [o.feedback for o in by_id["q2"].options] == ["right; good!", "wrong, it's yellow", "wrong, it's yellow"]
    q5 = by_id["q5"].numbers
    assert (q5[0].value, q5[0].tolerance, q5[1].feedback) == (3, 2, "Completely wrong")
    assert mark(by_id["q5"], "4.9") == 1.0 and mark(by_id["q5"], "6") == 0.0
    assert by_id["shortanswer"].answers == ("Frog",)
    q1 = by_id["q1"]
    assert (q1.answer, q1.true_feedback, q1.false_feedback) == (False, "42 is the Ultimate Answer.", "You gave the right answer.")
    assert q1.explanation == "This is, of course, a Hitchiker's Guide to the Galaxy reference."
    assert list(by_id)[-2:] == ["q-2-08-tsl", "q-2-08-tsl-2"]


def test_moodles_category_test_fixture_keeps_its_html_links_and_styles() -> None:
    path = MOODLE_TESTS / "moodle-test-questions-in-category.gift"
    quiz = read_gift(path.read_text(encoding="utf-8"), path).quizzes[0]
    assert quiz.title == "Default for New Features" and len(quiz.questions) == 4
    greeting, acronym = quiz.questions[1], quiz.questions[3]
    assert greeting.prompt.startswith('<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3"')
    assert "Listen to this greeting:</a><br><br>What language" in greeting.prompt
    assert '<span style="font-style:italic">Modular Object-Oriented' in acronym.prompt
    assert quiz.questions[2].answers == ("Moodler",)
