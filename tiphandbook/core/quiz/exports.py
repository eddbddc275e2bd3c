"""Export a quiz for Moodle in either format and say what the file lacks or changed, for the command line and the
app alike: the notes are the same words in both places."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tiphandbook.core.content.model import Quiz
from tiphandbook.core.quiz.moodle_weights import rounding_notes

FORMATS = ("gift", "moodle-xml")


@dataclass(frozen=True)
class ExportResult:
    written: int  # questions in the file
    notes: tuple[str, ...]  # what the user must know, one sentence each
    failed: bool  # a question was left out because of its text, which the author can fix


def export_quiz(quiz: Quiz, fmt: str, target: Path) -> ExportResult:
    """Write ``quiz`` to ``target`` as ``gift`` or ``moodle-xml``; raises OSError when the file cannot be written."""
    if fmt == "gift":
        from tiphandbook.core.quiz.gift_export import left_out, quiz_to_gift

        data = quiz_to_gift(quiz).encode("utf-8")
        missing = left_out(quiz)
    elif fmt == "moodle-xml":
        from tiphandbook.core.quiz.moodle_xml import quiz_to_moodle_xml

        data, missing = quiz_to_moodle_xml(quiz), ()
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    target.write_bytes(data)
    skipped = {m.question_id for m in missing}
    notes = tuple(f"question '{m.question_id}' left out: {m.reason}" for m in missing) + tuple(
        note for q in quiz.questions if q.options and q.id not in skipped for note in rounding_notes(q))
    return ExportResult(len(quiz.questions) - len(missing), notes, any(m.fixable for m in missing))
