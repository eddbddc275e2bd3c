"""Quiz attempts, answers and spaced-review cards in the user database.

Everything is keyed by quiz id and question id, never by text or language, so history survives content updates
and language switches; a question removed from the content simply stops being shown. Each method that writes is
one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timezone

from tiphandbook.core.content.model import Quiz
from tiphandbook.core.quiz.leitner import Card, after_answer
from tiphandbook.core.quiz.responses import Response, response_json
from tiphandbook.core.quiz.marks import is_full_marks
from tiphandbook.core.quiz.session import QuizResult, QuizSession
from tiphandbook.core.store.database import UserDatabase
from tiphandbook.core.store.migrations import Schema

QUIZ_SCHEMA = Schema("quiz", migrations=(
    (
        "CREATE TABLE quiz_attempt ("
        " id INTEGER PRIMARY KEY,"
        " quiz_id TEXT NOT NULL,"
        " mode TEXT NOT NULL CHECK (mode IN ('practice', 'exam', 'review')),"
        " lang TEXT NOT NULL,"
        " seed INTEGER NOT NULL,"
        " questions INTEGER NOT NULL,"
        " started_at TEXT NOT NULL,"
        " finished_at TEXT,"
        " percent REAL,"
        " passed INTEGER,"
        " timed_out INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX quiz_attempt_by_quiz ON quiz_attempt (quiz_id, finished_at)",
        "CREATE TABLE quiz_answer ("
        " attempt_id INTEGER NOT NULL REFERENCES quiz_attempt (id) ON DELETE CASCADE,"
        " question_id TEXT NOT NULL,"
        " try INTEGER NOT NULL,"
        " response TEXT NOT NULL,"
        " fraction REAL NOT NULL,"
        " answered_at TEXT NOT NULL,"
        " PRIMARY KEY (attempt_id, question_id, try))",
        "CREATE TABLE review_card ("
        " quiz_id TEXT NOT NULL,"
        " question_id TEXT NOT NULL,"
        " box INTEGER NOT NULL CHECK (box >= 1),"
        " due_at TEXT NOT NULL,"
        " PRIMARY KEY (quiz_id, question_id))",
    ),
))


@dataclass(frozen=True)
class QuizProgress:
    attempts: int  # graded practice and exam sittings (not reviews, nor practice finished before the end)
    best_percent: float | None
    last_finished: datetime | None
    due: int  # questions due for review now
    in_review: int  # questions in any review box


@dataclass(frozen=True)
class AttemptRecord:
    quiz_id: str
    mode: str
    lang: str
    started: datetime
    finished: datetime
    percent: float  # of the questions answered, for practice finished before the end
    passed: bool | None  # None: practice finished before the end, neither passed nor failed
    answered: int
    questions: int


class QuizHistory:
    def __init__(self, db: UserDatabase) -> None:
        self.db = db

    # -- writing ------------------------------------------------------------------------------------------
    def begin(self, session: QuizSession, lang: str, now: datetime) -> int:
        """Open an attempt row at the start of a sitting; returns its id."""
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO quiz_attempt (quiz_id, mode, lang, seed, questions, started_at) VALUES (?, ?, ?, ?, ?, ?)",
                (session.quiz.id, session.mode, lang, session.seed, len(session.questions), _iso(now)),
            )
            return int(cursor.lastrowid or 0)

    def save_try(self, attempt_id: int, session: QuizSession, question_id: str, now: datetime) -> None:
        """Practice and review: store the latest try at once; the first try also moves the review card."""
        tries = session.tries(question_id)
        with self.db.transaction() as conn:
            self._insert_answer(conn, attempt_id, question_id, len(tries), tries[-1].response, tries[-1].fraction, now)
            scored = next(q.scored for q in session.questions if q.id == question_id)  # essays are not reviewed
            if len(tries) == 1 and scored:
                self._schedule(conn, session.quiz.id, question_id, is_full_marks(tries[0].fraction), now)

    def finish(self, attempt_id: int, session: QuizSession, now: datetime) -> QuizResult:
        """End the sitting and store its result; an exam stores its answers (and moves review cards) only now,
        counting an unanswered question as missed."""
        result = session.finish()
        with self.db.transaction() as conn:
            if session.mode == "exam":
                for outcome in result.outcomes:
                    if outcome.counted is not None:
                        c = outcome.counted
                        self._insert_answer(conn, attempt_id, outcome.question.id, 1, c.response, c.fraction, now)
                    if outcome.question.scored:
                        self._schedule(conn, session.quiz.id, outcome.question.id, is_full_marks(outcome.fraction), now)
            conn.execute(
                "UPDATE quiz_attempt SET finished_at = ?, percent = ?, passed = ?, timed_out = ? WHERE id = ?",
                (_iso(now), result.percent, int(result.passed) if result.graded else None, int(result.timed_out),
                 attempt_id),
            )
        return result

    @staticmethod
    def _insert_answer(conn: sqlite3.Connection, attempt_id: int, question_id: str, number: int, response: Response | None,
                       fraction: float, now: datetime) -> None:
        conn.execute(
            "INSERT INTO quiz_answer (attempt_id, question_id, try, response, fraction, answered_at) VALUES (?, ?, ?, ?, ?, ?)",
            (attempt_id, question_id, number, response_json(response), fraction, _iso(now)),
        )

    @staticmethod
    def _schedule(conn: sqlite3.Connection, quiz_id: str, question_id: str, fully_right: bool, now: datetime) -> None:
        row = conn.execute(
            "SELECT box, due_at FROM review_card WHERE quiz_id = ? AND question_id = ?", (quiz_id, question_id)
        ).fetchone()
        card = after_answer(Card(row["box"], _parse(row["due_at"])) if row else None, fully_right, now)
        if card is None:
            conn.execute("DELETE FROM review_card WHERE quiz_id = ? AND question_id = ?", (quiz_id, question_id))
        else:
            conn.execute(
                "INSERT INTO review_card (quiz_id, question_id, box, due_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (quiz_id, question_id) DO UPDATE SET box = excluded.box, due_at = excluded.due_at",
                (quiz_id, question_id, card.box, _iso(card.due)),
            )

    # -- reading ------------------------------------------------------------------------------------------
    def cards(self, quiz_id: str) -> dict[str, Card]:
        rows = self.db.query("SELECT question_id, box, due_at FROM review_card WHERE quiz_id = ?", (quiz_id,))
        return {r["question_id"]: Card(r["box"], _parse(r["due_at"])) for r in rows}

    def due(self, quiz: Quiz, now: datetime) -> list[str]:
        """Ids of the quiz's questions due for review, soonest due first (questions no longer in the quiz are left out)."""
        present = {q.id for q in quiz.questions}
        cards = sorted(self.cards(quiz.id).items(), key=lambda item: (item[1].due, item[0]))
        return [qid for qid, card in cards if qid in present and card.is_due(now)]

    def progress(self, quiz: Quiz, now: datetime) -> QuizProgress:
        row = self.db.query(
            "SELECT COUNT(*) AS n, MAX(percent) AS best, MAX(finished_at) AS last FROM quiz_attempt "
            "WHERE quiz_id = ? AND finished_at IS NOT NULL AND mode != 'review' AND passed IS NOT NULL",
            (quiz.id,),
        )[0]
        present = {q.id for q in quiz.questions}
        cards = {qid: card for qid, card in self.cards(quiz.id).items() if qid in present}
        return QuizProgress(
            attempts=row["n"],
            best_percent=row["best"],
            last_finished=_parse(row["last"]) if row["last"] else None,
            due=sum(card.is_due(now) for card in cards.values()),
            in_review=len(cards),
        )

    def finished_attempts(self, quiz_ids: Collection[str] | None = None) -> list[AttemptRecord]:
        """Every finished sitting, oldest first (optionally only for some quizzes)."""
        rows = self.db.query(
            "SELECT a.*, (SELECT COUNT(DISTINCT question_id) FROM quiz_answer WHERE attempt_id = a.id) AS answered "
            "FROM quiz_attempt AS a WHERE finished_at IS NOT NULL ORDER BY finished_at, id"
        )
        return [
            AttemptRecord(
                quiz_id=r["quiz_id"], mode=r["mode"], lang=r["lang"], started=_parse(r["started_at"]),
                finished=_parse(r["finished_at"]), percent=r["percent"],
                passed=None if r["passed"] is None else bool(r["passed"]),
                answered=r["answered"], questions=r["questions"],
            )
            for r in rows
            if quiz_ids is None or r["quiz_id"] in quiz_ids
        ]


def _iso(moment: datetime) -> str:
    """Timestamps are stored as UTC ISO text, which sorts and compares correctly as text."""
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)
