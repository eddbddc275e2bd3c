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
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from tiphandbook.core.store.migrations import Schema, migrate

log = logging.getLogger(__name__)


class UserDatabase:
    def __init__(self, path: Path, schemas: Sequence[Schema]) -> None:
        self.path = path
        self.problem: str | None = None
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

    def close(self) -> None:
        self._conn.close()
