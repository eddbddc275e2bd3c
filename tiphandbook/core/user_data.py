"""The user database with every feature's tables, and ``tiphandbook data check``: is it sound, and is every case
record as tiphandbook wrote it?

This module sits above the features: the store knows none of them, each feature declares its own ``Schema``, and
``all_schemas`` lists them (a new feature with tables adds one line here).

For the user, or the officer who hands laptops over. The file is read, never changed: SQLite's full
``integrity_check``, the schema compared with the one tiphandbook writes (no planted trigger, view, table, index or
column), then, with the passphrase, every case record's seal and the ledger of records (``CaseStore.check``).
The same checks back Help > Check My Data in the app.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tiphandbook.core.store import DATABASE_FILE, Schema
from tiphandbook.core.store.database import UserDatabase, schema_difference

if TYPE_CHECKING:
    from tiphandbook.core.cases.case_store import CaseStore, Finding


def all_schemas() -> tuple[Schema, ...]:
    """Every feature's tables. Imported when the database opens, not with this module: the case schema brings in
    the cryptography package, which the window's start-up must not pay for."""
    from tiphandbook.core.cases.case_store import CASE_SCHEMA
    from tiphandbook.core.quiz.history import QUIZ_SCHEMA
    from tiphandbook.core.reading.store import READING_SCHEMA

    return (QUIZ_SCHEMA, CASE_SCHEMA, READING_SCHEMA)


def open_user_database(data_dir: Path) -> UserDatabase:
    """The user database in ``data_dir``, with whatever migrations the file has not seen yet applied."""
    return UserDatabase(data_dir / DATABASE_FILE, all_schemas())


@dataclass
class DataReport:
    database: Path
    problems: list[str] = field(default_factory=list)  # about the file as a whole
    findings: list[Finding] = field(default_factory=list)  # about case records, by id
    records: int | None = None  # case records checked; None when they were not (no passphrase set, or none given)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.findings

    def lines(self) -> list[str]:
        """The report as the command prints it."""
        out = [f"{self.database}: {'no problem found' if not self.problems else 'PROBLEMS'}"]
        out += [f"  {problem}" for problem in self.problems]
        if self.records is not None:
            altered = sorted({f.record_id for f in self.findings if f.record_id})
            out.append(f"case records: {self.records} checked, {len(altered)} damaged or altered")
            out += [f"  record {f.record_id or '(ledger)'}: {f.message}" for f in self.findings]
        return out


def check_file(path: Path) -> list[str]:
    """What is wrong with the database file itself (read-only): integrity and schema."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [f"cannot be opened ({exc})"]
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            return [f"damaged: {line}" for line in integrity[:20]]
        versions = dict(conn.execute("SELECT component, version FROM schema_version").fetchall())
        unexpected = schema_difference(conn, all_schemas(), versions)
        return [f"holds {unexpected}, which tiphandbook never writes"] if unexpected else []
    except sqlite3.Error as exc:
        return [f"is not a tiphandbook database ({exc})"]
    finally:
        conn.close()


def check_records(store: CaseStore) -> tuple[int, list[Finding]]:
    """Every case record checked with the unlocked vault: how many, and what is wrong."""
    return len(store.db.query("SELECT id FROM case_record")), store.check()


def check_user_data(path: Path, passphrase: Callable[[], str] | None) -> DataReport:
    """The whole check of ``path``; ``passphrase`` is asked only when case records are protected by one.
    Raises ``WrongPassphrase`` (the user can try again), never changes the file."""
    from tiphandbook.core.cases.case_store import CaseStore
    from tiphandbook.core.cases.vault import KeyringDamaged, Vault

    report = DataReport(path)
    if not path.exists():
        report.problems.append("there is no user database here")
        return report
    report.problems = check_file(path)
    if report.problems:
        return report
    db = UserDatabase(path, all_schemas(), copy_only=True)
    try:
        vault = Vault(db)
        if not vault.is_set_up() or passphrase is None:
            return report
        try:
            vault.unlock(passphrase())
        except KeyringDamaged as exc:
            report.problems.append(str(exc))
            return report
        if vault.unsealed:
            report.problems.append("the case records have not been sealed yet: unlock them once in tiphandbook")
        report.records, report.findings = check_records(CaseStore(db, vault))
    finally:
        db.close()
    return report
