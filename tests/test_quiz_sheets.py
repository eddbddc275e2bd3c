"""What printed sheets, classroom slides and the result review say, before any Qt is involved."""

from __future__ import annotations


from tests.helpers.paths import FIXTURE_CONTENT
from tests.helpers.quiz_samples import question, sample_quiz
from tiphandbook.core.content import load_library
from tiphandbook.core.content.render import Renderer
from tiphandbook.core.quiz.question_html import answer_text
from tiphandbook.core.quiz.review_html import feedback_html, result_html
from tiphandbook.core.quiz.session import QuizSession
from tiphandbook.core.quiz.sheets import answer_key_html, handout_html
from tiphandbook.core.quiz.shuffle import present
from tiphandbook.core.slides import lesson_plan_slides, quiz_slides

QUIZ = sample_quiz()


def test_handout_and_answer_key_use_the_same_letters() -> None:
    layout = present(QUIZ, 1, shuffle_questions=False)
    one = question(QUIZ, "one")
    order = layout.order(one)
    correct_letter = "ABC"[order.index(0)]
    handout = handout_html(QUIZ, "en", seed=1)
    assert f"{correct_letter}. The means" in handout and "Art. 3(c)" not in handout  # no answers on the handout
    key = answer_key_html(QUIZ, "en", ref_text=lambda ref: f"[{ref}]", seed=1)
    assert f"<b>2. {correct_letter}</b>" in key and "[alpha#second]" in key
    assert handout_html(QUIZ, "en", seed=2) != handout  # another version, other letters


def test_answer_text_in_shown_letters() -> None:
    pairs = question(QUIZ, "pairs")
    assert answer_text(pairs, (2, 0, 1), "en") == "1 – B, 2 – C, 3 – A"
    assert answer_text(question(QUIZ, "order"), (4, 3, 2, 1, 0), "en") == "E, D, C, B, A"
    assert answer_text(question(QUIZ, "tf"), (), "uz") == "Notoʻgʻri"
    assert answer_text(question(QUIZ, "many"), (3, 2, 1, 0), "en") == "C, D"


def test_quiz_slides_reveal_answer_and_explanation_in_the_content_language() -> None:
    slides = quiz_slides(QUIZ, "ru")
    assert len(slides) == 6 and slides[0].heading == "Вопрос 1 из 6"
    assert "Неверно" in slides[0].reveal and "Harbouring is an act too." in slides[0].reveal
    assert "Неверно" in slides[0].body  # the choice is shown; the answer only in reveal
    assert "Правильный ответ" not in slides[0].body


def test_lesson_plan_slides_one_section_each_with_minutes() -> None:
    library = load_library(FIXTURE_CONTENT)
    module = library.document("intro-module", "en")
    renderer = Renderer(library)
    slides = lesson_plan_slides(module, lambda text: renderer.markdown(text, "en"))
    assert [s.heading for s in slides] == ["Introductory module", "Opening · 30 min", "Exercise · 60 min"]
    assert "Apply the definition." in slides[0].body and "Work through the case." in slides[2].body
    assert "Opening" not in slides[1].body  # the heading is the slide's title, not repeated in its body


def test_feedback_shows_option_feedback_and_the_missed_correct_option() -> None:
    many = question(QUIZ, "many")
    html = feedback_html(many, frozenset({0, 2}), 0.0, (0, 1, 2, 3), "en", lambda ref: f'<a href="doc:{ref}">read</a>')
    assert "✗ Not correct." in html
    assert "✓ Deception<br/>Yes." in html and "✗ Transport<br/>An act, not a means." in html
    assert "✓ Coercion <i>(correct, not chosen)</i>" in html and "Forced labour" not in html
    assert '<a href="doc:alpha">read</a>' in html and "Deception; coercion." in html


def test_result_review_lists_every_question_with_both_answers() -> None:
    session = QuizSession(QUIZ, "exam", seed=3)
    session.answer("tf", False)
    session.answer("pairs", (0, 2, 1))
    html = result_html(QUIZ, session.finish(), "en")
    assert "Score: <b>22%</b> (1.33 of 6)" in html and "Not passed" in html
    assert html.count("<h3>") == 6 and "No answer" in html
    assert "Act → Harbouring; Means → Forced labour; Purpose → Threats" in html  # what was answered
    assert "Partly correct (33%)." in html


def test_revealed_slide_ticks_the_correct_options() -> None:
    slide = quiz_slides(QUIZ, "en")[2]  # "many": two correct options
    assert "✓" not in slide.body and slide.revealed_body.count('<li class="correct"><b>✓ ') == 2


def test_slides_and_sheets_for_numerical_essay_and_description() -> None:
    from dataclasses import replace

    from tiphandbook.core.content.model import NumericAnswer, Question

    extra = (Question("year", "numerical", "Year of the Protocol?", "2000.", None, 7, numbers=(NumericAnswer(2000, 1),)),
             Question("essay", "essay", "Discuss the means.", "A model answer.", None, 8),
             Question("note", "description", "Part two: the trial.", "", None, 9))
    quiz = replace(QUIZ, questions=QUIZ.questions + extra)
    year, essay, note = quiz_slides(quiz, "en")[-3:]
    assert "Correct answer: 2000 ± 1" in year.reveal and "Write a number." in year.body
    assert "Model answer" in essay.reveal and "A model answer." in essay.reveal and "Correct answer" not in essay.reveal
    assert note.reveal == "" and "Part two: the trial." in note.body
    key = answer_key_html(quiz, "en", str)
    assert "2000 ± 1" in key and "A model answer." in key
