"""What the user sees when their data cannot be written: a full disk, a read-only home, another program holding
the database. A failed write is never reported as done, and what was typed stays on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers.case_samples import PASSPHRASE, open_store
from tests.helpers.lock_holder import LockHolder
from tests.helpers.mounts import fill, tmpfs
from tiphandbook.core.cases.records import ItemState
from tiphandbook.core.paths import HOME_ENV, UserDirs
from tiphandbook.core.store import DATABASE_FILE
from tiphandbook.ui.cases.case_dialogs import UnlockDialog
from tiphandbook.ui.shell.main_window import MainWindow
from tests.helpers.windows import SECOND, bookmark_texts, open_window
from tests.helpers.widgets import click, select_item, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def held(qtbot, content: Path) -> tuple[MainWindow, LockHolder]:  # noqa: ANN001
    """The window, its database up to date, and another program holding the database's write lock."""
    window = open_window(qtbot, content)
    window.context.user_database().wait_when_locked(0.1)
    holder = LockHolder(UserDirs.resolve().data / DATABASE_FILE)
    yield window, holder
    holder.release()


def test_a_bookmark_that_could_not_be_stored_is_not_reported_as_added(qtbot, held) -> None:  # noqa: ANN001
    window, holder = held
    window.open_location(SECOND)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert not window.statusBar().currentMessage().startswith("Bookmarked")
    assert "locked" in window.reading.message.text() and window.reading.message.isVisible()
    window.reading.show_bookmarks()
    assert bookmark_texts(window) == []
    window.reading.message.accept()  # the user reads the warning
    holder.release()
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert window.statusBar().currentMessage() == "Bookmarked: Alpha chapter › Second section"


def test_a_note_that_could_not_be_stored_stays_in_the_panel_until_it_is(qtbot, held) -> None:  # noqa: ANN001
    window, holder = held
    window.open_location(SECOND)
    window.reading.note_on_current()
    qtbot.keyClicks(window.reading.notes_panel.editor, "Ask about the contract")
    window.reading.save_note()
    assert window.reading.notes_panel.status.text().startswith("Not saved")
    window.reading.retarget(None)  # the reader moves on: the panel stays on the unsaved note
    assert window.reading.notes_panel.text() == "Ask about the contract"
    holder.release()
    window.reading.save_note()
    assert window.reading.notes_panel.status.text() == "Saved"
    assert window.reading.store.note(SECOND).text == "Ask about the contract"


def test_the_record_window_says_the_database_is_locked_and_saves_on_try_again(qtbot, content: Path) -> None:  # noqa: ANN001
    db, _, store = open_store(UserDirs.resolve().data)
    from tests.helpers.case_samples import NOW, sample_template

    record_id = store.start(sample_template(), "CASE-LOCK", "", NOW)
    db.close()
    window = open_window(qtbot, content)
    window.cases.open_action.trigger()
    dialog = window.cases.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    click(qtbot, dialog.ok_button)
    view = window.cases.open_record(record_id)
    window.context.user_database().wait_when_locked(0.1)
    holder = LockHolder(UserDirs.resolve().data / DATABASE_FILE)
    try:
        select_item(qtbot, view, "documents")
        view.note.setFocus()
        type_text(qtbot, view.note, "Passport kept by the employer")
        click(qtbot, view.state_buttons[ItemState.DONE])
        assert view.unsaved_bar.isVisible() and "locked" in view.unsaved.text()
        assert view.note.toPlainText() == "Passport kept by the employer"
        view.close()  # refused: the change would be lost
        assert view.isVisible()
        holder.release()
        click(qtbot, view.retry_button)
        assert not view.unsaved_bar.isVisible()
    finally:
        holder.release()
    entry = window.cases.store.load(record_id).entry("documents")
    assert (entry.state, entry.note) == (ItemState.DONE, "Passport kept by the employer")


def test_a_full_disk_at_start_keeps_the_data_and_nothing_is_reported_as_saved(qtbot, content: Path, tmp_path: Path,  # noqa: ANN001
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    with tmpfs(tmp_path / "small-disk", size_kib=1024) as disk:
        monkeypatch.setenv(HOME_ENV, str(disk))
        # the search index (a cache, rebuilt at will) lives on another disk: this test is about the user's data.
        # (On a full disk Whoosh can leave a failed segment's files open until garbage collection.)
        (tmp_path / "cache-elsewhere").mkdir()
        (disk / "cache").symlink_to(tmp_path / "cache-elsewhere")
        window = open_window(qtbot, content)
        window.open_location(SECOND)
        qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
        window.close()
        filler = fill(disk)
        window = open_window(qtbot, content)
        window.reading.show_bookmarks()
        assert bookmark_texts(window) == ["Alpha chapter › Second section"]  # kept, and shown
        assert "disk is full" in window.data_problem.text()
        window.open_location(SECOND.at("first"))
        qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
        assert not window.statusBar().currentMessage().startswith("Bookmarked")
        assert bookmark_texts(window) == ["Alpha chapter › Second section"]
        window.close()
        filler.unlink()


def test_a_read_only_home_gives_a_message_not_a_traceback(qtbot, content: Path, tmp_path: Path,  # noqa: ANN001
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    with tmpfs(tmp_path / "read-only", size_kib=64, read_only=True) as home:
        monkeypatch.setenv(HOME_ENV, str(home / "tiphandbook"))
        window = open_window(qtbot, content)
        assert "cannot be created" in window.data_problem.text() and "will not be kept" in window.data_problem.text()
        window.open_location(SECOND)
        qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
        assert not window.statusBar().currentMessage().startswith("Bookmarked")
        window.close()


def test_an_exam_result_that_could_not_be_stored_is_shown_and_said_not_saved(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    quiz_window = window.training.open_quiz("intro-quiz")
    click(qtbot, quiz_window.exam_button)
    window.context.user_database().wait_when_locked(0.1)
    holder = LockHolder(UserDirs.resolve().data / DATABASE_FILE)
    try:
        quiz_window.finish()  # what Finish exam does once the user has confirmed
        assert quiz_window.pages.currentWidget() is quiz_window.result_page  # the result is still shown...
        assert "Score:" in quiz_window.result_view.toPlainText()
        assert quiz_window.not_saved is not None and "not saved" in quiz_window.not_saved.text()  # ...said unsaved
        assert "locked" in quiz_window.not_saved.text()
    finally:
        holder.release()
    assert quiz_window.history.finished_attempts() == []
