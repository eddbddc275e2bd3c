"""Bookmarks and notes in the user database, keyed by page id and anchor; the titles and note markers built on them."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tiphandbook.core.content import load_library
from tiphandbook.core.content.render import Renderer
from tiphandbook.core.content.section_marks import mark_notes, place_title
from tiphandbook.core.navigation import Location
from tiphandbook.core.paths import UserDirs
from tiphandbook.core.user_data import open_user_database
from tiphandbook.core.reading.store import ReadingStore

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
SECOND = Location("doc", "alpha", "second")


@pytest.fixture
def store() -> ReadingStore:
    db = open_user_database(UserDirs.resolve().data)
    yield ReadingStore(db)
    db.close()


def test_a_section_is_bookmarked_once_and_renamed_and_deleted(store: ReadingStore) -> None:
    first, added = store.add_bookmark(SECOND, NOW)
    again, added_again = store.add_bookmark(SECOND, NOW + timedelta(minutes=1))
    assert added and not added_again and again.id == first.id
    top, _ = store.add_bookmark(Location("doc", "beta"), NOW + timedelta(minutes=2))
    assert [b.place for b in store.bookmarks()] == [Location("doc", "beta"), SECOND]  # newest first
    assert first.name is None  # shown under the section's title in the reading language
    store.rename_bookmark(first.id, "  Elements of the offence ")
    assert store.bookmarks()[1].name == "Elements of the offence"
    store.rename_bookmark(first.id, " ")
    assert store.bookmarks()[1].name is None
    store.delete_bookmark(top.id)
    assert [b.id for b in store.bookmarks()] == [first.id]


def test_only_pages_that_take_bookmarks_can_be_stored(store: ReadingStore) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.add_bookmark(Location("home"), NOW)
    assert store.bookmarks() == []  # the failed write left nothing behind


def test_notes_are_saved_replaced_deleted_and_searched_in_any_script(store: ReadingStore) -> None:
    store.save_note(SECOND, "Ask the prosecutor about Art. 135.", NOW)
    store.save_note(SECOND, "Спросить прокурора о статье 135.", NOW + timedelta(minutes=1))
    store.save_note(Location("doc", "beta", "details"), "Oʻzbek tilida: JINOYAT kodeksi", NOW + timedelta(minutes=2))
    store.save_note(Location("checklist", "screen", "observe"), "Bring an interpreter.", NOW + timedelta(minutes=3))
    assert store.note(SECOND).text == "Спросить прокурора о статье 135."
    assert store.noted_anchors("doc", "alpha") == {"second"}
    assert [n.place for n in store.notes("ПРОКУРОРА")] == [SECOND]  # case folded beyond ASCII
    assert [n.place.id for n in store.notes("jinoyat")] == ["beta"]
    assert [n.place.id for n in store.notes()] == ["screen", "beta", "alpha"]  # most recently changed first
    store.save_note(SECOND, "   ", NOW + timedelta(minutes=4))
    assert store.note(SECOND) is None and store.noted_anchors("doc", "alpha") == set()


def test_bookmarks_and_notes_survive_a_restart() -> None:
    for round_ in range(2):
        db = open_user_database(UserDirs.resolve().data)
        try:
            store = ReadingStore(db)
            if round_ == 0:
                store.add_bookmark(SECOND, NOW)
                store.save_note(SECOND, "kept", NOW)
            else:
                assert [b.place for b in store.bookmarks()] == [SECOND] and store.note(SECOND).text == "kept"
        finally:
            db.close()


def test_places_are_titled_in_the_reading_language_and_survive_missing_sections(content: Path) -> None:
    library = load_library(content)
    assert place_title(library, SECOND, "en") == "Alpha chapter › Second section"
    assert place_title(library, SECOND, "ru") == "Глава альфа › Второй раздел"
    assert place_title(library, Location("doc", "alpha"), "ru") == "Глава альфа"
    assert place_title(library, Location("doc", "alpha", "sources"), "en") == "Alpha chapter › Sources"
    assert place_title(library, Location("doc", "alpha", "gone"), "en") == "Alpha chapter"
    assert place_title(library, Location("doc", "gone"), "en") is None
    assert place_title(library, Location("checklist", "screen", "observe"), "en").startswith("Screening")


def test_note_markers_mark_only_the_noted_headings(content: Path) -> None:
    library = load_library(content)
    page = Renderer(library).document(library.document("alpha", "en"), "en")
    marked = mark_notes(page, {"second", ""}, 'Your "note"')
    assert '<h1><a name="top"></a>Alpha chapter <a class="note-marker" href="note:top"' in marked
    assert 'Second section <a class="note-marker" href="note:second" title="Your &quot;note&quot;">✎</a></h2>' in marked
    assert marked.count("note-marker") == 2
    assert mark_notes(page, set(), "x") == page
