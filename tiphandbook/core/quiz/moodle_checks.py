"""What ``tiphandbook check`` warns about in a quiz that is valid for the app but awkward in Moodle.

Warnings, not errors: the app asks such a question correctly, and Moodle imports it, but a trainer would hit the
problem in Moodle. A matching question needs at least 3 entries with an answer before Moodle's editing form saves
it (moodle/moodle question/type/match/edit_match_form.php, ``validation``: 2 questions and 3 answers); the app has
no extra wrong answers, so that means 3 pairs. A weight outside Moodle's grade list is rounded on export
(``moodle_weights``).
"""

from __future__ import annotations

from tiphandbook.core.content.model import ContentError, Library
from tiphandbook.core.quiz.moodle_weights import rounding_notes

MOODLE_MIN_PAIRS = 3


def moodle_warnings(library: Library) -> list[ContentError]:
    warnings: list[ContentError] = []
    for quiz in library.quizzes.values():
        for question in quiz.questions:
            if question.type == "matching" and len(question.pairs) < MOODLE_MIN_PAIRS:
                warnings.append(ContentError(quiz.path, question.line, f"question '{question.id}': a matching "
                                             f"question with {len(question.pairs)} pairs imports into Moodle but its "
                                             f"form cannot save it: give it at least {MOODLE_MIN_PAIRS} pairs"))
            warnings.extend(ContentError(quiz.path, question.line, note) for note in rounding_notes(question)
                            if question.options)
    return warnings
