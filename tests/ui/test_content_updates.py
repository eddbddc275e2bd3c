"""Content updates from the app: a pack installed from a file (a USB stick) or another content folder becomes the
content, user data made before it carries over on the same sections, and a tampered pack changes nothing."""

from __future__ import annotations

import os
import shutil
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.helpers.case_samples import open_store, sample_template
from tests.helpers.pack_samples import TEST_KEY, patch_member, snapshot, trust_test_key, without_documents
from tiphandbook.core.navigation import Location
from tiphandbook.core.packs import build_pack
from tiphandbook.core.paths import HOME_ENV, UserDirs, bundled_root
from tiphandbook.core.quiz.session import QuizSession
from tiphandbook.core.settings import Settings
from tiphandbook.ui.shell.app import create_main_window
from tiphandbook.core.content_choice import PACKS_FOLDER
from tiphandbook.ui.updates.content_updates import startup_root
from tests.helpers.windows import SECOND, bookmark_texts, marker_line, open_window

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
ALPHA_EN = "handbook/part-one/01-alpha.en.md"


def revised(content: Path, tmp_path: Path) -> Path:
    """Version 2 of the content: the section on the bookmark and the note is renamed and moved down the page."""
    folder = tmp_path / "content-v2"
    shutil.copytree(content, folder)
    chapter = folder / ALPHA_EN
    text = chapter.read_text(encoding="utf-8").replace("## Second section {#second}", "## Second section, revised {#second}")
    chapter.write_text(text.replace("Opening paragraph", "A new first paragraph.\n\nOpening paragraph"), encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def trusted_test_key() -> None:
    trust_test_key()


def settings() -> Settings:
    return Settings(UserDirs.resolve().config / "settings.json")


def test_bookmarks_notes_quiz_history_and_case_records_survive_a_content_update(qtbot, content: Path, tmp_path: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    window.open_location(SECOND)
    window.reading.bookmark_current()
    window.reading.note_on_current()
    qtbot.keyClicks(window.reading.notes_panel.editor, "Compare with the 2025 amendment")
    window.reading.save_note()
    session = QuizSession(window.library.quiz("intro-quiz", "en"), "exam", seed=1)  # a graded sitting: it counts as an attempt
    history = window.training.history
    history.finish(history.begin(session, "en", NOW), session, NOW)
    db, _, cases = open_store(UserDirs.resolve().data)
    record_id = cases.start(sample_template(), "REF-1", "", NOW)
    db.close()
    pack = tmp_path / "usb-stick" / "handbook-2.zip"
    build_pack(revised(content, tmp_path), pack, "test-content", "2", TEST_KEY)

    updates = window.content_updates
    with qtbot.waitSignal(updates.switched, timeout=20000):
        updates.install_pack(pack)

    installed = UserDirs.resolve().data / PACKS_FOLDER / "test-content-2"
    assert window.library.root == installed and (installed / ALPHA_EN).is_file()
    assert window.history.current == SECOND and "A new first paragraph." in window.reader.toPlainText()
    window.reading.show_bookmarks()
    assert bookmark_texts(window) == ["Alpha chapter › Second section, revised"]  # same section, new title
    assert marker_line(window).startswith("Second section, revised")
    window.open_location(Location("doc", "beta"))
    window.reading.bookmarks_panel.list.setCurrentRow(0)
    window.reading.bookmarks_panel.list.itemActivated.emit(window.reading.bookmarks_panel.list.item(0))
    assert window.history.current == SECOND
    assert window.reading.notes_panel.text() == "Compare with the 2025 amendment"
    assert history.progress(window.library.quiz("intro-quiz", "en"), NOW).attempts == 1
    db, _, cases = open_store(UserDirs.resolve().data)
    assert [s.id for s in cases.summaries()] == [record_id]
    db.close()
    assert settings()["content_folder"] == f"{PACKS_FOLDER}/test-content-2"  # remembered, inside the data folder


def test_an_installed_pack_is_found_again_when_the_stick_is_mounted_elsewhere(
    qtbot, content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    """Portable mode: the user folders are on a USB stick, which the next computer mounts under another path."""
    window = open_window(qtbot, content)
    pack = tmp_path / "handbook-2.zip"
    build_pack(revised(content, tmp_path), pack, "test-content", "2", TEST_KEY)
    with qtbot.waitSignal(window.content_updates.switched, timeout=20000):
        window.content_updates.install_pack(pack)
    qtbot.waitUntil(lambda: window.searching.service is not None and window.searching.service.is_ready, timeout=20000)  # files at rest
    window.close()
    stick = Path(os.environ[HOME_ENV])
    elsewhere = tmp_path / "mounted-elsewhere"
    shutil.move(stick, elsewhere)
    monkeypatch.setenv(HOME_ENV, str(elsewhere))

    root, problem = startup_root(settings())

    assert problem is None and root == elsewhere / "data" / PACKS_FOLDER / "test-content-2"


def test_a_pack_with_one_byte_changed_is_refused_and_the_app_keeps_its_content(qtbot, content: Path, tmp_path: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    window.open_location(SECOND)
    library = window.library
    pack = tmp_path / "pack.zip"
    build_pack(revised(content, tmp_path), pack, "test-content", "2", TEST_KEY)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(pack) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == ALPHA_EN:
                data = data[:40] + bytes([data[40] ^ 0x01]) + data[41:]
            target.writestr(info.filename, data)

    updates = window.content_updates
    with qtbot.waitSignal(updates.refused, timeout=20000) as refusal:
        updates.install_pack(tampered)

    assert "01-alpha.en.md does not match its SHA-256" in refusal.args[0]
    assert updates.message.isVisible()
    assert "stays as it was" in updates.message.text() and "was altered" in updates.message.text()
    assert window.library is library and window.library.root == content
    assert window.history.current == SECOND and "A new first paragraph." not in window.reader.toPlainText()
    assert not (UserDirs.resolve().data / PACKS_FOLDER / "test-content-2").exists()
    assert settings()["content_folder"] is None
    assert all(action.isEnabled() for action in updates.actions)
    updates.message.close()
    assert window.open_location(Location("doc", "beta"))  # and the app goes on


def test_another_content_folder_is_opened_remembered_and_used_at_the_next_start(qtbot, content: Path, tmp_path: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    folder = revised(content, tmp_path)
    with qtbot.waitSignal(window.content_updates.switched, timeout=20000):
        window.content_updates.open_folder(folder)
    assert window.library.root == folder.resolve()
    window.close()
    again, loader = create_main_window(None, UserDirs.resolve())  # no --content: the remembered choice
    qtbot.addWidget(again)
    again.show()
    assert again.library.root == folder.resolve()
    with qtbot.waitSignal(loader.loaded, timeout=10000):
        loader.start(again.library.root)
    again.open_location(SECOND)
    assert "A new first paragraph." in again.reader.toPlainText()


def test_a_folder_without_content_is_refused(qtbot, content: Path, tmp_path: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    with qtbot.waitSignal(window.content_updates.refused) as refusal:
        window.content_updates.open_folder(tmp_path)
    assert "not a content folder" in refusal.args[0] and window.library.root == content


@pytest.mark.parametrize("chosen", [None, "gone"])
def test_at_start_the_bundled_content_stands_in_for_a_missing_choice(chosen: str | None, tmp_path: Path) -> None:
    prefs = settings()
    prefs["content_folder"] = str(tmp_path / chosen) if chosen else None
    root, problem = startup_root(prefs)
    assert root == bundled_root()
    assert (problem is None) == (chosen is None)
    if problem:
        assert str(tmp_path / "gone") in problem  # said at start, and the choice is kept for when the stick is back


def test_a_refused_pack_with_the_id_and_version_in_use_keeps_that_content_for_the_next_start(qtbot, content: Path, tmp_path: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    good = tmp_path / "good.zip"
    build_pack(revised(content, tmp_path), good, "test-content", "2", TEST_KEY)
    with qtbot.waitSignal(window.content_updates.switched, timeout=20000):
        window.content_updates.install_pack(good)
    installed = window.library.root
    before = snapshot(installed)
    empty = without_documents(good, tmp_path / "empty.zip")  # same id and version, intact, signed, no chapter

    with qtbot.waitSignal(window.content_updates.refused, timeout=20000) as refusal:
        window.content_updates.install_pack(empty)

    assert "chapter or module" in refusal.args[0] and "stays as it was" in window.content_updates.message.text()
    assert snapshot(installed) == before  # it does stay as it was, on disk too
    window.content_updates.message.close()
    window.close()
    again, loader = create_main_window(None, UserDirs.resolve())
    qtbot.addWidget(again)
    with qtbot.waitSignal(loader.loaded, timeout=10000):
        loader.start(again.library.root)
    assert again.library.root == installed and len(again.library.documents) == len(window.library.documents)


def test_a_pack_that_makes_the_zip_reader_fail_is_refused_and_the_menu_comes_back(qtbot, content: Path, tmp_path: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    pack = tmp_path / "pack.zip"
    build_pack(content, pack, "test-content", "2", TEST_KEY)
    encrypted = patch_member(pack, tmp_path / "encrypted.zip", ALPHA_EN, flags=0x1)  # zipfile raises RuntimeError

    with qtbot.waitSignal(window.content_updates.refused, timeout=20000) as refusal:
        window.content_updates.install_pack(encrypted)

    assert "01-alpha.en.md cannot be read" in refusal.args[0] and window.content_updates.message.isVisible()
    assert all(action.isEnabled() for action in window.content_updates.actions)
    assert window.statusBar().currentMessage() == "" and window.library.root == content
    window.content_updates.message.close()


def test_an_unsigned_pack_is_refused_from_the_menu_unless_the_administrator_allows_it(qtbot, content: Path, tmp_path: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    unsigned = tmp_path / "unsigned.zip"
    build_pack(revised(content, tmp_path), unsigned, "test-content", "2")
    with qtbot.waitSignal(window.content_updates.refused, timeout=20000) as refusal:
        window.content_updates.install_pack(unsigned)
    assert "not signed" in refusal.args[0] and window.library.root == content
    window.content_updates.message.close()

    window.settings["allow_untrusted_packs"] = True  # what an administrator sets in settings.json
    with qtbot.waitSignal(window.content_updates.switched, timeout=20000):
        window.content_updates.install_pack(unsigned)
    assert window.library.root.name == "test-content-2"
    assert "ALLOWED UNTRUSTED PACK" in (UserDirs.resolve().data / "pack-trust.log").read_text(encoding="utf-8")


def test_the_window_opens_on_content_whose_book_yaml_holds_an_over_long_number(qtbot, content: Path) -> None:  # noqa: ANN001
    book = content / "handbook" / "book.yaml"
    book.write_text(book.read_text(encoding="utf-8") + "edition: " + "7" * 5000 + "\n", encoding="utf-8")
    window = open_window(qtbot, content)  # the navigation at start, then the documents: neither raises
    assert window.isVisible() and len(window.library.documents) > 0
    assert any("a number too long to be read" in error.message for error in window.library.errors)
