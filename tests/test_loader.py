"""Loading content into the Library: navigation, languages, fallback and typed checklists and quizzes."""

from __future__ import annotations

from pathlib import Path

from tiphandbook.core.content import load_library
from tiphandbook.core.content.loader import load_navigation


def test_navigation_orders_parts_chapters_and_academies(content: Path) -> None:
    library = load_library(content)
    assert library.errors == []
    assert [p.id for p in library.parts] == ["part-one"]
    assert library.parts[0].chapters == ("alpha", "beta")
    assert library.parts[0].label == "A"
    assert [a.id for a in library.academies] == ["academy-one"]
    assert library.academies[0].modules == ("intro-module",)


def test_sections_keep_explicit_anchors_in_every_language(content: Path) -> None:
    library = load_library(content)
    for lang in ("en", "ru", "uz"):
        doc = library.document("alpha", lang)
        assert doc is not None and doc.lang == lang
        assert [s.anchor for s in doc.sections] == ["first", "second", "sub"]
    assert library.document("alpha", "ru").sections[0].title == "Первый раздел"


def test_missing_translation_falls_back_to_english(content: Path) -> None:
    library = load_library(content)
    beta = library.document("beta", "uz")
    assert beta is not None and beta.lang == "en"


def test_translation_inherits_structure_from_english(content: Path) -> None:
    library = load_library(content)
    russian = library.document("alpha", "ru")
    assert russian.audience == ("investigators", "judges")
    assert russian.sources == ("Test source, Art. 1",)


def test_checklist_and_quiz_are_typed(content: Path) -> None:
    library = load_library(content)
    checklist = library.checklist("screen", "en")
    assert checklist.version == 2
    first = checklist.items()[0]
    assert (first.id, first.required, first.ref) == ("documents", True, "alpha#first")
    quiz = library.quiz("intro-quiz", "ru")  # falls back to English
    assert quiz.pass_mark == 70
    kinds = {q.id: q.type for q in quiz.questions}
    assert kinds == {"movement": "true_false", "pick-one": "single", "order": "ordering"}
    assert quiz.questions[0].answer is False
    assert [o.correct for o in quiz.questions[1].options] == [True, False]


def test_module_plan_and_references(content: Path) -> None:
    module = load_library(content).document("intro-module", "en").module
    assert module.duration_minutes == 90
    assert [(s.section, s.minutes) for s in module.plan] == [("opening", 30), ("exercise", 60)]
    assert module.teaches == ("alpha#first",) and module.quiz == "intro-quiz"


def test_navigation_only_load_reads_no_documents(content: Path) -> None:
    outline = load_navigation(content)
    assert [p.id for p in outline.parts] == ["part-one"]
    assert outline.documents == {} and outline.errors == []


def test_new_question_types_and_weights_in_the_quiz_format(tmp_path) -> None:  # noqa: ANN001
    from tiphandbook.core.content.model import ContentError
    from tiphandbook.core.quiz.quiz_file import parse_quiz

    path = tmp_path / "q.quiz.en.yaml"
    path.write_text("""id: q
title: Q
pass_mark: 70
questions:
  - {id: n, type: numerical, prompt: Year?, explanation: E., ref: a, numbers: [{value: 2000, tolerance: 1}, {min: 1990, max: 1996, weight: 50}]}
  - {id: e, type: essay, prompt: Discuss., explanation: A model answer., ref: a}
  - {id: d, type: description, prompt: Read this.}
  - {id: w, type: multiple, prompt: Pick., explanation: E., ref: a, options: [{text: A, weight: 50}, {text: B, weight: 50}, {text: C, weight: -100}]}
  - {id: t, type: true_false, prompt: T?, explanation: E., ref: a, answer: true, true_feedback: Yes., false_feedback: No.}
  - {id: bad, type: single, prompt: P?, explanation: E., ref: a, options: [{text: A, weight: 50, correct: true}, {text: B}]}
""", encoding="utf-8")
    errors: list[ContentError] = []
    quiz = parse_quiz(path, "en", errors, is_source=True)
    assert [q.id for q in quiz.questions] == ["n", "e", "d", "w", "t"]
    n, _, _, w, t = quiz.questions
    assert [(x.value, x.tolerance, x.weight) for x in n.numbers] == [(2000, 1, 100), (1993, 3, 50)]
    assert [(o.weight, o.correct) for o in w.options] == [(50, True), (50, True), (-100, False)]
    assert (t.true_feedback, t.false_feedback) == ("Yes.", "No.")
    assert {e.message for e in errors} == {"option: give 'weight' or 'correct', not both", "question: give every option a weight, or none"}
