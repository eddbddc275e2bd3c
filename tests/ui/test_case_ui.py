"""Case records driven like an investigator would: set a passphrase, start a record from a checklist page, tick an
item with a note, open its handbook section, be stopped at sign-off by an open required item, lock (on demand and
when idle), unlock, filter and delete records, export; and no case data in titles, settings or logs."""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.helpers.case_samples import NOTE, NOW, PASSPHRASE, REFERENCE, SIGNER, TITLE, open_store, sample_template
from tiphandbook.core.cases.records import ItemState, RecordStatus
from tiphandbook.core.cases.templates import TemplateSnapshot
from tiphandbook.core.navigation import Location
from tiphandbook.core.paths import UserDirs
from tiphandbook.core.cases.case_store import CaseStore
from tiphandbook.ui.cases.case_dialogs import NewRecordDialog, SetUpPassphraseDialog, UnlockDialog
from tiphandbook.ui.cases.case_export import export_record, write_record
from tiphandbook.ui.cases.case_list import RecordsWindow
from tiphandbook.ui.cases.case_record_view import RecordView
from tiphandbook.ui.common.themes import current_palette
from tiphandbook.ui.shell.main_window import MainWindow
from tests.helpers.windows import choose_language, open_window
from tests.helpers.widgets import answer_message_box, click, select_item, type_text


@pytest.fixture
def window(qtbot, content: Path) -> MainWindow:  # noqa: ANN001
    return open_window(qtbot, content, size=(900, 600))


@pytest.fixture
def protected() -> None:
    """A passphrase already set (with a cheap KDF, so unlocking in tests is quick)."""
    db, _, _ = open_store(UserDirs.resolve().data)
    db.close()


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> UnlockDialog:  # noqa: ANN001
    dialog = window.cases.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    click(qtbot, dialog.ok_button)
    return dialog


def records_of(qtbot, window: MainWindow, seed: Callable[[CaseStore], None]) -> RecordsWindow:  # noqa: ANN001
    """The records list, opened and unlocked, on records that ``seed`` put in the store first."""
    db, _, store = open_store(UserDirs.resolve().data)
    try:
        seed(store)
    finally:
        db.close()
    window.cases.open_action.trigger()
    unlock(qtbot, window)
    records = window.cases.records_window
    assert records is not None
    return records


def start_record(qtbot, window: MainWindow, reference: str = REFERENCE, title: str = TITLE) -> RecordView:  # noqa: ANN001
    dialog = window.cases.dialog
    assert isinstance(dialog, NewRecordDialog) and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # a case reference is required
    type_text(qtbot, dialog.reference, reference)
    type_text(qtbot, dialog.case_title, title)
    click(qtbot, dialog.ok_button)
    view = next(iter(window.cases.record_views.values()))
    qtbot.waitExposed(view)
    return view


def test_first_record_from_a_checklist_page_through_to_sign_off(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.open_location(Location("checklist", "screen"))
    assert "Start a case record from this checklist" in window.reader.toPlainText()
    window.reader.linkActivated.emit(QUrl("case:screen"))

    setup = window.cases.dialog
    assert isinstance(setup, SetUpPassphraseDialog)
    shown = " ".join(label.text() for label in setup.findChildren(type(setup.error)))
    assert "If you forget this passphrase, your case records cannot be read" in shown
    qtbot.keyClicks(setup.passphrase, "short")
    qtbot.keyClicks(setup.again, "short")
    assert not setup.ok_button.isEnabled()  # not before the warning is acknowledged
    setup.understood.click()
    click(qtbot, setup.ok_button)
    assert setup.isVisible() and "at least 10 characters" in setup.error.text()
    for field in (setup.passphrase, setup.again):
        field.clear()
        qtbot.keyClicks(field, PASSPHRASE)
    click(qtbot, setup.ok_button)
    assert not setup.isVisible() and window.cases.vault.is_unlocked and window.cases.lock_action.isEnabled()

    new = window.cases.dialog
    assert isinstance(new, NewRecordDialog) and new.checklist_id() == "screen"  # the checklist on screen
    assert any("initials or a code" in label.text() for label in new.findChildren(type(setup.error)))
    view = start_record(qtbot, window)
    assert view.reference.text() == REFERENCE and view.case_title.text() == TITLE
    assert REFERENCE not in view.windowTitle() and view.windowTitle() == "Case record — Screening checklist"
    assert view.progress.format() == "0 of 2 items addressed"

    select_item(qtbot, view, "documents")
    assert view.item_text.text() == "Check who holds the documents" and view.item_help.text() == "Ask politely."
    assert "Alpha chapter › First section" in view.item_link.text()
    assert not view.sign_button.isEnabled() and view.required_flag.isVisible()
    assert "Check who holds the documents" in view.required_flag.text()

    click(qtbot, view.state_buttons[ItemState.DONE])
    type_text(qtbot, view.note, NOTE)
    qtbot.waitUntil(lambda: view.record.entry("documents").note == NOTE, timeout=3000)  # saved a second after typing
    stored = window.cases.store.load(view.record.id).entry("documents")
    assert (stored.state, stored.note) == (ItemState.DONE, NOTE) and stored.changed is not None
    assert view.changed.text().startswith("Last changed: ")
    assert view.progress.format() == "1 of 2 items addressed"
    assert view.sign_button.isEnabled() and not view.required_flag.isVisible()

    view.item_link.linkActivated.emit("doc:alpha#first")  # the section that explains the item
    assert window.history.current == Location("doc", "alpha", "first")

    qtbot.keyClicks(view.signer, SIGNER)
    click(qtbot, view.sign_button)
    assert view.record.status == RecordStatus.SIGNED and view.signed.isVisible() and SIGNER in view.signed.text()
    assert not view.state_buttons[ItemState.OPEN].isEnabled() and view.note.isReadOnly()


def test_sign_off_is_blocked_by_an_open_required_item(qtbot, window: MainWindow, protected: None) -> None:  # noqa: ANN001
    window.cases.new_action.trigger()
    unlock(qtbot, window)
    view = start_record(qtbot, window)
    select_item(qtbot, view, "movement")
    click(qtbot, view.state_buttons[ItemState.DONE])
    assert view.record.entry("movement").state == ItemState.DONE
    assert not view.sign_button.isEnabled()
    assert view.required_flag.text() == "Still open and required before sign-off (1): Check who holds the documents"
    row = next(r for r in view.rows() if r.data(0, Qt.ItemDataRole.UserRole) == "documents")
    assert row.text(0).endswith("(required)") and row.foreground(0).color().name() == current_palette().wrong  # the error colour
    view.sign_off()  # even called directly, the store refuses
    assert view.record.status == RecordStatus.IN_PROGRESS and "required item" in view.required_flag.text()
    assert window.cases.store.load(view.record.id).sign_off is None


def test_lock_now_closes_case_windows_and_a_wrong_passphrase_is_refused(qtbot, window: MainWindow, protected: None) -> None:  # noqa: ANN001
    window.cases.new_action.trigger()
    unlock(qtbot, window)
    view = start_record(qtbot, window)
    select_item(qtbot, view, "movement")
    qtbot.keyClicks(view.note, "typed just before locking")
    record_id = view.record.id

    window.cases.lock_action.trigger()
    assert window.cases.record_views == {} and not window.cases.vault.is_unlocked
    assert not window.cases.lock_action.isEnabled()
    window.cases.open_action.trigger()
    dialog = unlock(qtbot, window, "not the passphrase")
    assert dialog.isVisible() and "not correct" in dialog.error.text() and not window.cases.vault.is_unlocked
    unlock(qtbot, window)
    records = window.cases.records_window
    assert records is not None and records.table.topLevelItemCount() == 1
    assert records.table.topLevelItem(0).text(0) == REFERENCE
    assert window.cases.store.load(record_id).entry("movement").note == "typed just before locking"  # saved on lock


def test_records_lock_when_the_app_is_left_idle(qtbot, window: MainWindow, protected: None) -> None:  # noqa: ANN001
    window.cases.idle_lock.timeout_ms = 300
    window.cases.open_action.trigger()
    unlock(qtbot, window)
    assert window.cases.records_window is not None and window.cases.idle_lock.is_running()
    qtbot.waitUntil(lambda: not window.cases.vault.is_unlocked, timeout=3000)
    assert window.cases.records_window is None


def test_the_list_filters_by_status_and_checklist_and_deletes_after_confirmation(qtbot, window: MainWindow, protected: None) -> None:  # noqa: ANN001
    def seed(store: CaseStore) -> None:
        other = TemplateSnapshot("interview", 1, "en", "Interview plan", sample_template().sections)
        signed = store.start(sample_template(), "SIGNED-1", "", NOW)
        for item in ("documents", "refer"):
            store.set_item(signed, item, ItemState.DONE, "", NOW)
        store.sign_off(signed, "Signer", NOW.date(), NOW + timedelta(minutes=1))
        store.start(other, "OTHER-2", "", NOW)
        store.start(sample_template(), "OPEN-3", "", NOW + timedelta(minutes=2))

    records = records_of(qtbot, window, seed)

    def references() -> list[str]:
        return [records.table.topLevelItem(i).text(0) for i in range(records.table.topLevelItemCount())]

    assert references() == ["OPEN-3", "SIGNED-1", "OTHER-2"]
    records.status.setCurrentIndex(records.status.findText("Signed off"))
    assert references() == ["SIGNED-1"]
    records.status.setCurrentIndex(records.status.findText("In progress"))
    assert references() == ["OPEN-3", "OTHER-2"]
    records.checklist.setCurrentIndex(records.checklist.findData("interview"))
    assert references() == ["OTHER-2"] and records.table.topLevelItem(0).text(2) == "interview"
    records.status.setCurrentIndex(records.status.findText("Signed off"))
    assert references() == [] and records.empty.isVisible()
    records.status.setCurrentIndex(0)
    records.checklist.setCurrentIndex(0)

    records.table.setCurrentItem(records.table.topLevelItem(0))
    seen: list[str] = []
    QTimer.singleShot(50, lambda: answer_message_box(QMessageBox.StandardButton.Cancel, seen))
    click(qtbot, records.delete_button)
    assert "OPEN-3" in seen[0] and references() == ["OPEN-3", "SIGNED-1", "OTHER-2"]
    window.cases.open_record(records.selected_id())
    QTimer.singleShot(50, lambda: answer_message_box(QMessageBox.StandardButton.Yes, seen))
    click(qtbot, records.delete_button)
    assert references() == ["SIGNED-1", "OTHER-2"] and window.cases.record_views == {}


def test_export_warns_that_it_is_not_encrypted_and_writes_markdown_and_pdf(qtbot, window: MainWindow, protected: None, tmp_path: Path) -> None:  # noqa: ANN001
    window.cases.new_action.trigger()
    unlock(qtbot, window)
    view = start_record(qtbot, window, reference="ДЕЛО-12/2026", title="Oʻzbekcha sarlavha")
    select_item(qtbot, view, "documents")
    click(qtbot, view.state_buttons[ItemState.DONE])

    seen: list[str] = []
    QTimer.singleShot(50, lambda: answer_message_box(QMessageBox.StandardButton.Cancel, seen))
    assert export_record(view, view.record, pdf=True, describe_ref=view.describe_ref) is None
    assert "not encrypted" in seen[0]

    write_record(view.record, tmp_path / "record.md", view.describe_ref)
    markdown = (tmp_path / "record.md").read_text(encoding="utf-8")
    assert markdown.startswith("> **NOT ENCRYPTED.") and "ДЕЛО-12/2026" in markdown
    assert "Handbook: Alpha chapter › First section" in markdown
    write_record(view.record, tmp_path / "record.pdf", view.describe_ref)
    pdf = (tmp_path / "record.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"DejaVu" in pdf  # the embedded font has Cyrillic and Uzbek letters
    if shutil.which("pdftotext"):  # every page says it is not encrypted, and the footer names no case data
        text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "record.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
        pages = text.count("\f")
        assert text.count("NOT ENCRYPTED: a copy of a case record") == pages >= 1
        assert "ДЕЛО-12/2026" in text


def test_the_exported_record_speaks_the_interface_language(qtbot, window: MainWindow, protected: None) -> None:  # noqa: ANN001
    """Its texts were filed under a context no class has, so the warning stayed English in every interface."""
    from tests.helpers.windows import choose_language

    window.cases.new_action.trigger()
    unlock(qtbot, window)
    view = start_record(qtbot, window)
    choose_language(window, "Русский")
    seen: list[str] = []
    QTimer.singleShot(50, lambda: answer_message_box(QMessageBox.StandardButton.Cancel, seen))
    assert export_record(view, view.record, pdf=True, describe_ref=view.describe_ref) is None
    assert "не зашифрован" in seen[0], seen


def test_no_case_data_in_window_titles_settings_or_logs(qtbot, window: MainWindow, protected: None,  # noqa: ANN001
                                                        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    window.cases.new_action.trigger()
    unlock(qtbot, window)
    view = start_record(qtbot, window)
    select_item(qtbot, view, "documents")
    type_text(qtbot, view.note, NOTE)
    window.cases.open_records()
    view.item_link.linkActivated.emit("doc:alpha#first")
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert "Case records" in titles and "Case record — Screening checklist" in titles
    window.close()  # saves the note, locks, closes the database and saves the settings
    settings = (UserDirs.resolve().config / "settings.json").read_text(encoding="utf-8")
    for secret in (REFERENCE, TITLE, NOTE):
        assert all(secret not in title for title in titles)
        assert secret not in settings
        assert secret not in caplog.text
    db, _, store = open_store(UserDirs.resolve().data)
    try:
        assert store.summaries()[0].reference == REFERENCE
        assert store.load(store.summaries()[0].id).entry("documents").note == NOTE
    finally:
        db.close()


def test_back_up_and_restore_from_the_cases_menu(qtbot, window: MainWindow, protected: None, tmp_path: Path,  # noqa: ANN001
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    backup = tmp_path / "backup.sqlite3"
    db, _, store = open_store(UserDirs.resolve().data)
    try:
        store.start(sample_template(), "IN-BACKUP", "", NOW)
    finally:
        db.close()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(backup), ""))  # the user picks a file
    assert window.cases.back_up() == backup and backup.exists()
    window.cases.new_action.trigger()
    unlock(qtbot, window)
    start_record(qtbot, window, reference="AFTER-BACKUP")
    window.cases.open_records()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(backup), ""))
    seen: list[str] = []
    QTimer.singleShot(50, lambda: answer_message_box(QMessageBox.StandardButton.Ok, seen))
    assert window.cases.restore()
    assert "replaces all user data" in seen[0]
    assert not window.cases.vault.is_unlocked and window.cases.records_window is None and window.cases.record_views == {}
    window.cases.open_action.trigger()
    unlock(qtbot, window)
    records = window.cases.records_window
    assert [records.table.topLevelItem(i).text(0) for i in range(records.table.topLevelItemCount())] == ["IN-BACKUP"]


def test_an_altered_note_is_reported_in_the_record_view_not_shown(qtbot, window: MainWindow, protected: None) -> None:  # noqa: ANN001
    db, _, store = open_store(UserDirs.resolve().data)
    try:
        record_id = store.start(sample_template(), REFERENCE, TITLE, NOW)
        store.set_item(record_id, "documents", ItemState.DONE, "the original note", NOW)
        with db.transaction() as conn:
            conn.execute("UPDATE case_item SET note = substr(note, 1, length(note) - 1) || x'00'")
    finally:
        db.close()
    window.cases.open_action.trigger()
    unlock(qtbot, window)
    records = window.cases.records_window
    assert records.table.topLevelItem(0).text(4).endswith("⚠")
    view = window.cases.open_record(record_id)
    assert view.problems.isVisible() and "the note on “Check who holds the documents”" in view.problems.text()
    select_item(qtbot, view, "documents")
    assert view.note_problem.isVisible() and view.note.toPlainText() == ""
    assert view.reference.text() == REFERENCE  # the rest of the record still reads


def test_the_records_list_follows_an_interface_language_switch(qtbot, window: MainWindow, protected: None) -> None:  # noqa: ANN001
    def seed(store: CaseStore) -> None:
        store.start(sample_template(), "OPEN-1", "", NOW)
        store.start(sample_template(), "OPEN-2", "", NOW + timedelta(minutes=1))

    records = records_of(qtbot, window, seed)
    records.status.setCurrentIndex(1)  # in progress
    records.table.topLevelItem(1).setSelected(True)
    chosen = records.selected_id()
    choose_language(window, "Русский")
    assert records.windowTitle() == "Карточки дел" and records.table.headerItem().text(0) == "Номер дела"
    assert records.open_button.text() == "Открыть" and records.status.currentText() == "В работе"
    assert records.table.topLevelItem(0).text(4) == "В работе"
    assert records.selected_id() == chosen and records.table.topLevelItemCount() == 2
    choose_language(window, "English")
    assert records.table.headerItem().text(0) == "Case reference" and records.status.currentText() == "In progress"


def test_an_open_record_follows_a_language_switch_and_keeps_the_note_being_typed(qtbot, window: MainWindow, protected: None) -> None:  # noqa: ANN001
    window.open_location(Location("checklist", "screen"))
    window.reader.linkActivated.emit(QUrl("case:screen"))
    unlock(qtbot, window)
    view = start_record(qtbot, window)
    select_item(qtbot, view, "movement")
    qtbot.keyClicks(view.note, "typed just before switching")  # not yet saved: the save waits for a pause
    choose_language(window, "Русский")
    assert view.sign_button.text() == "Подписать" and view.tree.headerItem().text(0) == "Пункт"
    assert view.state_buttons[ItemState.DONE].text() == "Выполнено" and view.windowTitle().startswith("Карточка дела — ")
    assert view.note.toPlainText() == "typed just before switching"
    assert window.cases.store.load(view.record.id).entry("movement").note == "typed just before switching"
    choose_language(window, "English")
    assert view.sign_button.text() == "Sign Off"


def test_a_record_changed_outside_the_app_says_so_and_cannot_be_edited(qtbot, window: MainWindow, protected: None) -> None:  # noqa: ANN001
    db, _, store = open_store(UserDirs.resolve().data)
    try:
        altered = store.start(sample_template(), "ALTERED-1", "", NOW)
        store.set_item(altered, "documents", ItemState.OPEN, "", NOW)
        untouched = store.start(sample_template(), "FINE-2", "", NOW)
        with db.transaction() as conn:  # what sqlite3 on the command line could do
            conn.execute("UPDATE case_item SET state = 'done' WHERE record_id = ?", (altered,))
    finally:
        db.close()
    window.cases.open_action.trigger()
    unlock(qtbot, window)
    records = window.cases.records_window
    rows = {records.table.topLevelItem(i).text(0): records.table.topLevelItem(i) for i in range(records.table.topLevelItemCount())}
    assert rows["ALTERED-1"].text(4).endswith("⚠") and not rows["FINE-2"].text(4).endswith("⚠")
    view = window.cases.open_record(altered)
    assert view.problems.isVisible()
    assert "changed outside tiphandbook on or after 2026-03-02" in view.problems.text()
    assert not view.sign_button.isVisible() and view.note.isReadOnly()
    other = window.cases.open_record(untouched)
    assert not other.problems.isVisible() and not other.note.isReadOnly()


def test_saying_the_old_passphrase_may_be_known_re_encrypts_everything(qtbot, window: MainWindow, protected: None) -> None:  # noqa: ANN001
    from tiphandbook.ui.cases.case_dialogs import ChangePassphraseDialog

    db, _, store = open_store(UserDirs.resolve().data)
    try:
        record_id = store.start(sample_template(), REFERENCE, "", NOW)
        sealed_before = db.query("SELECT reference FROM case_record")[0][0]
    finally:
        db.close()
    window.cases.change_passphrase()
    dialog = window.cases.dialog
    assert isinstance(dialog, ChangePassphraseDialog) and dialog.rewrap_only.isChecked()
    click(qtbot, dialog.may_be_known)
    assert dialog.re_encrypt.isChecked()  # the safer choice, chosen for the user who says so
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new, "another long passphrase")
    qtbot.keyClicks(dialog.again, "another long passphrase")
    click(qtbot, dialog.ok_button)
    assert window.cases.dialog is None
    assert window.cases.database.query("SELECT reference FROM case_record")[0][0] != sealed_before
    assert window.cases.store.load(record_id).reference == REFERENCE and window.cases.store.check() == []


def test_help_check_my_data_names_an_altered_record(qtbot, window: MainWindow, protected: None) -> None:  # noqa: ANN001
    db, _, store = open_store(UserDirs.resolve().data)
    try:
        altered = store.start(sample_template(), "ALTERED-1", "", NOW)
        store.start(sample_template(), "FINE-2", "", NOW)
        with db.transaction() as conn:
            conn.execute("UPDATE case_record SET status = 'signed' WHERE id = ?", (altered,))
    finally:
        db.close()
    window.cases.check_action.trigger()
    unlock(qtbot, window)
    box = window.cases.message
    assert box.isVisible() and box.text().startswith("Problems were found")
    assert f"record {altered}: was changed outside tiphandbook" in box.detailedText()
    assert "case records: 2 checked, 1 damaged or altered" in box.detailedText()


def test_lock_shortcut_and_idle_lock_work_from_every_window_and_lock_them_all(qtbot, window: MainWindow, protected: None) -> None:  # noqa: ANN001
    """Ctrl+Shift+L pressed in the case record window, in a quiz window or on the projector locks the records,
    and every window that shows case data closes; the idle lock watches all of them too."""
    quiz = window.training.open_quiz("intro-quiz")
    presenter = window.training.present_quiz("intro-quiz")
    assert quiz is not None and presenter is not None
    for pressed_in in ("record", quiz, presenter):
        window.cases.new_action.trigger()
        unlock(qtbot, window)
        view = start_record(qtbot, window)
        window.cases.open_action.trigger()  # the records list is open as well
        assert window.cases.records_window is not None
        target = view if pressed_in == "record" else pressed_in
        target.activateWindow()
        qtbot.waitUntil(lambda t=target: QApplication.activeWindow() is t)
        qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert not window.cases.vault.is_unlocked, pressed_in
        assert window.cases.record_views == {} and window.cases.records_window is None
        assert not view.isVisible()

    window.cases.idle_lock.timeout_ms = 300
    window.cases.open_action.trigger()
    unlock(qtbot, window)
    window.cases.new_action.trigger()
    new_record = window.cases.dialog
    assert isinstance(new_record, NewRecordDialog) and new_record.isVisible()
    type_text(qtbot, new_record.reference, REFERENCE)
    quiz.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is quiz)
    qtbot.waitUntil(lambda: not window.cases.vault.is_unlocked, timeout=3000)
    assert window.cases.records_window is None
    assert window.cases.dialog is None  # the typed reference is gone too
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, NewRecordDialog) and w.isVisible()]
