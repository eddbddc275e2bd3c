"""A student's quiz results as CSV for the trainer's spreadsheet.

UTF-8 with a byte-order mark, so that spreadsheet programs show Russian and Uzbek titles correctly when the file
is opened by double-click.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path

from tiphandbook.core.quiz.history import AttemptRecord

COLUMNS = ("student", "finished", "quiz_id", "quiz", "mode", "language", "score_percent", "passed", "answered", "questions")


def write_results_csv(path: Path, student: str, attempts: Iterable[AttemptRecord], quiz_title: Callable[[str], str]) -> int:
    """Write one row per finished attempt (oldest first); returns the number of rows."""
    rows = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for a in attempts:
            writer.writerow((
                student, a.finished.astimezone().strftime("%Y-%m-%d %H:%M"), a.quiz_id, quiz_title(a.quiz_id), a.mode,
                a.lang, f"{a.percent:.1f}", {True: "yes", False: "no", None: ""}[a.passed], a.answered, a.questions,
            ))
            rows += 1
    return rows
