"""The user database: durability settings, per-feature migrations, damaged files, quiz history and spaced review
across restarts, and the CSV of a student's results."""

from __future__ import annotations

import csv
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.helpers.quiz_samples import sample_quiz
from tiphandbook.core.paths import UserDirs
from tiphandbook.core.quiz.leitner import BOX_INTERVALS, Card, after_answer
from tiphandbook.core.quiz.results_csv import write_results_csv
from tiphandbook.core.quiz.session import QuizSession
from tiphandbook.core.store import DATABASE_FILE, Schema, UserDatabase
from tiphandbook.core.user_data import all_schemas, open_user_database
from tiphandbook.core.quiz.history import QuizHistory

QUIZ = sample_quiz()
START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
RIGHT = {"tf": False, "one": 0, "many": frozenset({0, 1}), "pairs": (0, 1, 2), "order": (0, 1, 2, 3, 4), "law": "ZRU-633"}


@pytest.fixture
def data_dir() -> Path:
    return UserDirs.resolve().data  # under tmp_path (isolated_home)


def open_history(data_dir: Path) -> tuple[UserDatabase, QuizHistory]:
    db = open_user_database(data_dir)
    return db, QuizHistory(db)


def practice(history: QuizHistory, answers: dict, now: datetime, mode: str = "practice", only: list[str] | None = None) -> None:
    session = QuizSession(QUIZ, mode, seed=1, only=only)
    attempt = history.begin(session, "en", now)
    for qid, response in answers.items():
        session.answer(qid, response)
        if mode != "exam":
            history.save_try(attempt, session, qid, now)
    history.finish(attempt, session, now)


def test_database_is_durable_and_versioned(data_dir: Path) -> None:
    db = open_user_database(data_dir)
    try:
        assert db.problem is None
        assert db.query("PRAGMA journal_mode")[0][0] == "wal"
        assert db.query("PRAGMA synchronous")[0][0] == 2  # FULL
        assert db.query("PRAGMA foreign_keys")[0][0] == 1
        versions = {r["component"]: r["version"] for r in db.query("SELECT * FROM schema_version")}
        assert versions == {s.component: s.version for s in all_schemas()}
    finally:
        db.close()
    assert (data_dir / DATABASE_FILE).exists()


def test_another_feature_adds_its_tables_through_the_same_migrations(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite3"
    notes_v1 = Schema("notes", (("CREATE TABLE note (id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL)",),))
    UserDatabase(path, [*all_schemas(), notes_v1]).close()
    notes_v2 = Schema("notes", (*notes_v1.migrations, ("ALTER TABLE note ADD COLUMN text TEXT NOT NULL DEFAULT ''",)))
    db = UserDatabase(path, [*all_schemas(), notes_v2])  # only the new migration runs; a rerun of v1 would fail
    try:
        with db.transaction() as conn:
            conn.execute("INSERT INTO note (doc_id, text) VALUES ('alpha', 'Ask about the passport')")
        assert db.query("SELECT version FROM schema_version WHERE component = 'notes'")[0][0] == 2
        assert db.query("SELECT text FROM note")[0][0] == "Ask about the passport"
    finally:
        db.close()


def test_a_newer_schema_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite3"
    future = Schema("quiz", (*all_schemas()[0].migrations, ("CREATE TABLE quiz_future (x INTEGER)",)))
    UserDatabase(path, [future]).close()
    db = UserDatabase(path, all_schemas())
    try:
        assert db.problem and "newer version" in db.problem
        assert db.query("SELECT version FROM schema_version WHERE component = 'quiz'")[0][0] == 2
    finally:
        db.close()


@pytest.mark.parametrize("damage", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_a_damaged_file_is_set_aside_and_a_new_database_started(data_dir: Path, damage: bytes) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / DATABASE_FILE).write_bytes(damage)
    db, history = open_history(data_dir)
    try:
        assert db.problem and "set aside" in db.problem
        aside = [p for p in data_dir.iterdir() if p.name.startswith(f"{DATABASE_FILE}.damaged-")]
        assert len(aside) == 1 and aside[0].read_bytes() == damage
        assert str(aside[0]) in db.problem  # where the file went
        assert all(what in db.problem for what in ("case records", "bookmarks", "notes", "quiz history"))
        practice(history, {"tf": True}, START, mode="exam")
        assert history.progress(QUIZ, START).attempts == 1
    finally:
        db.close()


def test_a_write_is_all_or_nothing(data_dir: Path) -> None:
    db, history = open_history(data_dir)
    try:
        with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
            conn.execute("INSERT INTO review_card (quiz_id, question_id, box, due_at) VALUES ('q', 'a', 1, 'x')")
            conn.execute("INSERT INTO review_card (quiz_id, question_id, box, due_at) VALUES ('q', 'b', 0, 'x')")  # box >= 1
        assert db.query("SELECT COUNT(*) FROM review_card")[0][0] == 0
    finally:
        db.close()


def test_leitner_boxes() -> None:
    assert after_answer(None, True, START) is None  # never missed: not in review
    missed = after_answer(None, False, START)
    assert missed == Card(1, START)
    assert after_answer(Card(1, START), True, START) == Card(2, START + BOX_INTERVALS[1])
    early = Card(3, START + timedelta(days=2))
    assert after_answer(early, True, START) == early  # right before it is due: the schedule stands
    assert after_answer(early, False, START) == Card(1, START)
    assert after_answer(Card(len(BOX_INTERVALS), START), True, START) is None  # learnt


def test_missed_questions_come_back_on_schedule_across_restarts(data_dir: Path) -> None:
    db, history = open_history(data_dir)
    practice(history, {**RIGHT, "tf": True, "law": "no idea"}, START)  # tf and law missed
    db.close()

    db, history = open_history(data_dir)  # the next day, after a restart
    day = START + timedelta(days=1)
    assert history.due(QUIZ, day) == ["law", "tf"]
    practice(history, {"law": "zru-633", "tf": True}, day, mode="review", only=["law", "tf"])
    assert history.cards(QUIZ.id)["law"] == Card(2, day + BOX_INTERVALS[1])
    assert history.cards(QUIZ.id)["tf"] == Card(1, day)
    db.close()

    db, history = open_history(data_dir)
    assert history.due(QUIZ, day + timedelta(hours=23)) == ["tf"]
    assert history.due(QUIZ, day + timedelta(days=1)) == ["tf", "law"]
    progress = history.progress(QUIZ, day)
    assert (progress.attempts, progress.in_review, progress.due) == (1, 2, 1)  # review sittings are not attempts
    db.close()


def test_an_exam_schedules_its_misses_and_unanswered_questions_at_the_end(data_dir: Path) -> None:
    db, history = open_history(data_dir)
    try:
        practice(history, {"tf": False, "one": 1}, START, mode="exam")
        assert set(history.due(QUIZ, START)) == {"one", "many", "pairs", "order", "law"}
        answers = db.query("SELECT question_id, try, fraction FROM quiz_answer ORDER BY question_id")
        assert [(r[0], r[1], r[2]) for r in answers] == [("one", 1, 0.0), ("tf", 1, 1.0)]
    finally:
        db.close()


def test_history_survives_a_content_update_that_removes_a_question(data_dir: Path) -> None:
    import dataclasses

    db, history = open_history(data_dir)
    try:
        practice(history, {"tf": True, "law": "?"}, START)
        updated = dataclasses.replace(QUIZ, questions=tuple(q for q in QUIZ.questions if q.id != "law"))
        assert history.due(updated, START) == ["tf"]
        assert history.progress(updated, START).in_review == 1
    finally:
        db.close()


def test_best_score_and_results_csv(data_dir: Path, tmp_path: Path) -> None:
    db, history = open_history(data_dir)
    try:
        practice(history, {"tf": False}, START)  # practice finished after 1 of 6: neither passed nor failed
        practice(history, {**RIGHT, "tf": True}, START + timedelta(hours=1), mode="exam")
        progress = history.progress(QUIZ, START + timedelta(hours=2))
        assert progress.attempts == 1 and progress.best_percent == pytest.approx(100 * 5 / 6)
        target = tmp_path / "results.csv"
        rows = write_results_csv(target, "Dilnoza Karimova", history.finished_attempts(), lambda _: "Тест: все типы")
    finally:
        db.close()
    assert rows == 2
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, so spreadsheets read Cyrillic right
    table = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["mode"] for r in table] == ["practice", "exam"]
    assert table[1]["student"] == "Dilnoza Karimova" and table[1]["quiz"] == "Тест: все типы"
    assert (table[0]["score_percent"], table[0]["passed"], table[0]["answered"]) == ("100.0", "", "1")
    assert (table[1]["score_percent"], table[1]["passed"], table[1]["questions"]) == ("83.3", "yes", "6")
