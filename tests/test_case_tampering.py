"""Case records are evidence: every attack from issue 13, made with the sqlite3 command line on a real database
(as anyone with the laptop could), is detected and shown, never passed off as the record tiphandbook wrote; the
other records stay usable."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.helpers.case_samples import NOW, PASSPHRASE, fast_kdf, open_store, sample_template
from tiphandbook.core.cases.crypto import FieldCipher, new_data_key, wrap_key
from tiphandbook.core.cases.records import ItemState, RecordError
from tiphandbook.core.timestamps import utc_text
from tiphandbook.core.cases.vault import KeyringDamaged, Vault
from tiphandbook.core.paths import UserDirs
from tiphandbook.core.store import DATABASE_FILE, UserDatabase
from tiphandbook.core.user_data import open_user_database
from tiphandbook.core.cases.case_store import CASE_SCHEMA, CaseStore, note_field
from tiphandbook.core.store.migrations import Schema
from tiphandbook.core.quiz.history import QUIZ_SCHEMA
from tiphandbook.core.reading.store import READING_SCHEMA

LATER = NOW + timedelta(hours=1)


@pytest.fixture
def data_dir() -> Path:
    return UserDirs.resolve().data


def outside(data_dir: Path, *statements: str) -> None:
    """Edit the database as an attacker would: the sqlite3 command line while the app is closed."""
    path = data_dir / DATABASE_FILE
    sql = ";\n".join(statements) + ";"
    if shutil.which("sqlite3"):
        subprocess.run(["sqlite3", str(path)], input=sql, text=True, check=True, capture_output=True)
    else:  # the same SQL through Python's sqlite3 where the command line is not installed
        with sqlite3.connect(path) as conn:
            conn.executescript(sql)


def two_records(data_dir: Path) -> tuple[str, str]:
    db, _, store = open_store(data_dir)
    try:
        target = store.start(sample_template(), "CASE-T", "", NOW)
        store.set_item(target, "documents", ItemState.DONE, "first note", NOW)
        other = store.start(sample_template(), "CASE-OTHER", "", NOW)
    finally:
        db.close()
    return target, other


def reopen(data_dir: Path) -> tuple[UserDatabase, CaseStore]:
    db, _, store = open_store(data_dir)
    return db, store


def assert_only_target_flagged(store: CaseStore, target: str, other: str) -> None:
    record = store.load(target)
    assert record.changed_outside is not None
    assert store.load(other).changed_outside is None
    store.set_item(other, "movement", ItemState.DONE, "still usable", LATER)  # the rest goes on working
    assert [f.record_id for f in store.check()] == [target]


def test_inserted_done_items_do_not_open_the_way_to_sign_off(data_dir: Path) -> None:
    target, other = two_records(data_dir)
    outside(data_dir, *(f"INSERT OR REPLACE INTO case_item (record_id, item_id, state, changed_at) "
                        f"VALUES ('{target}', '{item}', 'done', '{utc_text(NOW)}')" for item in ("documents", "refer")))
    db, store = reopen(data_dir)
    try:
        with pytest.raises(RecordError, match="changed outside tiphandbook"):
            store.sign_off(target, "Inspector", date(2026, 3, 2), LATER)
        assert_only_target_flagged(store, target, other)
    finally:
        db.close()


def test_a_signed_record_reopened_outside_is_flagged_and_stays_read_only(data_dir: Path) -> None:
    target, other = two_records(data_dir)
    db, _, store = open_store(data_dir)
    store.set_item(target, "refer", ItemState.NOT_APPLICABLE, "", NOW)
    store.sign_off(target, "Inspector", date(2026, 3, 2), NOW)
    with pytest.raises(RecordError, match="signed off"):  # read-only in the core, not only in the window
        store.set_item(target, "documents", ItemState.DONE, "edited after signing", LATER)
    db.close()
    outside(data_dir, f"UPDATE case_record SET status = 'open' WHERE id = '{target}'")
    db, store = reopen(data_dir)
    try:
        with pytest.raises(RecordError, match="changed outside tiphandbook"):
            store.set_item(target, "documents", ItemState.DONE, "edited after signing", LATER)
        assert store.load(target).entry("documents").note == "first note"
        assert_only_target_flagged(store, target, other)
    finally:
        db.close()


@pytest.mark.parametrize("attack", ["earlier ciphertext", "note set to NULL"])
def test_an_earlier_note_put_back_or_a_note_removed_is_flagged(data_dir: Path, attack: str) -> None:
    target, other = two_records(data_dir)
    db, _, store = open_store(data_dir)
    earlier = db.query("SELECT hex(note) FROM case_item WHERE record_id = ? AND item_id = 'documents'", (target,))[0][0]
    store.set_item(target, "documents", ItemState.DONE, "second note", LATER)
    db.close()
    value = f"x'{earlier}'" if attack == "earlier ciphertext" else "NULL"
    outside(data_dir, f"UPDATE case_item SET note = {value} WHERE record_id = '{target}' AND item_id = 'documents'")
    db, store = reopen(data_dir)
    try:
        record = store.load(target)
        assert record.changed_outside is not None and record.changed_outside.since == LATER
        assert "on or after" in record.changed_outside.what
        assert_only_target_flagged(store, target, other)
    finally:
        db.close()


def test_signed_status_on_an_unsigned_record_does_not_break_the_list(data_dir: Path) -> None:
    target, other = two_records(data_dir)
    outside(data_dir, f"UPDATE case_record SET status = 'signed' WHERE id = '{target}'")
    db, store = reopen(data_dir)
    try:
        listed = {s.id: s for s in store.summaries()}
        assert set(listed) == {target, other}
        assert listed[target].changed_outside is not None and listed[other].changed_outside is None
        assert_only_target_flagged(store, target, other)
    finally:
        db.close()


def test_a_record_rolled_back_whole_to_an_older_sealed_state_is_flagged(data_dir: Path, tmp_path: Path) -> None:
    target, other = two_records(data_dir)
    db, _, store = open_store(data_dir)
    old_copy = tmp_path / "old.sqlite3"
    db.backup_to(old_copy)
    store.set_item(target, "documents", ItemState.NOT_APPLICABLE, "changed my mind", LATER)
    db.close()
    outside(data_dir, f"ATTACH '{old_copy}' AS old",
            f"DELETE FROM case_item WHERE record_id = '{target}'",
            f"INSERT INTO case_item SELECT * FROM old.case_item WHERE record_id = '{target}'",
            f"DELETE FROM case_record WHERE id = '{target}'",
            f"INSERT INTO case_record SELECT * FROM old.case_record WHERE id = '{target}'")
    db, store = reopen(data_dir)
    try:
        record = store.load(target)
        assert record.entry("documents").note == "first note"  # an authentic, older state...
        assert record.changed_outside is not None and "older state" in record.changed_outside.what  # ...caught
        assert_only_target_flagged(store, target, other)
    finally:
        db.close()


@pytest.mark.parametrize("attack", ["item deleted", "item added"])
def test_an_item_deleted_or_added_outside_is_flagged(data_dir: Path, attack: str) -> None:
    target, other = two_records(data_dir)
    statement = (f"DELETE FROM case_item WHERE record_id = '{target}'" if attack == "item deleted" else
                 f"INSERT INTO case_item (record_id, item_id, state, changed_at) VALUES ('{target}', 'movement', 'na', 'x')")
    outside(data_dir, statement)
    db, store = reopen(data_dir)
    try:
        assert_only_target_flagged(store, target, other)
    finally:
        db.close()


def test_a_record_deleted_outside_is_reported_by_the_check(data_dir: Path) -> None:
    target, other = two_records(data_dir)
    outside(data_dir, "PRAGMA foreign_keys = ON", f"DELETE FROM case_record WHERE id = '{target}'")
    db, store = reopen(data_dir)
    try:
        findings = store.check()
        assert [f.record_id for f in findings] == [target] and "deleted outside tiphandbook" in findings[0].message
        store.set_item(other, "movement", ItemState.DONE, "still usable", LATER)
    finally:
        db.close()


def test_a_kdf_cost_raised_in_the_file_is_refused_at_once(data_dir: Path) -> None:
    two_records(data_dir)
    outside(data_dir, """UPDATE case_keyring SET kdf = 'argon2id', kdf_cost = '{"iterations": 3, "lanes": 4, "memory_cost": 4194304}'""")
    db = open_user_database(data_dir)
    try:
        with pytest.raises(KeyringDamaged, match="altered"):
            Vault(db).unlock(PASSPHRASE)
    finally:
        db.close()


CASE_SCHEMA_V1 = Schema(CASE_SCHEMA.component, CASE_SCHEMA.migrations[:1])


def test_records_from_before_authentication_are_kept_and_sealed_at_the_first_unlock(data_dir: Path) -> None:
    """A database written by the previous release (case schema 1, a key wrapped without the marker)."""
    db = UserDatabase(data_dir / DATABASE_FILE, (QUIZ_SCHEMA, CASE_SCHEMA_V1, READING_SCHEMA))
    data_key, kdf, cipher = new_data_key(), fast_kdf(), None
    cipher = FieldCipher(data_key)
    template = sample_template()
    with db.transaction() as conn:
        conn.execute("INSERT INTO case_keyring (id, kdf, kdf_cost, salt, wrapped_key, changed_at) VALUES (1, ?, ?, ?, ?, ?)",
                     (kdf.name, kdf.cost_json(), kdf.salt, wrap_key(data_key, kdf, PASSPHRASE), utc_text(NOW)))
        for record_id, reference in (("a" * 32, "OLD-1"), ("b" * 32, "OLD-2")):
            conn.execute("INSERT INTO case_record (id, checklist_id, template_version, template, reference, title, "
                         "created_at, updated_at) VALUES (?, 'screen', 2, ?, ?, ?, ?, ?)",
                         (record_id, cipher.seal(record_id, "template", template.to_json()),
                          cipher.seal(record_id, "reference", reference), cipher.seal(record_id, "title", ""),
                          utc_text(NOW), utc_text(NOW)))
            conn.execute("INSERT INTO case_item (record_id, item_id, state, note, changed_at) VALUES (?, 'documents', "
                         "'done', ?, ?)", (record_id, cipher.seal(record_id, note_field("documents"), "kept"), utc_text(NOW)))
    db.close()

    db, _, store = open_store(data_dir)  # migrates, then the first unlock seals
    try:
        assert sorted(s.reference for s in store.summaries()) == ["OLD-1", "OLD-2"]
        assert store.check() == []
        assert store.load("a" * 32).entry("documents").note == "kept"
        store.set_item("a" * 32, "movement", ItemState.DONE, "new", LATER)
    finally:
        db.close()
    outside(data_dir, "UPDATE case_record SET seal = NULL, version = 0", "UPDATE case_keyring SET ledger = NULL")
    db, store = reopen(data_dir)  # removing the seals does not make the records look old again
    try:
        assert {f.record_id for f in store.check()} == {"", "a" * 32, "b" * 32}
    finally:
        db.close()
