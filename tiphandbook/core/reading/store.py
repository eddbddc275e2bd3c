"""Bookmarks and notes on sections, in the user database.

A place is a ``Location`` (kind, page id, anchor), never a title or a language, so bookmarks and notes survive
content updates, follow the reader into another language, and one whose section was removed is still listed (and
can be deleted) instead of vanishing. Anchor "" is the top of the page. A bookmark's name is NULL until the user
renames it, so the list can show the section's title in whatever language is being read. Notes are study notes and
not encrypted (case details belong in the encrypted case records). Each method that writes is one transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from tiphandbook.core.timestamps import from_utc_text, utc_text
from tiphandbook.core.navigation import Location
from tiphandbook.core.store.database import UserDatabase
from tiphandbook.core.store.migrations import Schema

READING_SCHEMA = Schema("reading", migrations=(
    (
        "CREATE TABLE bookmark ("
        " id INTEGER PRIMARY KEY,"
        " kind TEXT NOT NULL CHECK (kind IN ('doc', 'checklist')),"
        " page_id TEXT NOT NULL,"
        " anchor TEXT NOT NULL DEFAULT '',"
        " name TEXT,"
        " created_at TEXT NOT NULL,"
        " UNIQUE (kind, page_id, anchor))",
        "CREATE TABLE section_note ("
        " kind TEXT NOT NULL CHECK (kind IN ('doc', 'checklist')),"
        " page_id TEXT NOT NULL,"
        " anchor TEXT NOT NULL DEFAULT '',"
        " text TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " PRIMARY KEY (kind, page_id, anchor))",
    ),
))


@dataclass(frozen=True)
class Bookmark:
    id: int
    place: Location
    name: str | None  # None: show the section's title in the reader's language
    created: datetime


@dataclass(frozen=True)
class Note:
    place: Location
    text: str
    updated: datetime


class ReadingStore:
    def __init__(self, db: UserDatabase) -> None:
        self.db = db

    # -- bookmarks ----------------------------------------------------------------------------------------
    def add_bookmark(self, place: Location, now: datetime) -> tuple[Bookmark, bool]:
        """Bookmark a place; returns the bookmark and whether it is new (a place is bookmarked once)."""
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO bookmark (kind, page_id, anchor, created_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, page_id, anchor) DO NOTHING",
                (place.kind, place.id, place.anchor, utc_text(now)),
            )
            found = conn.execute("SELECT * FROM bookmark WHERE kind = ? AND page_id = ? AND anchor = ?",
                                 (place.kind, place.id, place.anchor)).fetchone()
            return _bookmark(found), cursor.rowcount == 1

    def rename_bookmark(self, bookmark_id: int, name: str) -> None:
        """A blank name goes back to showing the section's title."""
        with self.db.transaction() as conn:
            conn.execute("UPDATE bookmark SET name = ? WHERE id = ?", (name.strip() or None, bookmark_id))

    def delete_bookmark(self, bookmark_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM bookmark WHERE id = ?", (bookmark_id,))

    def bookmarks(self) -> list[Bookmark]:
        """Newest first."""
        return [_bookmark(row) for row in self.db.query("SELECT * FROM bookmark ORDER BY created_at DESC, id DESC")]

    # -- notes --------------------------------------------------------------------------------------------
    def save_note(self, place: Location, text: str, now: datetime) -> None:
        """Store the note on a place; a note saved blank is deleted."""
        with self.db.transaction() as conn:
            if text.strip():
                conn.execute(
                    "INSERT INTO section_note (kind, page_id, anchor, text, updated_at) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (kind, page_id, anchor) DO UPDATE SET text = excluded.text, "
                    "updated_at = excluded.updated_at",
                    (place.kind, place.id, place.anchor, text, utc_text(now)),
                )
            else:
                conn.execute("DELETE FROM section_note WHERE kind = ? AND page_id = ? AND anchor = ?",
                             (place.kind, place.id, place.anchor))

    def note(self, place: Location) -> Note | None:
        found = self.db.query("SELECT * FROM section_note WHERE kind = ? AND page_id = ? AND anchor = ?",
                              (place.kind, place.id, place.anchor))
        return _note(found[0]) if found else None

    def noted_anchors(self, kind: str, page_id: str) -> set[str]:
        """The anchors of a page that carry a note, for the markers in the text."""
        rows = self.db.query("SELECT anchor FROM section_note WHERE kind = ? AND page_id = ?", (kind, page_id))
        return {row["anchor"] for row in rows}

    def notes(self, containing: str = "") -> list[Note]:
        """Notes whose text contains ``containing`` (ignoring case in any script), most recently changed first.
        Filtered here rather than with LIKE, which folds the case of ASCII letters only."""
        wanted = containing.strip().casefold()
        rows = self.db.query("SELECT * FROM section_note ORDER BY updated_at DESC, page_id, anchor")
        return [_note(row) for row in rows if wanted in row["text"].casefold()]


def _bookmark(row: sqlite3.Row) -> Bookmark:
    return Bookmark(row["id"], Location(row["kind"], row["page_id"], row["anchor"]), row["name"], from_utc_text(row["created_at"]))


def _note(row: sqlite3.Row) -> Note:
    return Note(Location(row["kind"], row["page_id"], row["anchor"]), row["text"], from_utc_text(row["updated_at"]))
