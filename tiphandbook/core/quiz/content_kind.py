"""The quiz content kind: ``curricula/ACADEMY/NAME.quiz.LANG.yaml`` beside the modules, read, checked, searched."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import partial

from tiphandbook.core.content.kinds import ContentKind
from tiphandbook.core.content.loader import ContentFiles
from tiphandbook.core.content.model import LANGUAGES, SOURCE_LANGUAGE, ContentError, Library, Question, Quiz
from tiphandbook.core.content.searchable import SourceDocument, Unit, group_title, source_document
from tiphandbook.core.content.validate import check_ref, check_verify_notes
from tiphandbook.core.quiz.quiz_file import parse_quiz

QUIZ_FILE = re.compile(rf"^(?P<stem>[a-z0-9][a-z0-9-]*)\.quiz\.(?P<lang>{'|'.join(LANGUAGES)})\.yaml$")


def load_quizzes(files: ContentFiles, library: Library) -> None:
    for folder in files.academy_folders:
        for grouped in files.files_by_stem(folder, QUIZ_FILE, report=False).values():
            parse = lambda p, lang, src: parse_quiz(p, lang, files.errors, src)  # noqa: E731
            for lang, quiz in files.load_translations(grouped, parse).items():
                library.quizzes[(quiz.id, lang)] = quiz


def _question_shape(q: Question) -> tuple:
    return (q.id, q.type, tuple((o.correct, o.weight) for o in q.options), q.answer, len(q.pairs), len(q.items),
            q.numbers and tuple((n.value, n.tolerance, n.weight) for n in q.numbers))


def validate_quizzes(library: Library, errors: list[ContentError]) -> None:
    """References resolve; a translation has the English questions, answers and verify notes."""
    for (quiz_id, lang), quiz in library.quizzes.items():
        if lang == SOURCE_LANGUAGE:
            for question in quiz.questions:
                if question.ref:
                    check_ref(library, question.ref, quiz.path, question.line, f"question '{question.id}'", errors)
            continue
        english = library.quizzes[(quiz_id, SOURCE_LANGUAGE)]
        for mine, theirs in zip(quiz.questions, english.questions, strict=False):
            if _question_shape(mine) != _question_shape(theirs):
                errors.append(ContentError(quiz.path, mine.line, f"question '{mine.id}' differs from the English quiz in id, type, options or answer"))
        check_verify_notes(quiz.path, "question", english.questions, quiz.questions, errors)
        if len(quiz.questions) != len(english.questions):
            errors.append(ContentError(quiz.path, 1, f"{len(quiz.questions)} questions, the English quiz has {len(english.questions)}"))


def _quiz_text(quiz: Quiz) -> str:
    parts: list[str] = []
    for q in quiz.questions:
        parts += [q.prompt, *(f"{o.text} {o.feedback}".strip() for o in q.options), q.explanation]
        parts += [f"{left} {right}" for left, right in q.pairs] + list(q.items) + list(q.answers)
    return "\n".join(p for p in parts if p)


def quiz_sources(library: Library) -> Iterable[SourceDocument]:
    """One unit per quiz and language, in the group and for the audience of the module that uses it."""
    modules = {d.module.quiz: d for d in library.documents.values() if d.module and d.module.quiz}
    for (quiz_id, lang), quiz in library.quizzes.items():
        module = modules.get(quiz_id)
        group, audience = (module.group, module.audience) if module else ("", ())
        crumbs = tuple(c for c in (group_title(library, group, lang), quiz.title) if c)
        unit = Unit(quiz_id, "", "quiz", group, lang, audience, quiz.title, crumbs, _quiz_text(quiz))
        yield source_document("quiz", quiz_id, lang, unit, partial(iter, (unit,)))


QUIZZES = ContentKind(
    "quiz", load_quizzes, lambda library: library.quizzes, validate_quizzes, quiz_sources, beside_documents=QUIZ_FILE,
)
