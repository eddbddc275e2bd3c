"""Schema versions per feature, so features add and change their own tables without colliding.

Each feature (quiz history, bookmarks and notes, case records) declares a ``Schema``: a name and an append-only
list of migrations. The database records the version each feature has reached in ``schema_version``. Migrations
run in one ``BEGIN IMMEDIATE`` transaction that reads the versions again inside it, so several copies of the app
starting at once after an upgrade take turns: the first migrates, the others find the work done. A crash leaves
the file as it was before. A released migration is never edited: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

Migration = tuple[str, ...]  # SQL statements, run in order (one statement each: sqlite3 runs one per call)


@dataclass(frozen=True)
class Schema:
    component: str
    migrations: tuple[Migration, ...]

    @property
    def version(self) -> int:
        return len(self.migrations)


VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version (component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
)


def migrate(conn: sqlite3.Connection, schemas: Sequence[Schema]) -> list[str]:
    """Bring every schema up to date; return a problem per schema the file is newer than (left untouched).
    Reads first without taking the write lock: a file already up to date is opened without waiting for a writer."""
    if all(_version(conn, s.component) == s.version for s in schemas):
        return []
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(VERSION_TABLE)
        problems = [_bring_up(conn, schema) for schema in schemas]
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return [p for p in problems if p]


def _bring_up(conn: sqlite3.Connection, schema: Schema) -> str | None:
    current = _version(conn, schema.component)  # read inside the transaction: another process may have migrated
    if current > schema.version:
        return (f"the '{schema.component}' data were written by a newer version of tiphandbook "
                f"(schema {current}, this version knows {schema.version})")
    for number in range(current + 1, schema.version + 1):
        for statement in schema.migrations[number - 1]:
            conn.execute(statement)
    if schema.version > current:
        conn.execute(
            "INSERT INTO schema_version (component, version) VALUES (?, ?) "
            "ON CONFLICT (component) DO UPDATE SET version = excluded.version",
            (schema.component, schema.version),
        )
    return None


def _version(conn: sqlite3.Connection, component: str) -> int:
    try:
        row = conn.execute("SELECT version FROM schema_version WHERE component = ?", (component,)).fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return 0
        raise
    return int(row[0]) if row else 0
