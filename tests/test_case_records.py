"""Case records from template to sign-off: the snapshot taken from content, item states and notes, progress, the
sign-off rules, listing and deleting, and that a content update never alters a record already started."""

from __future__ import annotations

from datetime import date, timedelta
from html import unescape
from pathlib import Path

import pytest

from tests.helpers.case_samples import NOW, open_store, sample_template
from tiphandbook.core.cases.export import escape_markdown, record_html, record_markdown
from tiphandbook.core.cases.records import ItemState, RecordError, RecordStatus
from tiphandbook.core.cases.templates import TemplateSnapshot, newer_version, snapshot_of
from tiphandbook.core.content import load_library
from tiphandbook.core.content.markdown import build_markdown
from tiphandbook.core.paths import UserDirs

RU_SCREEN = """\
id: screen
title: Скрининговый список
sections:
  - id: observe
    title: Наблюдение
    items:
      - id: documents
        text: Проверьте, у кого документы
        help: Спросите вежливо.
      - id: movement
        text: Отметьте ограничения передвижения
"""


@pytest.fixture
def data_dir() -> Path:
    return UserDirs.resolve().data


def test_a_template_is_frozen_with_its_version_texts_and_english_structure(content: Path) -> None:
    (content / "handbook" / "checklists" / "screen.ru.yaml").write_text(RU_SCREEN, encoding="utf-8")
    library = load_library(content)
    assert library.errors == []
    english = snapshot_of(library, "screen", "en")
    russian = snapshot_of(library, "screen", "ru")
    assert english is not None and russian is not None
    assert (english.version, english.lang, english.title) == (2, "en", "Screening checklist")
    assert [(s.id, [i.id for i in s.items]) for s in english.sections] == [("observe", ["documents", "movement"])]
    first = russian.items()[0]
    # texts from the translation; version, required flag and handbook reference from English
    assert (russian.version, russian.lang, first.text, first.help) == (2, "ru", "Проверьте, у кого документы", "Спросите вежливо.")
    assert (first.ref, first.required) == ("alpha#first", True)
    assert snapshot_of(library, "screen", "uz") == english  # untranslated: English
    assert snapshot_of(library, "no-such-list", "en") is None
    assert TemplateSnapshot.from_json(russian.to_json()) == russian


def test_record_lifecycle_from_start_to_sign_off(data_dir: Path) -> None:
    db, _, store = open_store(data_dir)
    try:
        record_id = store.start(sample_template(), "  CASE-1  ", "Harbour case", NOW)
        record = store.load(record_id)
        assert (record.reference, record.title, record.status) == ("CASE-1", "Harbour case", RecordStatus.IN_PROGRESS)
        assert record.progress().addressed == 0 and record.progress().total == 3 and record.problems == ()
        assert [i.id for i in record.open_required()] == ["documents", "refer"]

        later = NOW + timedelta(minutes=5)
        record = store.set_item(record_id, "documents", ItemState.DONE, "Held by the employer", later)
        entry = record.entry("documents")
        assert (entry.state, entry.note, entry.changed) == (ItemState.DONE, "Held by the employer", later)
        record = store.set_item(record_id, "movement", ItemState.NOT_APPLICABLE, "", later)
        assert record.entry("movement").note == "" and record.updated == later
        progress = record.progress()
        assert (progress.done, progress.not_applicable, progress.addressed, progress.total) == (1, 1, 2, 3)

        with pytest.raises(RecordError, match="required item.*Refer to support services"):
            store.sign_off(record_id, "Inspector", date(2026, 3, 3), later)
        assert store.load(record_id).status == RecordStatus.IN_PROGRESS
        with pytest.raises(RecordError, match="no item"):
            store.set_item(record_id, "not-in-template", ItemState.DONE, "", later)

        store.set_item(record_id, "refer", ItemState.NOT_APPLICABLE, "No support service in the district", later)
        with pytest.raises(RecordError, match="name"):
            store.sign_off(record_id, "   ", date(2026, 3, 3), later)
        record = store.sign_off(record_id, "Inspector Rahimov", date(2026, 3, 3), later)
        assert record.status == RecordStatus.SIGNED
        assert (record.sign_off.name, record.sign_off.on, record.sign_off.at) == ("Inspector Rahimov", date(2026, 3, 3), later)
        with pytest.raises(RecordError, match="signed off"):
            store.set_item(record_id, "movement", ItemState.DONE, "", later)
        with pytest.raises(RecordError, match="case reference"):
            store.start(sample_template(), " ", "", NOW)
    finally:
        db.close()


def test_records_are_listed_filtered_and_deleted(data_dir: Path) -> None:
    db, _, store = open_store(data_dir)
    try:
        other = TemplateSnapshot("interview", 1, "en", "Interview plan", sample_template().sections)
        first = store.start(sample_template(), "A-1", "First", NOW)
        second = store.start(other, "B-2", "Second", NOW + timedelta(hours=1))
        third = store.start(sample_template(), "C-3", "Third", NOW + timedelta(hours=2))
        for item in ("documents", "refer"):
            store.set_item(first, item, ItemState.DONE, "", NOW + timedelta(hours=3))
        store.sign_off(first, "Signer", date(2026, 3, 2), NOW + timedelta(hours=3))

        assert [s.reference for s in store.summaries()] == ["A-1", "C-3", "B-2"]  # most recently changed first
        assert [s.id for s in store.summaries(status=RecordStatus.SIGNED)] == [first]
        assert [s.id for s in store.summaries(status=RecordStatus.IN_PROGRESS)] == [third, second]
        assert [s.id for s in store.summaries(checklist_id="interview")] == [second]
        assert store.summaries(status=RecordStatus.SIGNED, checklist_id="interview") == []
        summary = store.summaries(status=RecordStatus.SIGNED)[0]
        assert (summary.checklist_title, summary.progress.addressed, summary.template_version) == ("Screening checklist", 2, 2)
        assert store.checklist_ids() == ["interview", "screen"]

        store.delete(second)
        assert [s.id for s in store.summaries()] == [first, third]
        assert db.query("SELECT COUNT(*) FROM case_item WHERE record_id = ?", (second,))[0][0] == 0
        with pytest.raises(RecordError, match="no longer exists"):
            store.load(second)
    finally:
        db.close()


def test_a_content_update_never_alters_a_record_and_a_newer_version_is_reported(content: Path, data_dir: Path) -> None:
    library = load_library(content)
    template = snapshot_of(library, "screen", "en")
    db, _, store = open_store(data_dir)
    try:
        record_id = store.start(template, "CASE-2", "", NOW)
        store.set_item(record_id, "movement", ItemState.DONE, "Locked dormitory", NOW)
        assert newer_version(store.load(record_id).template, library) is None

        path = content / "handbook" / "checklists" / "screen.en.yaml"
        updated = path.read_text(encoding="utf-8").replace("version: 2", "version: 3")
        updated = updated.replace("Check who holds the documents", "Ask who keeps the passport")
        updated = updated.replace("      - id: movement\n        text: Note restrictions on movement\n", "")
        path.write_text(updated, encoding="utf-8")
        new_library = load_library(content)
        assert new_library.errors == [] and new_library.checklist("screen", "en").version == 3

        record = store.load(record_id)
        assert record.template == template  # the texts it was started from, including the item since removed
        assert record.template.items()[0].text == "Check who holds the documents"
        assert record.entry("movement").note == "Locked dormitory"
        assert newer_version(record.template, new_library) == 3
    finally:
        db.close()


def test_markdown_export_warns_escapes_user_text_and_marks_unreadable_fields(data_dir: Path) -> None:
    db, _, store = open_store(data_dir)
    try:
        record_id = store.start(sample_template(), "CASE-3", "Title with *stars*", NOW)
        store.set_item(record_id, "documents", ItemState.DONE, "Line one [link](javascript:x)\n- not a list\n<b>x</b>", NOW)
        record = store.load(record_id)
        markdown = record_markdown(record, NOW, describe_ref=lambda ref: f"Chapter › {ref}")
        assert markdown.startswith("> **NOT ENCRYPTED.")
        assert "# Case record: CASE-3" in markdown and "Title with \\*stars\\*" in markdown
        assert "- [x] **Check who holds the documents** (required)" in markdown
        assert "- [ ] **Note restrictions on movement**" in markdown
        assert "Handbook: Chapter › alpha\\#first" in markdown
        html = record_html(record, NOW)
        assert "NOT ENCRYPTED" in html and "<b>" not in html and "href" not in html and "<li>- not a list" not in html
        assert "Line one [link](javascript:x)" in html and "&lt;b&gt;x&lt;/b&gt;" in html

        db.query("UPDATE case_record SET title = x'00' WHERE id = ?", (record_id,))
        assert "Case title: [unreadable: damaged or altered]" in record_markdown(store.load(record_id), NOW)
    finally:
        db.close()


@pytest.mark.parametrize("text", ["- a", "+ b", "12. c", "3) d", "::: warning", "# h", "=== ", "    code", "***", "a & b", "\\*"])
def test_escaped_user_text_renders_as_the_same_plain_text(text: str) -> None:
    html = build_markdown(strict=True).render(escape_markdown(text))
    assert html.startswith("<p>") and html.count("<p>") == 1, html
    assert unescape(html.removeprefix("<p>").removesuffix("</p>\n")) == text.strip()  # surrounding spaces dropped
