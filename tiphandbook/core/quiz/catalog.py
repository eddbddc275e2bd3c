"""Which quizzes exist and which module of which academy each belongs to, in curriculum order."""

from __future__ import annotations

from dataclasses import dataclass

from tiphandbook.core.content.model import SOURCE_LANGUAGE, Academy, Document, Library, Quiz


@dataclass(frozen=True)
class QuizEntry:
    quiz: Quiz
    academy: Academy | None  # None for a quiz no module offers
    module: Document | None


def quiz_entries(library: Library, lang: str) -> list[QuizEntry]:
    """Every quiz in ``lang`` (English where untranslated): module quizzes in curriculum order, then the rest by id."""
    entries: list[QuizEntry] = []
    for academy in library.academies:
        for module_id in academy.modules:
            module = library.document(module_id, lang)
            if module is not None and module.module is not None and module.module.quiz:
                quiz = library.quiz(module.module.quiz, lang)
                if quiz is not None:
                    entries.append(QuizEntry(quiz, academy, module))
    listed = {e.quiz.id for e in entries}
    for quiz_id in sorted(qid for qid, q_lang in library.quizzes if q_lang == SOURCE_LANGUAGE and qid not in listed):
        quiz = library.quiz(quiz_id, lang)
        if quiz is not None:
            entries.append(QuizEntry(quiz, None, None))
    return entries
