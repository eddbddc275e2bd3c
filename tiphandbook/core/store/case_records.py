"""Case records in the user database, every user-written text sealed by the vault's ``FieldCipher``.

In clear: what listing and filtering need and what says nothing about a case (record id, checklist id and version,
status, item states, timestamps). Sealed, each bound to its record and field: the case reference and title, the
template snapshot, every note, the signer's name and date. Each method that writes is one transaction. Record ids
are random, so a ciphertext can never be bound to a later record that reuses an old id.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from tiphandbook.core.cases.crypto import FieldCipher, UnreadableField
from tiphandbook.core.cases.records import (
    CaseRecord,
    ItemEntry,
    ItemState,
    Progress,
    RecordError,
    RecordStatus,
    SignOff,
    check_can_edit,
    check_can_sign,
)
from tiphandbook.core.cases.templates import TemplateSnapshot
from tiphandbook.core.cases.timestamps import from_utc_text, utc_text
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
))


# Sealed columns are read as BLOB whatever an editor stored in them, so text that is not UTF-8 is reported as
# unreadable like any other altered ciphertext instead of failing in the sqlite3 module.
_RECORD_COLUMNS = ("id, checklist_id, template_version, status, signed_at, created_at, updated_at, "
                   + ", ".join(f"CAST({c} AS BLOB) AS {c}" for c in ("template", "reference", "title", "signer", "signed_on")))
_ITEM_COLUMNS = "item_id, state, changed_at, CAST(note AS BLOB) AS note"


def note_field(item_id: str) -> str:
    return f"note:{item_id}"


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
            return self._load(cipher, record_id)

    def delete(self, record_id: str) -> None:
        """Remove the record and its entries (secure_delete overwrites the freed space)."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM case_record WHERE id = ?", (record_id,))

    # -- reading ------------------------------------------------------------------------------------------
    def load(self, record_id: str) -> CaseRecord:
        return self._load(self.vault.cipher, record_id)

    def summaries(self, status: RecordStatus | None = None, checklist_id: str | None = None) -> list[RecordSummary]:
        """Records for the list, most recently changed first, optionally only one status or checklist."""
        cipher = self.vault.cipher
        sql, params = f"SELECT {_RECORD_COLUMNS} FROM case_record WHERE 1", []
        if status is not None:
            sql, params = sql + " AND status = ?", [*params, RecordStatus(status).value]
        if checklist_id is not None:
            sql, params = sql + " AND checklist_id = ?", [*params, checklist_id]
        summaries = []
        for row in self.db.query(sql + " ORDER BY updated_at DESC, id", params):
            record = self._from_row(cipher, row)
            summaries.append(RecordSummary(
                id=record.id, checklist_id=row["checklist_id"], template_version=row["template_version"],
                checklist_title=record.template.title if record.template.sections else None,
                reference=record.reference, title=record.title, status=record.status, progress=record.progress(),
                updated=record.updated, problems=record.problems,
            ))
        return summaries

    def checklist_ids(self) -> list[str]:
        return [r[0] for r in self.db.query("SELECT DISTINCT checklist_id FROM case_record ORDER BY checklist_id")]

    def _load(self, cipher: FieldCipher, record_id: str) -> CaseRecord:
        """The record as stored; inside a transaction this reads through it (``query`` uses the same connection)."""
        found = self.db.query(f"SELECT {_RECORD_COLUMNS} FROM case_record WHERE id = ?", (record_id,))
        if not found:
            raise RecordError("This case record no longer exists.")
        return self._from_row(cipher, found[0])

    def _from_row(self, cipher: FieldCipher, row: sqlite3.Row) -> CaseRecord:
        """Decrypt what can be; each field that fails its check is None and named in ``problems``."""
        record_id = row["id"]
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
                    else TemplateSnapshot(row["checklist_id"], row["template_version"], "en", "", ()))
        entries = {}
        for item in self.db.query(f"SELECT {_ITEM_COLUMNS} FROM case_item WHERE record_id = ?", (record_id,)):
            known = template.item(item["item_id"])
            what = f"the note on “{known.text if known else item['item_id']}”"
            entries[item["item_id"]] = ItemEntry(ItemState(item["state"]), unseal(note_field(item["item_id"]), item["note"], what),
                                                 from_utc_text(item["changed_at"]))
        sign_off = None
        if row["status"] == RecordStatus.SIGNED:
            signed_on = unseal("signed_on", row["signed_on"], "the sign-off date")
            sign_off = SignOff(unseal("signer", row["signer"], "the name of the signer"),
                               date.fromisoformat(signed_on) if signed_on else None, from_utc_text(row["signed_at"]))
        return CaseRecord(
            id=record_id, template=template, reference=reference, title=title,
            created=from_utc_text(row["created_at"]), updated=from_utc_text(row["updated_at"]),
            entries=entries, sign_off=sign_off, problems=tuple(problems),
        )
