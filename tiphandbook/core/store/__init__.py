"""The user's own data in one SQLite database. A feature adds its tables by declaring a ``Schema`` and listing it
in ``SCHEMAS``; ``open_user_database`` applies whatever migrations the file has not seen yet."""

from __future__ import annotations

from pathlib import Path

from tiphandbook.core.store.case_records import CASE_SCHEMA
from tiphandbook.core.store.database import UserDatabase
from tiphandbook.core.store.migrations import Schema
from tiphandbook.core.store.quiz_history import QUIZ_SCHEMA
from tiphandbook.core.store.reading import READING_SCHEMA

DATABASE_FILE = "user.sqlite3"
SCHEMAS: tuple[Schema, ...] = (QUIZ_SCHEMA, CASE_SCHEMA, READING_SCHEMA)


def open_user_database(data_dir: Path) -> UserDatabase:
    return UserDatabase(data_dir / DATABASE_FILE, SCHEMAS)


__all__ = ["DATABASE_FILE", "SCHEMAS", "Schema", "UserDatabase", "open_user_database"]
