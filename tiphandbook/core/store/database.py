"""The one user database: SQLite in the user data folder, opened so that a crash or a full disk loses nothing.

WAL journal with synchronous=FULL (a committed write survives a power cut), foreign keys on, and every write in
one explicit transaction. Only a file that is really damaged (``quick_check`` fails, or it is not a SQLite
database at all) is ever set aside: it is renamed ``NAME.damaged-TIMESTAMP`` and the problem names what it held and
where it went. Anything else keeps the file exactly as it is: a lock held by another program is waited for, and a
full disk, a read-only folder or a lock that outlasts the wait open the data read-only for the session, with a
message. A write that cannot be done raises ``WriteFailed`` with the reason for the user, never passes for done.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from tiphandbook.core.store.migrations import VERSION_TABLE, Schema, migrate

log = logging.getLogger(__name__)

AFFECTED = "case records, bookmarks, notes and quiz history"
LOCK_WAIT_SECONDS = 15.0  # how long opening waits for another program's lock before going read-only
WRITE_WAIT_SECONDS = 5.0  # how long one write waits for a lock before it is reported as not done
FULL_BELOW_BYTES = 256 * 1024
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_LOCKED = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}


class WriteFailed(Exception):
    """A write was not done and nothing of it was stored; the message says why, for the user."""


class BackupError(Exception):
    """A backup could not be written, or a file offered for restore was refused; the database is unchanged."""


class _Damaged(Exception):
    """The file is not a readable SQLite database: the one case where it is set aside."""


def _code(exc: BaseException) -> int:
    return getattr(exc, "sqlite_errorcode", -1) & 0xFF


def _is_damage(exc: BaseException) -> bool:
    return isinstance(exc, _Damaged) or _code(exc) in _DAMAGED


def why_not_written(exc: BaseException, folder: Path) -> str | None:
    """The user's words for a storage failure (locked, disk full, read-only, I/O), or None for anything else."""
    code = _code(exc)
    if code in _LOCKED:
        return "the user database is locked by another program (another copy of tiphandbook?)"
    if code == sqlite3.SQLITE_FULL or getattr(exc, "errno", None) == 28 or _nearly_full(folder):  # 28: ENOSPC
        return "the disk is full"
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM) or getattr(exc, "errno", None) in (13, 30):
        return "the user data folder cannot be written to (read-only or no permission)"
    if code == sqlite3.SQLITE_IOERR or isinstance(exc, OSError):
        return f"the disk reported an error ({exc})"
    return None


def _copy(uri: str, target: sqlite3.Connection) -> None:
    source = sqlite3.connect(uri, uri=True, timeout=WRITE_WAIT_SECONDS)
    try:
        source.backup(target)
    finally:
        source.close()


def _nearly_full(folder: Path) -> bool:
    """A full disk often shows as an I/O error (SQLite cannot grow its shared-memory file)."""
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def _schema_of(conn: sqlite3.Connection) -> set[tuple[str, str, str | None]]:
    return {(kind, name, sql) for kind, name, sql in
            conn.execute("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%'")}


def schema_difference(backup: sqlite3.Connection, schemas: Sequence[Schema], versions: dict[str, int]) -> str | None:
    """What ``backup`` holds beyond the schema our migrations build at its versions (or lacks of it), or None."""
    expected = sqlite3.connect(":memory:", isolation_level=None)
    try:
        expected.execute(VERSION_TABLE)
        migrate(expected, [Schema(s.component, s.migrations[: versions.get(s.component, 0)]) for s in schemas])
        wanted, found = _schema_of(expected), _schema_of(backup)
    finally:
        expected.close()
    extra = sorted(found - wanted)
    if extra:
        return ", ".join(f"a {kind} named “{name}”" for kind, name, _ in extra[:5])
    missing = sorted(wanted - found)
    return f"no {missing[0][0]} “{missing[0][1]}” as tiphandbook writes it" if missing else None


class UserDatabase:
    def __init__(self, path: Path, schemas: Sequence[Schema], lock_wait: float = LOCK_WAIT_SECONDS,
                 copy_only: bool = False) -> None:
        """``copy_only``: work on a read-only copy in memory, leaving the file as it is (``tiphandbook data check``)."""
        self.path = path
        self.problem: str | None = None
        self.read_only = False  # True: the data are shown as they are, and every write raises WriteFailed
        self._schemas = tuple(schemas)
        self._conn = self._copy_in_memory() if copy_only else self._connect(lock_wait)

    # -- opening ------------------------------------------------------------------------------------------
    def _connect(self, lock_wait: float) -> sqlite3.Connection:
        deadline = time.monotonic() + lock_wait
        while True:
            try:
                conn = self._open(self.path, busy_seconds=min(lock_wait, WRITE_WAIT_SECONDS))
                conn.execute(f"PRAGMA busy_timeout = {int(WRITE_WAIT_SECONDS * 1000)}")
                if _nearly_full(self.path.parent):
                    self._report(f"The disk is full. Your {AFFECTED} are all kept, but changes cannot be saved "
                                 "until space is freed.")
                return conn
            except (OSError, sqlite3.Error, _Damaged) as exc:
                if _is_damage(exc):
                    return self._set_aside(exc)
                reason = why_not_written(exc, self.path.parent) or "tiphandbook could not bring it up to date"
                if _code(exc) in _LOCKED and time.monotonic() < deadline:
                    time.sleep(0.1)  # the busy handler already waited; another program still holds the lock
                    continue
                return self._read_only(reason, exc)

    def _open(self, path: Path | str, busy_seconds: float = WRITE_WAIT_SECONDS) -> sqlite3.Connection:
        if isinstance(path, Path):
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=busy_seconds)  # transactions are explicit
        try:
            conn.row_factory = sqlite3.Row
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")  # deleted records are overwritten, not left in free pages
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise _Damaged(f"integrity check failed: {check}")
            problems = migrate(conn, self._schemas)
        except BaseException:
            conn.close()
            raise
        if problems:
            self._report("; ".join(problems) + ". Those records are shown as they are and not changed.")
        return conn

    def _set_aside(self, error: BaseException) -> sqlite3.Connection:
        aside = self.path.with_name(f"{self.path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
        try:
            for suffix in ("", "-wal", "-shm"):
                damaged = Path(f"{self.path}{suffix}")
                if damaged.exists():
                    os.replace(damaged, Path(f"{aside}{suffix}"))
        except OSError as exc:
            return self._in_memory(f"The user database is damaged ({error}) and could not be set aside ({exc}). "
                                   f"It was left as it is at {self.path}.")
        try:
            conn = self._open(self.path)
        except (OSError, sqlite3.Error, _Damaged) as second:
            return self._in_memory(f"The user database was damaged ({error}) and was set aside as {aside}; a new "
                                   f"one could not be started ({second}).")
        self._report(f"The user database was damaged ({error}), so your {AFFECTED} could not be read. The damaged "
                     f"file was set aside, kept as {aside}, and a new, empty database was started.")
        return conn

    def _read_only(self, reason: str, error: BaseException) -> sqlite3.Connection:
        """Keep the file untouched and work on a copy of it in memory that refuses writes."""
        memory = self._copy_in_memory()
        self._report(f"Your {AFFECTED} cannot be changed in this session because {reason} ({error}). Nothing was "
                     f"deleted: they are kept in {self.path} and shown read-only; restart tiphandbook once the "
                     "problem is solved.")
        return memory

    def _copy_in_memory(self) -> sqlite3.Connection:
        self.read_only = True
        memory = sqlite3.connect(":memory:", isolation_level=None)
        memory.row_factory = sqlite3.Row
        if self.path.exists():
            try:
                _copy(f"{self.path.resolve().as_uri()}?mode=ro", memory)
            except sqlite3.Error:  # no lock can be taken (no room for the shared-memory file): read it as it is
                with suppress(sqlite3.Error):
                    _copy(f"{self.path.resolve().as_uri()}?immutable=1", memory)
        try:
            migrate(memory, self._schemas)
        except sqlite3.Error as exc:  # even the copy cannot be brought up to date: show nothing rather than fail
            memory.close()
            return self._in_memory(f"Your {AFFECTED} cannot be shown ({exc}); they are kept unchanged in {self.path}.")
        return memory

    def _in_memory(self, message: str) -> sqlite3.Connection:
        self.read_only = True
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.row_factory = sqlite3.Row
        migrate(conn, self._schemas)
        self._report(f"{message} Nothing can be saved in this session.")
        return conn

    def _report(self, message: str) -> None:
        self.problem = message if self.problem is None else f"{self.problem} {message}"
        log.warning("%s: %s", self.path, message)

    # -- using --------------------------------------------------------------------------------------------
    def wait_when_locked(self, seconds: float) -> None:
        """How long a write waits for another program's lock before it fails with ``WriteFailed``."""
        self._conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write: everything inside commits together or not at all. A storage failure (locked, disk full,
        read-only, I/O) raises ``WriteFailed``; any other error is re-raised as it is, after the rollback."""
        if self.read_only:
            raise WriteFailed(f"Not saved: {self.problem or 'the user database is open read-only.'}")
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except (sqlite3.OperationalError, OSError) as exc:
            if self._conn.in_transaction:  # a failed COMMIT leaves the transaction open
                with suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
            reason = why_not_written(exc, self.path.parent)
            if reason is None:
                raise
            raise WriteFailed(f"Not saved: {reason}.") from exc

    def truncate_journal(self) -> bool:
        """Copy the WAL into the database and empty it, so what was overwritten (an old key) is not left in the
        -wal file; False when another connection kept it from finishing (it is retried at the next close)."""
        if self.read_only:
            return False
        busy, _, _ = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return busy == 0

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return self._conn.execute(sql, params).fetchall()

    def backup_to(self, target: Path) -> None:
        """Copy the whole database while in use (SQLite's online backup API) into one self-contained file,
        written beside ``target`` and renamed into place, so a failed backup never leaves half a file there."""
        if self._is_live(target):
            raise BackupError("A backup cannot replace the database it copies; choose another file.")
        partial = target.with_name(f"{target.name}.partial")
        try:
            partial.unlink(missing_ok=True)
            copy = sqlite3.connect(partial)
            try:
                self._conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # no -wal file to forget when copying the backup
            finally:
                copy.close()
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as exc:
            with suppress(OSError):
                partial.unlink(missing_ok=True)
            raise BackupError(f"The backup could not be written ({exc}).") from exc

    def restore_from(self, source: Path) -> None:
        """Replace all user data with a backup's (SQLite's backup API) and bring it to this version's schemas.
        The file is checked first: one that is damaged, not a tiphandbook database, from a newer version, or whose
        schema is not exactly the one tiphandbook writes (a planted trigger, view, table, column or index could act
        on the user's data once restored) is refused and nothing changes."""
        if self.read_only:
            raise BackupError(f"Nothing can be restored now: {self.problem}")
        if self._is_live(source):
            raise BackupError(f"{source.name} is the database in use, not a backup.")
        try:
            backup = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        except (OSError, sqlite3.Error) as exc:
            raise BackupError(f"{source.name} cannot be opened ({exc}).") from exc
        try:
            if backup.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(f"{source.name} is damaged.")
            versions = dict(backup.execute("SELECT component, version FROM schema_version").fetchall())
            if any(versions.get(s.component, 0) > s.version for s in self._schemas):
                raise BackupError(f"{source.name} was written by a newer version of tiphandbook.")
            unexpected = schema_difference(backup, self._schemas, versions)
            if unexpected:
                raise BackupError(f"{source.name} is not a plain tiphandbook backup: it holds {unexpected}, which "
                                  "tiphandbook never writes. It was refused and nothing was changed.")
            backup.backup(self._conn)
        except sqlite3.Error as exc:
            raise BackupError(f"{source.name} is not a tiphandbook backup ({exc}).") from exc
        finally:
            backup.close()
        migrate(self._conn, self._schemas)

    def _is_live(self, path: Path) -> bool:
        return path.resolve() == self.path.resolve()

    def close(self) -> None:
        self._conn.close()
