"""Case records survive what happens to files: a writer killed mid-run (every committed edit is there afterwards),
backup and restore through SQLite's backup API, refused restores that change nothing, and the schema's versions."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.case_samples import NOW, PASSPHRASE, open_store, sample_template
from tests.helpers.paths import REPO_ROOT
from tiphandbook.core.cases.records import ItemState, RecordStatus
from tiphandbook.core.cases.vault import Vault
from tiphandbook.core.paths import UserDirs
from tiphandbook.core.store import DATABASE_FILE, UserDatabase
from tiphandbook.core.user_data import all_schemas, open_user_database
from tiphandbook.core.store.database import BackupError
from tiphandbook.core.quiz.history import QUIZ_SCHEMA

ITEMS = ("documents", "movement", "refer")
WRITER = textwrap.dedent("""
    import sys
    from datetime import datetime, timezone
    from pathlib import Path
    from tiphandbook.core.cases.records import ItemState
    from tiphandbook.core.cases.vault import Vault
    from tiphandbook.core.user_data import open_user_database
    from tiphandbook.core.cases.case_store import CaseStore

    data_dir, record_id, passphrase = Path(sys.argv[1]), sys.argv[2], sys.stdin.readline().rstrip("\\n")
    db = open_user_database(data_dir)
    vault = Vault(db)
    vault.unlock(passphrase)
    store = CaseStore(db, vault)
    items = ("documents", "movement", "refer")
    edit = 0
    while True:
        store.set_item(record_id, items[edit % 3], ItemState.DONE, f"edit {edit}", datetime.now(timezone.utc))
        print(edit, flush=True)  # reported only once its transaction has committed
        edit += 1
""")


@pytest.fixture
def data_dir() -> Path:
    return UserDirs.resolve().data


def test_a_writer_killed_mid_run_loses_at_most_the_edit_in_flight(data_dir: Path) -> None:
    db, _, store = open_store(data_dir)
    record_id = store.start(sample_template(), "CASE-KILL", "", NOW)
    db.close()
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    with subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), record_id], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as writer:
        assert writer.stdin is not None and writer.stdout is not None and writer.stderr is not None
        writer.stdin.write(PASSPHRASE + "\n")
        writer.stdin.close()
        committed = -1
        for line in writer.stdout:  # kill it while it is writing, not between runs
            committed = int(line)
            if committed >= 60:
                os.kill(writer.pid, signal.SIGKILL)
                break
        writer.wait(timeout=30)
        assert writer.returncode == -signal.SIGKILL, writer.stderr.read()
    assert committed >= 60
    assert (data_dir / f"{DATABASE_FILE}-wal").exists()  # killed with the WAL not checkpointed

    with sqlite3.connect(data_dir / DATABASE_FILE) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db, _, store = open_store(data_dir)
    try:
        assert db.problem is None
        record = store.load(record_id)
        assert record.problems == ()
        for position, item_id in enumerate(ITEMS):
            last_reported = max(e for e in range(committed + 1) if e % 3 == position)
            stored = int(record.entry(item_id).note.removeprefix("edit "))
            assert stored % 3 == position and stored >= last_reported  # that edit or one committed after it
    finally:
        db.close()


def test_backup_and_restore_bring_back_exactly_the_backed_up_records(data_dir: Path, tmp_path: Path) -> None:
    db, _, store = open_store(data_dir)
    try:
        kept = store.start(sample_template(), "KEPT-1", "Kept", NOW)
        store.set_item(kept, "documents", ItemState.DONE, "before the backup", NOW)
        backup = tmp_path / "backups" / "user-backup.sqlite3"
        backup.parent.mkdir()
        db.backup_to(backup)
        assert sorted(p.name for p in backup.parent.iterdir()) == ["user-backup.sqlite3"]  # one self-contained file
        with sqlite3.connect(backup) as copy:
            assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

        store.set_item(kept, "documents", ItemState.NOT_APPLICABLE, "after the backup", NOW)
        store.start(sample_template(), "LATER-2", "", NOW)
        store.delete(kept)
        db.restore_from(backup)
        assert db.query("PRAGMA journal_mode")[0][0] == "wal"
        assert [s.reference for s in store.summaries()] == ["KEPT-1"]
        entry = store.load(kept).entry("documents")
        assert (entry.state, entry.note) == (ItemState.DONE, "before the backup")
    finally:
        db.close()
    db, _, store = open_store(data_dir)  # and it is what a restart finds
    try:
        assert [s.reference for s in store.summaries()] == ["KEPT-1"]
    finally:
        db.close()


def test_a_restore_brings_the_keys_of_its_time(data_dir: Path, tmp_path: Path) -> None:
    db, vault, store = open_store(data_dir)
    try:
        record_id = store.start(sample_template(), "KEY-1", "", NOW)
        db.backup_to(tmp_path / "backup.sqlite3")
        vault.change_passphrase(PASSPHRASE, "a passphrase from later on", NOW)
        db.restore_from(tmp_path / "backup.sqlite3")
        vault.lock()
        vault.unlock(PASSPHRASE)  # the key row came back with the records it opens
        assert store.load(record_id).reference == "KEY-1"
    finally:
        db.close()


def test_a_restore_is_refused_and_changes_nothing_when_the_file_is_not_a_usable_backup(data_dir: Path, tmp_path: Path) -> None:
    db, _, store = open_store(data_dir)
    try:
        store.start(sample_template(), "STAYS-1", "", NOW)
        not_a_database = tmp_path / "notes.txt"
        not_a_database.write_text("this is not a database " * 200, encoding="utf-8")
        other_database = tmp_path / "other.sqlite3"
        with sqlite3.connect(other_database) as other:
            other.execute("CREATE TABLE t (x)")
        newer = tmp_path / "newer.sqlite3"
        db.backup_to(newer)
        with sqlite3.connect(newer) as future:
            future.execute("UPDATE schema_version SET version = 99 WHERE component = 'case_records'")
        for refused, reason in ((not_a_database, "not a tiphandbook backup"), (other_database, "not a tiphandbook backup"),
                                (newer, "newer version"), (tmp_path / "missing.sqlite3", "cannot be opened|not a tiphandbook")):
            with pytest.raises(BackupError, match=reason):
                db.restore_from(refused)
            assert [s.reference for s in store.summaries()] == ["STAYS-1"]
        with pytest.raises(BackupError):
            db.backup_to(tmp_path / "no-such-folder" / "backup.sqlite3")
        with pytest.raises(BackupError, match="in use"):
            db.restore_from(data_dir / DATABASE_FILE)
        with pytest.raises(BackupError, match="cannot replace"):
            db.backup_to(data_dir / DATABASE_FILE)
        assert [s.reference for s in store.summaries()] == ["STAYS-1"]
    finally:
        db.close()


def test_restoring_a_backup_from_before_case_records_adds_their_tables(data_dir: Path, tmp_path: Path) -> None:
    old = UserDatabase(tmp_path / "old.sqlite3", [QUIZ_SCHEMA])  # a backup made before this feature existed
    old.backup_to(tmp_path / "old-backup.sqlite3")
    old.close()
    db, vault, store = open_store(data_dir)
    try:
        store.start(sample_template(), "GONE-1", "", NOW)
        db.restore_from(tmp_path / "old-backup.sqlite3")
        versions = {r["component"]: r["version"] for r in db.query("SELECT * FROM schema_version")}
        assert versions == {s.component: s.version for s in all_schemas()}
        assert not Vault(db).is_set_up()
        assert db.query("SELECT COUNT(*) FROM case_record")[0][0] == 0
    finally:
        db.close()


def test_the_database_overwrites_deleted_data_and_versions_the_case_tables(data_dir: Path) -> None:
    db = open_user_database(data_dir)
    try:
        assert db.query("PRAGMA secure_delete")[0][0] == 1
        assert db.query("SELECT version FROM schema_version WHERE component = 'case_records'")[0][0] == 2
        tables = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"case_keyring", "case_record", "case_item"} <= tables
        with pytest.raises(sqlite3.IntegrityError):
            with db.transaction() as conn:
                conn.execute("INSERT INTO case_item (record_id, item_id, state, changed_at) VALUES ('nope', 'x', 'done', '')")
    finally:
        db.close()


def test_a_signed_record_reads_back_after_a_restart(data_dir: Path) -> None:
    db, _, store = open_store(data_dir)
    record_id = store.start(sample_template(), "SIGN-1", "", NOW)
    for item in ("documents", "refer"):
        store.set_item(record_id, item, ItemState.DONE, "", NOW)
    store.sign_off(record_id, "Judge A.", date(2026, 3, 4), NOW)
    db.close()
    db, _, store = open_store(data_dir)
    try:
        record = store.load(record_id)
        assert record.status == RecordStatus.SIGNED and record.sign_off.on == date(2026, 3, 4)
    finally:
        db.close()


TRAPS = {
    "a trigger": "CREATE TRIGGER keep_old_key BEFORE UPDATE ON case_keyring BEGIN "
                 "INSERT INTO stolen_keys SELECT old.wrapped_key; END",
    "a view": "CREATE VIEW everything AS SELECT * FROM case_record",
    "an index": "CREATE INDEX by_reference ON case_record (reference)",
    "a column": "ALTER TABLE case_keyring ADD COLUMN copy BLOB",
}


@pytest.mark.parametrize("trap", sorted(TRAPS))
def test_a_backup_with_anything_planted_in_its_schema_is_refused(data_dir: Path, tmp_path: Path, trap: str) -> None:
    db, _, store = open_store(data_dir)
    try:
        kept = store.start(sample_template(), "KEPT-1", "", NOW)
        backup = tmp_path / "backup.sqlite3"
        db.backup_to(backup)
        with sqlite3.connect(backup) as planted:  # the attack from issue 13, on a real backup file
            planted.execute("CREATE TABLE stolen_keys (wrapped BLOB)")
            planted.execute(TRAPS[trap])
        if trap != "a trigger":
            with sqlite3.connect(backup) as planted:
                planted.execute("DROP TABLE stolen_keys")
        store.start(sample_template(), "AFTER-2", "", NOW)
        with pytest.raises(BackupError, match="not a plain tiphandbook backup"):
            db.restore_from(backup)
        assert sorted(s.reference for s in store.summaries()) == ["AFTER-2", "KEPT-1"]  # nothing changed
        assert db.query("SELECT COUNT(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')")[0][0] == 0
        assert store.load(kept).changed_outside is None
    finally:
        db.close()


def test_a_backup_from_the_previous_release_is_restored_and_upgraded(data_dir: Path, tmp_path: Path) -> None:
    from tiphandbook.core.cases.case_store import CASE_SCHEMA
    from tiphandbook.core.store.migrations import Schema
    from tiphandbook.core.reading.store import READING_SCHEMA

    old = UserDatabase(tmp_path / "old.sqlite3", (QUIZ_SCHEMA, Schema("case_records", CASE_SCHEMA.migrations[:1]), READING_SCHEMA))
    old.backup_to(tmp_path / "old-backup.sqlite3")
    old.close()
    db = open_user_database(data_dir)
    try:
        db.restore_from(tmp_path / "old-backup.sqlite3")
        versions = {r["component"]: r["version"] for r in db.query("SELECT * FROM schema_version")}
        assert versions == {s.component: s.version for s in all_schemas()}
    finally:
        db.close()
