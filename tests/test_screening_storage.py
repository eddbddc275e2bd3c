"""An interview kept in the vault: encrypted at rest, listed with the case records, reopened where it stopped, and
tamper-evident like every other record."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from tests.helpers.case_samples import NOW, open_store, sample_template
from tests.helpers.shipped import shipped_library
from tiphandbook.core.cases.records import RecordError, RecordStatus
from tiphandbook.core.interview_records import (
    is_interview,
    load_interview,
    save_interview,
    start_interview,
)
from tiphandbook.core.screening.session import InterviewSession

REFERENCE = "SCR-4471/QX"
NOTE = "A minder waited outside; паспорт у хозяина"


def consular_session() -> InterviewSession:
    shelf = shipped_library().screening
    clock = iter(NOW + timedelta(minutes=m) for m in range(100))
    return InterviewSession(shelf.guide("consular-screen", "en"), shelf.person("consular-screen", "uz-Cyrl"),
                            REFERENCE, clock=lambda: next(clock))


def test_an_interview_is_stored_encrypted_listed_and_reopened_where_it_stopped(tmp_path: Path) -> None:
    db, _, store = open_store(tmp_path)
    session = consular_session()
    record_id = start_interview(store, session, NOW)
    first = session.next_card()
    session.answer(first.id, "yes")
    session.add_note(NOTE)
    save_interview(store, record_id, session, NOW)
    db.close()

    raw = b"".join(p.read_bytes() for p in tmp_path.glob("*.sqlite3*"))
    said = session.answers[first.id].says
    for secret in (REFERENCE, NOTE, said):
        assert secret.encode("utf-8") not in raw

    db, _, store = open_store(tmp_path)
    [row] = store.summaries()
    assert is_interview(row.checklist_id) and row.reference == REFERENCE
    assert row.checklist_title == session.guide.title and (row.progress.addressed, row.progress.total) == (0, 1)
    _, data = load_interview(store, record_id)
    again = InterviewSession.from_dict(data, session.guide, session.words)
    assert again.notes[0][1] == NOTE and list(again.answers) == [first.id]
    assert again.next_card() == session.next_card()
    again.stop()
    save_interview(store, record_id, again, NOW)
    assert store.summaries()[0].progress.addressed == 1
    assert store.summaries(RecordStatus.IN_PROGRESS)[0].id == record_id
    db.close()


def test_an_interview_altered_outside_is_flagged_and_can_no_longer_be_changed(tmp_path: Path) -> None:
    db, _, store = open_store(tmp_path)
    session = consular_session()
    record_id = start_interview(store, session, NOW)
    db.close()
    with sqlite3.connect(tmp_path / "user.sqlite3") as conn:
        conn.execute("UPDATE case_item SET state = 'done'")
    db, _, store = open_store(tmp_path)
    record, _ = load_interview(store, record_id)
    assert record.changed_outside is not None
    session.answer(session.next_card().id, "yes")
    with pytest.raises(RecordError, match="changed outside"):
        save_interview(store, record_id, session, NOW)
    db.close()


def test_a_checklist_record_is_not_opened_as_an_interview(tmp_path: Path) -> None:
    db, _, store = open_store(tmp_path)
    record_id = store.start(sample_template(), "REF-1", "", NOW)
    with pytest.raises(RecordError, match="not a screening interview"):
        load_interview(store, record_id)
    db.close()
