"""A small quiz with every question type, GIFT's control characters and Cyrillic / Uzbek text, for quiz tests."""

from __future__ import annotations

from pathlib import Path

from tiphandbook.core.content.model import Option, Question, Quiz


def sample_quiz() -> Quiz:
    questions = (
        Question("tf", "true_false", "Movement across a border is required.", "Harbouring is an act too.",
                 "alpha#first", 1, answer=False),
        Question("one", "single", "Which element is not needed when the victim is 17?", "Art. 3(c): the means.",
                 "alpha#second", 2, options=(Option("The means", True, "Right: Art. 3(c)."),
                                             Option("The act", False, "The act is needed."),
                                             Option("The purpose", False, "The purpose is needed."))),
        Question("many", "multiple", "Which are means {select all} ~ = # : \\ ?\nTwo lines.", "Deception; coercion.",
                 "alpha", 3, options=(Option("Deception", True, "Yes."), Option("Coercion", True, "Yes: {coercion}."),
                                      Option("Transport", False, "An act, not a means."),
                                      Option("Forced labour", False, "A purpose."))),
        Question("pairs", "matching", "Сопоставьте элементы и примеры.", "Действие, способ, цель.", "alpha#first", 4,
                 pairs=(("Act", "Harbouring"), ("Means", "Threats"), ("Purpose", "Forced labour"))),
        Question("order", "ordering", "Put the PEACE stages in order.", "P, E, A, C, E.", "alpha", 5,
                 items=("Plan", "Engage", "Account", "Closure", "Evaluate")),
        Question("law", "short_answer", "Qonun raqami? (Oʻzbekiston, 2020)", "ZRU-633.", "alpha", 6,
                 answers=("ZRU-633", "OʻRQ-633")),
    )
    return Quiz("sample-quiz", "en", Path("sample.quiz.en.yaml"), "Sample quiz: all types", 70, questions)


def question(quiz: Quiz, question_id: str) -> Question:
    return next(q for q in quiz.questions if q.id == question_id)
