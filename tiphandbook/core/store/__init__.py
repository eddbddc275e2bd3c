"""The user's own data in one SQLite database. A feature adds its tables by declaring a ``Schema`` and listing it
in ``all_schemas``; ``open_user_database`` applies whatever migrations the file has not seen yet."""

from __future__ import annotations

from pathlib import Path

from tiphandbook.core.store.database import UserDatabase
from tiphandbook.core.store.migrations import Schema

DATABASE_FILE = "user.sqlite3"


def all_schemas() -> tuple[Schema, ...]:
    """Every feature's tables. Imported when the database opens, not with this package: the case schema brings in
    the cryptography package, which the window's start-up must not pay for."""
    from tiphandbook.core.store.case_records import CASE_SCHEMA
    from tiphandbook.core.store.quiz_history import QUIZ_SCHEMA
    from tiphandbook.core.store.reading import READING_SCHEMA

    return (QUIZ_SCHEMA, CASE_SCHEMA, READING_SCHEMA)


def open_user_database(data_dir: Path) -> UserDatabase:
    return UserDatabase(data_dir / DATABASE_FILE, all_schemas())


__all__ = ["DATABASE_FILE", "Schema", "UserDatabase", "all_schemas", "open_user_database"]
