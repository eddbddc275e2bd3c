"""The one user database: SQLite in the user data folder, opened so that a crash or a full disk loses nothing.

WAL journal with synchronous=FULL (a committed write survives a power cut), foreign keys on, and every write in
one explicit transaction. A file that is not a readable SQLite database is never fatal: it is renamed
``NAME.damaged-TIMESTAMP`` (kept for recovery), the problem is reported through ``problem``, and a fresh database
is started; if even that fails, the data live in memory for this session and the problem says so.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from tiphandbook.core.store.migrations import Schema, migrate

log = logging.getLogger(__name__)


class UserDatabase:
    def __init__(self, path: Path, schemas: Sequence[Schema]) -> None:
        self.path = path
        self.problem: str | None = None
        self._schemas = tuple(schemas)
        try:
            self._conn = self._open(path, schemas)
        except (OSError, sqlite3.DatabaseError) as exc:
            self._conn = self._recover(exc, schemas)

    def _open(self, path: Path | str, schemas: Sequence[Schema]) -> sqlite3.Connection:
        if isinstance(path, Path):
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None)  # autocommit: transactions are explicit
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")  # deleted records are overwritten, not left in free pages
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {check}")
            problems = migrate(conn, schemas)
        except BaseException:
            conn.close()
            raise
        if problems:
            self._report("; ".join(problems) + ". Those records are shown as they are and not changed.")
        return conn

    def _recover(self, error: Exception, schemas: Sequence[Schema]) -> sqlite3.Connection:
        aside = self.path.with_name(f"{self.path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
        try:
            for suffix in ("", "-wal", "-shm"):
                damaged = Path(f"{self.path}{suffix}")
                if damaged.exists():
                    os.replace(damaged, Path(f"{aside}{suffix}"))
            conn = self._open(self.path, schemas)
            self._report(f"The user database could not be read ({error}). It was set aside as {aside.name} and a "
                         "new one started: earlier quiz history is not shown.")
            return conn
        except (OSError, sqlite3.DatabaseError) as second:
            self._report(f"The user database cannot be used ({error}; {second}). Nothing done in this session "
                         "will be kept.")
            return self._open(":memory:", schemas)

    def _report(self, message: str) -> None:
        self.problem = message if self.problem is None else f"{self.problem} {message}"
        log.warning("%s: %s", self.path, message)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write: everything inside commits together or not at all."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

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
        The file is checked first: one that is damaged, not a tiphandbook database, or from a newer version is
        refused and nothing changes."""
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


class BackupError(Exception):
    """A backup could not be written, or a file offered for restore was refused; the database is unchanged."""
