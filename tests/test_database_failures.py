"""The user database under a lock, a full disk, a read-only folder and several copies of the app starting at once:
only a really damaged file is ever set aside; otherwise every record stays where it is, and the user is told."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.lock_holder import LockHolder, child_env
from tests.helpers.mounts import fill, tmpfs
from tiphandbook.core.navigation import Location
from tiphandbook.core.store import DATABASE_FILE, UserDatabase
from tiphandbook.core.user_data import all_schemas, open_user_database
from tiphandbook.core.store.database import WriteFailed
from tiphandbook.core.reading.store import READING_SCHEMA, ReadingStore
from tiphandbook.core.timestamps import utc_now

PLACE = Location("doc", "trafficking-basics", "indicators")
OPENER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from tiphandbook.core.store import DATABASE_FILE, Schema, UserDatabase
    from tiphandbook.core.user_data import all_schemas

    data_dir, go = Path(sys.argv[1]), Path(sys.argv[2])
    # a migration that takes a moment, as one over many records does: the window in which copies collided
    slow = Schema("slow", (("CREATE TABLE counted AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                            "FROM n WHERE i < 200000) SELECT i FROM n",),))
    print("ready", flush=True)
    while not go.exists():  # all copies start together, as after an upgrade when the user clicks three times
        time.sleep(0.001)
    db = UserDatabase(data_dir / DATABASE_FILE, [*all_schemas(), slow])
    print("problem:" + (db.problem or ""), flush=True)
    db.close()
""")
EVERYTHING = ("case records", "bookmarks", "notes", "quiz history")


def older_database(data_dir: Path) -> Path:
    """A database from before bookmarks and notes existed, holding quiz history."""
    before = tuple(s for s in all_schemas() if s is not READING_SCHEMA)
    db = UserDatabase(data_dir / DATABASE_FILE, before)
    with db.transaction() as conn:
        conn.execute("INSERT INTO review_card (quiz_id, question_id, box, due_at) VALUES ('q', 'a', 2, 'x')")
    db.close()
    return data_dir / DATABASE_FILE


def set_aside(data_dir: Path) -> list[str]:
    return [p.name for p in data_dir.iterdir() if ".damaged-" in p.name]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("round_", range(3))
def test_three_copies_starting_at_once_after_an_upgrade_all_open_the_same_data(data_dir: Path, round_: int) -> None:
    older_database(data_dir)
    go = data_dir.parent / "go"
    copies = [subprocess.Popen([sys.executable, "-c", OPENER, str(data_dir), str(go)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=child_env()) for _ in range(3)]
    for copy in copies:
        assert copy.stdout is not None and copy.stdout.readline().strip() == "ready"
    go.touch()
    outputs = [copy.communicate(timeout=60) for copy in copies]
    assert [out.strip() for out, _ in outputs] == ["problem:"] * 3, outputs
    assert set_aside(data_dir) == []
    db = open_user_database(data_dir)
    try:
        assert db.problem is None
        assert db.query("SELECT box FROM review_card")[0][0] == 2
        assert db.query("SELECT version FROM schema_version WHERE component = 'reading'")[0][0] == READING_SCHEMA.version
    finally:
        db.close()


@pytest.fixture
def lock_holder(data_dir: Path) -> Iterator[LockHolder]:
    """Another program holding the (older) database's write lock until the test lets go."""
    holder = LockHolder(older_database(data_dir))
    yield holder
    holder.release()


def test_a_lock_held_longer_than_the_wait_never_sets_the_data_aside(data_dir: Path, lock_holder: LockHolder) -> None:
    db = UserDatabase(data_dir / DATABASE_FILE, all_schemas(), lock_wait=0.3)
    try:
        assert set_aside(data_dir) == []
        assert db.read_only and db.problem and "locked" in db.problem
        assert all(what in db.problem for what in EVERYTHING)
        assert db.query("SELECT box FROM review_card")[0][0] == 2  # shown read-only
        with pytest.raises(WriteFailed, match="Not saved"):
            ReadingStore(db).add_bookmark(PLACE, utc_now())
    finally:
        db.close()
    lock_holder.release()
    db = open_user_database(data_dir)  # the other program has gone: everything is there, and writable
    try:
        assert db.problem is None and not db.read_only
        assert db.query("SELECT box FROM review_card")[0][0] == 2
        ReadingStore(db).add_bookmark(PLACE, utc_now())
    finally:
        db.close()


def test_a_lock_released_while_waiting_is_waited_for(data_dir: Path) -> None:
    path = older_database(data_dir)
    holder = LockHolder(path)
    threading.Timer(0.5, holder.release).start()  # the other program finishes while this one waits
    db = UserDatabase(path, all_schemas(), lock_wait=60)
    try:
        assert db.problem is None and not db.read_only
        assert db.query("SELECT box FROM review_card")[0][0] == 2
    finally:
        db.close()
        holder.release()


def test_a_write_while_another_program_holds_the_lock_fails_and_says_so(data_dir: Path) -> None:
    db = open_user_database(data_dir)
    db.close()
    holder = LockHolder(data_dir / DATABASE_FILE)
    db = open_user_database(data_dir)  # up to date: opening needs no lock
    try:
        assert db.problem is None
        db.wait_when_locked(0.2)
        with pytest.raises(WriteFailed, match="locked"):
            ReadingStore(db).add_bookmark(PLACE, utc_now())
        holder.release()
        ReadingStore(db).add_bookmark(PLACE, utc_now())  # the same write, tried again
        assert [b.place for b in ReadingStore(db).bookmarks()] == [PLACE]
    finally:
        db.close()


def test_a_full_disk_keeps_every_record_and_says_so(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small-disk", size_kib=1024) as disk:
        db = open_user_database(disk)
        reading = ReadingStore(db)
        reading.add_bookmark(PLACE, utc_now())
        filler = fill(disk)
        with pytest.raises(WriteFailed, match="disk is full"):
            for number in range(200):  # until the space SQLite kept for itself is used up too
                reading.save_note(PLACE.at(f"s{number}"), "x" * 4000, utc_now())
        db.close()

        db = open_user_database(disk)  # the next start, the disk still full
        try:
            assert set_aside(disk) == []
            assert db.problem and "disk is full" in db.problem and all(what in db.problem for what in EVERYTHING)
            assert [b.place for b in ReadingStore(db).bookmarks()] == [PLACE]
            with pytest.raises(WriteFailed, match="disk is full"):
                ReadingStore(db).add_bookmark(PLACE.at("other"), utc_now())
        finally:
            db.close()
        filler.unlink()
        db = open_user_database(disk)  # space freed: everything is there, and writable again
        try:
            assert db.problem is None and set_aside(disk) == []
            assert [b.place for b in ReadingStore(db).bookmarks()] == [PLACE]
            ReadingStore(db).add_bookmark(PLACE.at("other"), utc_now())
        finally:
            db.close()


def test_a_fresh_read_only_home_opens_without_a_traceback(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "read-only", size_kib=64, read_only=True) as home:
        db = open_user_database(home / "data")
        try:
            assert db.read_only and db.problem and "cannot be written" in db.problem
            assert ReadingStore(db).bookmarks() == []
            with pytest.raises(WriteFailed, match="cannot be written"):
                ReadingStore(db).add_bookmark(PLACE, utc_now())
        finally:
            db.close()


def test_only_a_damaged_file_is_set_aside(data_dir: Path) -> None:
    path = older_database(data_dir)
    with sqlite3.connect(path) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[page_size + 8: page_size * 2] = b"\xa5" * (page_size - 8)  # a table page overwritten
    path.write_bytes(bytes(data))
    db = open_user_database(data_dir)
    try:
        assert len(set_aside(data_dir)) == 1 and "set aside" in (db.problem or "")
    finally:
        db.close()


def test_a_migration_that_fails_keeps_the_file_and_says_so(data_dir: Path) -> None:
    """A table already there that a migration wants to create (a downgrade and upgrade, an edit): never set aside."""
    path = older_database(data_dir)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE bookmark (id INTEGER PRIMARY KEY)")
    before = path.read_bytes()
    db = open_user_database(data_dir)
    try:
        assert set_aside(data_dir) == [] and db.read_only
        assert db.problem and str(path) in db.problem and "kept" in db.problem
    finally:
        db.close()
    assert path.read_bytes() == before
