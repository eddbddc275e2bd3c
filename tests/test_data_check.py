"""``tiphandbook data check``, run as the officer would from a terminal: exit 0 on sound data, 1 naming each damaged
or altered record, 2 when it cannot check; the database file is never changed by it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.case_samples import NOW, PASSPHRASE, open_store, sample_template
from tests.helpers.lock_holder import child_env
from tiphandbook.core.cases.records import ItemState
from tiphandbook.core.paths import UserDirs
from tiphandbook.core.store import DATABASE_FILE


@pytest.fixture
def data_dir() -> Path:
    folder = UserDirs.resolve().data
    db, _, store = open_store(folder)
    try:
        first = store.start(sample_template(), "CASE-1", "", NOW)
        store.set_item(first, "documents", ItemState.DONE, "seen", NOW)
        store.set_item(first, "refer", ItemState.NOT_APPLICABLE, "", NOW)
        store.sign_off(first, "Inspector", date(2026, 3, 2), NOW)
        store.start(sample_template(), "CASE-2", "", NOW)
    finally:
        db.close()
    return folder


def data_check(passphrase: str = PASSPHRASE, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "import sys; from tiphandbook.cli import main; sys.exit(main())",
                           "data", "check", "--passphrase-stdin", *options], input=passphrase + "\n",
                          capture_output=True, text=True, env=child_env(), timeout=120)


def signed_record(data_dir: Path) -> str:
    with sqlite3.connect(data_dir / DATABASE_FILE) as conn:
        return conn.execute("SELECT id FROM case_record WHERE status = 'signed'").fetchone()[0]


def test_sound_data_passes_and_is_not_changed(data_dir: Path) -> None:
    before = (data_dir / DATABASE_FILE).read_bytes()
    done = data_check()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no problem found" in done.stdout and "case records: 2 checked, 0 damaged or altered" in done.stdout
    assert (data_dir / DATABASE_FILE).read_bytes() == before


def test_a_record_changed_outside_is_named_and_the_exit_status_is_1(data_dir: Path) -> None:
    record_id = signed_record(data_dir)
    with sqlite3.connect(data_dir / DATABASE_FILE) as conn:
        conn.execute("UPDATE case_record SET status = 'open' WHERE id = ?", (record_id,))
    done = data_check()
    assert done.returncode == 1
    assert f"record {record_id}: was changed outside tiphandbook on or after" in done.stdout
    assert "1 damaged or altered" in done.stdout


def test_a_damaged_file_or_a_planted_trigger_fails_the_check(data_dir: Path) -> None:
    with sqlite3.connect(data_dir / DATABASE_FILE) as conn:
        conn.execute("CREATE TRIGGER spy AFTER UPDATE ON case_keyring BEGIN SELECT 1; END")
    done = data_check()
    assert done.returncode == 1 and "a trigger named “spy”" in done.stdout


def test_a_wrong_passphrase_cannot_check_and_says_so(data_dir: Path) -> None:
    done = data_check("not the passphrase")
    assert done.returncode == 2 and "cannot check the case records" in done.stderr
