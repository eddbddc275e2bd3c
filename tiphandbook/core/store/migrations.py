"""Schema versions per feature, so features add and change their own tables without colliding.

Each feature (quiz history now; bookmarks, notes, case records later) declares a ``Schema``: a name and an
append-only list of migrations. The database records the version each feature has reached in ``schema_version``
and applies the missing migrations in order, each in the same transaction as its version bump, so a crash leaves
every feature at a version it fully reached. A released migration is never edited: add a new one.
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


_VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version (component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
)


def migrate(conn: sqlite3.Connection, schemas: Sequence[Schema]) -> list[str]:
    """Bring every schema up to date; return a problem per schema the file is newer than (left untouched)."""
    conn.execute(_VERSION_TABLE)
    problems = []
    for schema in schemas:
        current = _version(conn, schema.component)
        if current > schema.version:
            problems.append(
                f"the '{schema.component}' data were written by a newer version of tiphandbook "
                f"(schema {current}, this version knows {schema.version})"
            )
            continue
        for number in range(current + 1, schema.version + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in schema.migrations[number - 1]:
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_version (component, version) VALUES (?, ?) "
                    "ON CONFLICT (component) DO UPDATE SET version = excluded.version",
                    (schema.component, number),
                )
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
    return problems


def _version(conn: sqlite3.Connection, component: str) -> int:
    row = conn.execute("SELECT version FROM schema_version WHERE component = ?", (component,)).fetchone()
    return int(row[0]) if row else 0
