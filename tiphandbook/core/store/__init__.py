"""The user's own data in one SQLite database: connection, transactions, migrations, backup and restore. It knows
no feature: each feature declares its tables as a ``Schema`` in its own package, and ``core.user_data`` lists them
all and opens the database with them."""

from __future__ import annotations

from tiphandbook.core.store.database import UserDatabase
from tiphandbook.core.store.migrations import Schema

DATABASE_FILE = "user.sqlite3"

__all__ = ["DATABASE_FILE", "Schema", "UserDatabase"]
