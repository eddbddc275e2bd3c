"""Case records in the user database, every user-written text sealed by the vault's ``FieldCipher``, and every
record's whole state authenticated.

In clear: what listing and filtering need and what says nothing about a case (record id, checklist id and version,
status, item states, timestamps). Sealed, each bound to its record and field: the case reference and title, the
template snapshot, every note, the signer's name and date. Each method that writes is one transaction. Record ids
are random, so a ciphertext can never be bound to a later record that reuses an old id.

Evidence must be tamper-evident, not only confidential: each write bumps the record's version and stores an HMAC
(``seal``) over every column of the record and every one of its items, under a key derived from the data key. A
sealed ledger in the key row lists each record's version and when tiphandbook last wrote it. So an edit made
outside the app (a state set to done, a status set back to open, an old ciphertext put back, a note set to NULL,
an item added or deleted) fails the seal; a whole record rolled back to an older sealed state, or deleted, differs
from the ledger; a record copied in from elsewhere is not in it. Such a record is shown as stored, with "changed
outside tiphandbook on or after ...", and can no longer be changed; the other records stay usable.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from tiphandbook.core.cases.crypto import FieldCipher, UnreadableField
from tiphandbook.core.cases.records import (
    CaseRecord,
    ItemEntry,
    ItemState,
    OutsideChange,
    Progress,
    RecordError,
    RecordStatus,
    SignOff,
    check_can_edit,
    check_can_sign,
)
from tiphandbook.core.cases.templates import TemplateSnapshot
from tiphandbook.core.timestamps import from_utc_text, utc_text
from tiphandbook.core.store.database import UserDatabase
from tiphandbook.core.store.migrations import Schema

if TYPE_CHECKING:  # the vault imports the store package, which lists this module's schema
    from tiphandbook.core.cases.vault import Vault

CASE_SCHEMA = Schema("case_records", migrations=(
    (
        "CREATE TABLE case_keyring ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " kdf TEXT NOT NULL,"
        " kdf_cost TEXT NOT NULL,"
        " salt BLOB NOT NULL,"
        " wrapped_key BLOB NOT NULL,"
        " changed_at TEXT NOT NULL)",
        "CREATE TABLE case_record ("
        " id TEXT PRIMARY KEY,"
        " checklist_id TEXT NOT NULL,"
        " template_version INTEGER NOT NULL,"
        " template BLOB NOT NULL,"
        " reference BLOB NOT NULL,"
        " title BLOB NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'signed')),"
        " signer BLOB,"
        " signed_on BLOB,"
        " signed_at TEXT,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)",
        "CREATE INDEX case_record_by_status ON case_record (status, checklist_id, updated_at)",
        "CREATE TABLE case_item ("
        " record_id TEXT NOT NULL REFERENCES case_record (id) ON DELETE CASCADE,"
        " item_id TEXT NOT NULL,"
        " state TEXT NOT NULL CHECK (state IN ('open', 'done', 'na')),"
        " note BLOB,"
        " changed_at TEXT NOT NULL,"
        " PRIMARY KEY (record_id, item_id))",
    ),
    (  # every record's state authenticated: a version, its seal, and the sealed ledger of versions
        "ALTER TABLE case_record ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE case_record ADD COLUMN seal BLOB",
        "ALTER TABLE case_keyring ADD COLUMN ledger BLOB",
    ),
))


# Sealed columns are read as BLOB whatever an editor stored in them, so text that is not UTF-8 is reported as
# unreadable like any other altered ciphertext instead of failing in the sqlite3 module.
_SEALED = ("template", "reference", "title", "signer", "signed_on")
_RECORD_COLUMNS = ("id, checklist_id, template_version, status, signed_at, created_at, updated_at, version, seal, "
                   + ", ".join(f"CAST({c} AS BLOB) AS {c}" for c in _SEALED))
_ITEM_COLUMNS = "item_id, state, changed_at, CAST(note AS BLOB) AS note"


def _as_stored(*columns: str) -> str:
    """Each column as its SQLite type and its bytes, so 1 and '1' differ and text that is not UTF-8 still reads."""
    return ", ".join(f"typeof({c}), CAST({c} AS BLOB)" for c in columns)


# What the seal covers: every column as stored, items in id order.
_STATE_RECORD = (f"SELECT {_as_stored('id', 'checklist_id', 'template_version', 'status', 'signed_at', 'created_at', 'updated_at', 'version', *_SEALED)} "
                 "FROM case_record WHERE id = ?")
_STATE_ITEMS = (f"SELECT {_as_stored('item_id', 'state', 'note', 'changed_at')} FROM case_item WHERE record_id = ? "
                "ORDER BY CAST(item_id AS BLOB)")
LEDGER_FIELD = "ledger"
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
Ledger = dict[str, tuple[int, str]]  # record id -> (version, when tiphandbook last wrote it, UTC text)
Query = Callable[[str, Sequence[Any]], list[Any]]  # UserDatabase.query, or a transaction's connection


def _query(conn: sqlite3.Connection) -> Query:
    return lambda sql, params: conn.execute(sql, params).fetchall()


def note_field(item_id: str) -> str:
    return f"note:{item_id}"


def record_state(query: Query, record_id: str) -> bytes:
    """The bytes the seal authenticates: the record row and its items exactly as stored."""
    row = query(_STATE_RECORD, (record_id,))[0]
    items = query(_STATE_ITEMS, (record_id,))
    def hexed(values: Sequence[Any]) -> list[Any]:
        return [v.hex() if isinstance(v, bytes) else v for v in values]

    state = [hexed(tuple(row)), [hexed(tuple(item)) for item in items]]
    return json.dumps(state, separators=(",", ":")).encode("utf-8")


def read_ledger(query: Query, cipher: FieldCipher) -> Ledger | None:
    """The sealed ledger; None when it is missing or fails its check (altered outside tiphandbook)."""
    rows = query("SELECT CAST(ledger AS BLOB) FROM case_keyring WHERE id = 1", ())
    if not rows or rows[0][0] is None:
        return None
    try:
        entries = json.loads(cipher.open("", LEDGER_FIELD, rows[0][0]))
        return {str(k): (int(v[0]), str(v[1])) for k, v in entries.items()}
    except (UnreadableField, ValueError, TypeError, IndexError, AttributeError):
        return None


def write_ledger(conn: sqlite3.Connection, cipher: FieldCipher, ledger: Ledger) -> None:
    sealed = cipher.seal("", LEDGER_FIELD, json.dumps({k: list(v) for k, v in sorted(ledger.items())}))
    conn.execute("UPDATE case_keyring SET ledger = ? WHERE id = 1", (sealed,))


def seal_every_record(conn: sqlite3.Connection, cipher: FieldCipher, now: datetime) -> None:
    """The upgrade to authenticated records: seal each record as it stands and start the ledger (run once, at the
    first unlock after the upgrade, inside the caller's transaction)."""
    ledger: Ledger = {}
    for (record_id,) in conn.execute("SELECT id FROM case_record").fetchall():
        ledger[record_id] = (_seal(conn, cipher, record_id), utc_text(now))
    write_ledger(conn, cipher, ledger)


def re_encrypt_every_record(conn: sqlite3.Connection, old: FieldCipher, new: FieldCipher, now: datetime) -> None:
    """Open every sealed field with ``old`` and seal it again with ``new``, then seal each record's state and the
    ledger with ``new`` (inside the caller's transaction). A record already changed outside tiphandbook keeps its
    old seal and ledger entry, so it stays reported; a field that cannot be opened is left as it is (unreadable)."""
    query = _query(conn)
    ledger = read_ledger(query, old) or {}
    for (record_id,) in query("SELECT id FROM case_record", ()):
        entry = ledger.get(record_id)
        seal = query("SELECT seal, version FROM case_record WHERE id = ?", (record_id,))[0]
        authentic = (old.is_authentic(record_state(query, record_id), seal[0]) and entry is not None
                     and entry[0] == seal[1])
        for column in _SEALED:
            _reseal(conn, old, new, "case_record", column, column, "id = ?", (record_id,), record_id)
        for (item_id,) in query("SELECT item_id FROM case_item WHERE record_id = ?", (record_id,)):
            _reseal(conn, old, new, "case_item", "note", note_field(item_id), "record_id = ? AND item_id = ?",
                    (record_id, item_id), record_id)
        if authentic:
            ledger[record_id] = (_seal(conn, new, record_id), utc_text(now))
    write_ledger(conn, new, ledger)


def _reseal(conn: sqlite3.Connection, old: FieldCipher, new: FieldCipher, table: str, column: str, field_name: str,
            where: str, params: tuple[str, ...], record_id: str) -> None:
    sealed = conn.execute(f"SELECT CAST({column} AS BLOB) FROM {table} WHERE {where}", params).fetchone()[0]
    if sealed is None:
        return
    try:
        text = old.open(record_id, field_name, sealed)
    except UnreadableField:
        return
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE {where}", (new.seal(record_id, field_name, text), *params))


def _seal(conn: sqlite3.Connection, cipher: FieldCipher, record_id: str) -> int:
    """Bump the record's version and seal its state; returns the new version."""
    conn.execute("UPDATE case_record SET version = version + 1 WHERE id = ?", (record_id,))
    version = int(conn.execute("SELECT version FROM case_record WHERE id = ?", (record_id,)).fetchone()[0])
    conn.execute("UPDATE case_record SET seal = ? WHERE id = ?",
                 (cipher.authenticate(record_state(_query(conn), record_id)), record_id))
    return version


def _moment(text: object) -> datetime | None:
    try:
        return from_utc_text(str(text)) if text is not None else None
    except ValueError:
        return None


@dataclass(frozen=True)
class RecordSummary:
    """A row of the records list."""

    id: str
    checklist_id: str
    template_version: int
    checklist_title: str | None
    reference: str | None
    title: str | None
    status: RecordStatus
    progress: Progress
    updated: datetime
    problems: tuple[str, ...]
    changed_outside: OutsideChange | None = None


@dataclass(frozen=True)
class Finding:
    """One thing ``CaseStore.check`` found wrong; ``record_id`` "" for the ledger itself."""

    record_id: str
    message: str


class CaseStore:
    def __init__(self, db: UserDatabase, vault: Vault) -> None:
        self.db = db
        self.vault = vault

    # -- writing ------------------------------------------------------------------------------------------
    def start(self, template: TemplateSnapshot, reference: str, title: str, now: datetime) -> str:
        """A new record worked from ``template``; returns its id."""
        if not reference.strip():
            raise RecordError("Enter a case reference.")
        cipher = self.vault.cipher
        record_id = uuid.uuid4().hex
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO case_record (id, checklist_id, template_version, template, reference, title, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (record_id, template.checklist_id, template.version, cipher.seal(record_id, "template", template.to_json()),
                 cipher.seal(record_id, "reference", reference.strip()), cipher.seal(record_id, "title", title.strip()),
                 utc_text(now), utc_text(now)),
            )
            self._commit(conn, cipher, record_id, now)
        return record_id

    def set_item(self, record_id: str, item_id: str, state: ItemState, note: str, now: datetime) -> CaseRecord:
        """Record an item's state and note; the item's timestamp becomes ``now``."""
        cipher = self.vault.cipher
        with self.db.transaction() as conn:
            record = self._load(cipher, record_id)
            check_can_edit(record)
            if record.template.item(item_id) is None:
                raise RecordError(f"The checklist of this record has no item '{item_id}'.")
            sealed = cipher.seal(record_id, note_field(item_id), note) if note else None
            conn.execute(
                "INSERT INTO case_item (record_id, item_id, state, note, changed_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (record_id, item_id) DO UPDATE SET state = excluded.state, note = excluded.note, "
                "changed_at = excluded.changed_at",
                (record_id, item_id, ItemState(state).value, sealed, utc_text(now)),
            )
            conn.execute("UPDATE case_record SET updated_at = ? WHERE id = ?", (utc_text(now), record_id))
            self._commit(conn, cipher, record_id, now)
            return self._load(cipher, record_id)

    def sign_off(self, record_id: str, name: str, on: date, now: datetime) -> CaseRecord:
        """Sign the record off; refused while a required item is open. A signed record no longer changes."""
        cipher = self.vault.cipher
        with self.db.transaction() as conn:
            check_can_sign(self._load(cipher, record_id))
            if not name.strip():
                raise RecordError("Enter the name of the person signing off.")
            conn.execute(
                "UPDATE case_record SET status = 'signed', signer = ?, signed_on = ?, signed_at = ?, updated_at = ? "
                "WHERE id = ?",
                (cipher.seal(record_id, "signer", name.strip()), cipher.seal(record_id, "signed_on", on.isoformat()),
                 utc_text(now), utc_text(now), record_id),
            )
            self._commit(conn, cipher, record_id, now)
            return self._load(cipher, record_id)

    def delete(self, record_id: str) -> None:
        """Remove the record and its entries (secure_delete overwrites the freed space)."""
        cipher = self.vault.cipher
        with self.db.transaction() as conn:
            ledger = self._writable_ledger(conn, cipher)
            conn.execute("DELETE FROM case_record WHERE id = ?", (record_id,))
            ledger.pop(record_id, None)
            write_ledger(conn, cipher, ledger)

    def _commit(self, conn: sqlite3.Connection, cipher: FieldCipher, record_id: str, now: datetime) -> None:
        """Seal the record's new state and enter its version in the ledger (inside the write's transaction)."""
        ledger = self._writable_ledger(conn, cipher)
        ledger[record_id] = (_seal(conn, cipher, record_id), utc_text(now))
        write_ledger(conn, cipher, ledger)

    def _writable_ledger(self, conn: sqlite3.Connection, cipher: FieldCipher) -> Ledger:
        ledger = read_ledger(_query(conn), cipher)
        if ledger is None:
            raise RecordError("The list of case records was changed outside tiphandbook, so no record can be changed "
                              "now. Run “tiphandbook data check” to see what was altered, or restore a backup.")
        return ledger

    # -- reading ------------------------------------------------------------------------------------------
    def load(self, record_id: str) -> CaseRecord:
        return self._load(self.vault.cipher, record_id)

    def summaries(self, status: RecordStatus | None = None, checklist_id: str | None = None) -> list[RecordSummary]:
        """Records for the list, most recently changed first, optionally only one status or checklist."""
        cipher = self.vault.cipher
        sql = f"SELECT {_RECORD_COLUMNS} FROM case_record WHERE 1"
        params: list[str] = []
        if status is not None:
            sql, params = sql + " AND status = ?", [*params, RecordStatus(status).value]
        if checklist_id is not None:
            sql, params = sql + " AND checklist_id = ?", [*params, checklist_id]
        ledger = self._ledger(cipher)
        summaries = []
        for row in self.db.query(sql + " ORDER BY updated_at DESC, id", params):
            record = self._from_row(cipher, row, ledger)
            summaries.append(RecordSummary(
                id=record.id, checklist_id=str(row["checklist_id"]), template_version=record.template.version,
                checklist_title=record.template.title if record.template.sections else None,
                reference=record.reference, title=record.title, status=record.status, progress=record.progress(),
                updated=record.updated, problems=record.problems, changed_outside=record.changed_outside,
            ))
        return summaries

    def count(self, status: RecordStatus) -> int:
        """How many records have ``status``, decrypting nothing: the home page shows it while the records are locked."""
        return int(self.db.query("SELECT COUNT(*) FROM case_record WHERE status = ?", (RecordStatus(status).value,))[0][0])

    def checklist_ids(self) -> list[str]:
        return [str(r[0]) for r in self.db.query("SELECT DISTINCT checklist_id FROM case_record ORDER BY checklist_id")]

    def check(self) -> list[Finding]:
        """Everything wrong with the case records: each record altered outside tiphandbook, rolled back, copied in
        or deleted, each field that cannot be decrypted, and the ledger itself."""
        cipher = self.vault.cipher
        ledger = self._ledger(cipher)
        findings = [] if ledger is not None or self.vault.unsealed else [Finding("", (
            "the ledger of case records is missing or was altered outside tiphandbook: records rolled back or "
            "deleted cannot be detected, and no record can be changed"))]
        present = set()
        for row in self.db.query(f"SELECT {_RECORD_COLUMNS} FROM case_record ORDER BY created_at, id"):
            record = self._from_row(cipher, row, ledger)
            present.add(record.id)
            if record.changed_outside is not None:
                findings.append(Finding(record.id, record.changed_outside.what))
            if record.problems:
                findings.append(Finding(record.id, "cannot be decrypted: " + "; ".join(record.problems)))
        for record_id, (_, written) in sorted((ledger or {}).items()):
            if record_id not in present:
                findings.append(Finding(record_id, f"was deleted outside tiphandbook on or after {written}"))
        return findings

    def _ledger(self, cipher: FieldCipher) -> Ledger | None:
        return read_ledger(self.db.query, cipher)

    def _load(self, cipher: FieldCipher, record_id: str) -> CaseRecord:
        """The record as stored; inside a transaction this reads through it (``query`` uses the same connection)."""
        found = self.db.query(f"SELECT {_RECORD_COLUMNS} FROM case_record WHERE id = ?", (record_id,))
        if not found:
            raise RecordError("This case record no longer exists.")
        return self._from_row(cipher, found[0], self._ledger(cipher))

    def _outside_change(self, cipher: FieldCipher, row: sqlite3.Row, ledger: Ledger | None) -> OutsideChange | None:
        """Whether the stored state is one tiphandbook wrote, and the last write it knows of."""
        if self.vault.unsealed:
            return None
        record_id = row["id"]
        entry = (ledger or {}).get(record_id)
        since = _moment(entry[1]) if entry else None
        if not cipher.is_authentic(record_state(self.db.query, record_id), row["seal"]):
            return OutsideChange(since, "was changed outside tiphandbook" + (f" on or after {entry[1]}" if entry else ""))
        if ledger is not None and entry is None:
            return OutsideChange(None, "was added outside tiphandbook (it is not in the ledger of records)")
        if entry is not None and row["version"] != entry[0]:
            return OutsideChange(since, f"was put back to an older state outside tiphandbook on or after {entry[1]}")
        return None

    def _from_row(self, cipher: FieldCipher, row: sqlite3.Row, ledger: Ledger | None) -> CaseRecord:
        """Decrypt what can be; each field that fails its check is None and named in ``problems``. Clear values an
        editor made impossible (a bad date, an unknown state) never raise: the seal has already caught them."""
        record_id = str(row["id"])
        problems: list[str] = []

        def unseal(field_name: str, sealed: bytes | None, what: str) -> str | None:
            if sealed is None:
                return ""
            try:
                return cipher.open(record_id, field_name, sealed)
            except UnreadableField:
                problems.append(what)
                return None

        reference = unseal("reference", row["reference"], "the case reference")
        title = unseal("title", row["title"], "the case title")
        template_json = unseal("template", row["template"], "the checklist of this record")
        template = (TemplateSnapshot.from_json(template_json) if template_json is not None
                    else TemplateSnapshot(str(row["checklist_id"]), 0, "en", "", ()))
        entries = {}
        for item in self.db.query(f"SELECT {_ITEM_COLUMNS} FROM case_item WHERE record_id = ?", (record_id,)):
            item_id = str(item["item_id"])
            known = template.item(item_id)
            what = f"the note on “{known.text if known else item_id}”"
            state = item["state"] if item["state"] in tuple(ItemState) else ItemState.OPEN
            entries[item_id] = ItemEntry(ItemState(state), unseal(note_field(item_id), item["note"], what),
                                         _moment(item["changed_at"]))
        sign_off = None
        if row["status"] == RecordStatus.SIGNED:
            signed_on = unseal("signed_on", row["signed_on"], "the sign-off date")
            try:
                on = date.fromisoformat(signed_on) if signed_on else None
            except ValueError:
                on = None
            sign_off = SignOff(unseal("signer", row["signer"], "the name of the signer"), on,
                               _moment(row["signed_at"]) or _EPOCH)
        return CaseRecord(
            id=record_id, template=template, reference=reference, title=title,
            created=_moment(row["created_at"]) or _EPOCH, updated=_moment(row["updated_at"]) or _EPOCH,
            entries=entries, sign_off=sign_off, problems=tuple(problems),
            changed_outside=self._outside_change(cipher, row, ledger),
        )
