"""The Cases menu and everything behind it: passphrase, unlocking and idle lock, the records list, record views,
backup and restore. It registers the ``case:`` links (start a record from the checklist on screen) with the shell's
context; the shell only hangs the menu.

The user database opens on first use. Whatever shows case data is a window of its own, closed when the records
lock, and titled without case data; nothing here logs or stores settings.
"""

from __future__ import annotations
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from tiphandbook.core.navigation import CASE_SCHEME
from tiphandbook.ui.cases.idle_lock import IdleLock
from tiphandbook.ui.common.texts import add_menu_action

if TYPE_CHECKING:  # imported on first use: the menu costs start-up almost nothing
    from tiphandbook.core.cases.vault import Vault
    from tiphandbook.core.store import UserDatabase
    from tiphandbook.core.cases.case_store import CaseStore
    from tiphandbook.core.user_data import DataReport
    from tiphandbook.ui.cases.case_list import RecordsWindow
    from tiphandbook.ui.cases.case_record_view import RecordView
    from tiphandbook.ui.common.context import FeatureContext

IDLE_LOCK_MINUTES = 10


class Cases(QObject):
    aboutToLock = Signal()  # other windows showing case data (screening interviews) save and close on it

    def __init__(self, context: FeatureContext) -> None:
        super().__init__(context.window)
        self.context = context
        self.window = window = context.window  # the parent of the records windows and dialogs
        self.openers: list[Callable[[str], bool]] = []  # records of another kind open in their own window
        self._open: tuple[UserDatabase, Vault, CaseStore] | None = None
        self.dialog: QDialog | None = None  # the passphrase or new-record dialog on screen, if any
        self.message: QMessageBox | None = None  # the last "not saved" warning
        self.records_window: RecordsWindow | None = None
        self.record_views: dict[str, RecordView] = {}
        self.idle_lock = IdleLock(IDLE_LOCK_MINUTES * 60_000, self)
        self.idle_lock.idle.connect(self.lock)
        self.menu = QMenu(window)
        context.texts.bind(self.menu.setTitle, lambda: self.tr("&Cases"))
        self.new_action = add_menu_action(self.menu, self.context.texts, lambda: self.tr("&New Case Record…"), "Ctrl+Shift+N",
                                          lambda: self.new_record(None), "clipboard-list")
        self.open_action = add_menu_action(self.menu, self.context.texts, lambda: self.tr("&Open Case Records…"), "Ctrl+Shift+O",
                                           self.open_records, "folder-lock")
        self.lock_action = add_menu_action(self.menu, self.context.texts, lambda: self.tr("&Lock Now"), "Ctrl+Shift+L", self.lock, "lock")
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from any window of the app
        self.lock_action.setEnabled(False)
        self.menu.addSeparator()
        add_menu_action(self.menu, self.context.texts, lambda: self.tr("&Change Passphrase…"), "", self.change_passphrase)
        self.menu.addSeparator()
        add_menu_action(self.menu, self.context.texts, lambda: self.tr("&Back Up All User Data…"), "", self.back_up)
        add_menu_action(self.menu, self.context.texts, lambda: self.tr("&Restore User Data from Backup…"), "", self.restore)
        context.links.register(CASE_SCHEME, self._follow_case_link)
        window.installEventFilter(self)

    # -- the database and the key -------------------------------------------------------------------------
    def _opened(self) -> tuple[UserDatabase, Vault, CaseStore]:
        if self._open is None:
            from tiphandbook.core.cases.vault import Vault
            from tiphandbook.core.cases.case_store import CaseStore

            database = self.context.user_database()
            vault = Vault(database)
            self._open = (database, vault, CaseStore(database, vault))
        return self._open

    @property
    def database(self) -> UserDatabase:
        return self._opened()[0]

    @property
    def vault(self) -> Vault:
        return self._opened()[1]

    @property
    def store(self) -> CaseStore:
        return self._opened()[2]

    def when_unlocked(self, then: Callable[[], object]) -> None:
        """Run ``then`` now if unlocked, else after the user has set the passphrase up or unlocked."""
        if self.vault.is_unlocked:
            then()
            return
        if self.dialog is not None:  # one passphrase dialog at a time
            self._bring_up(self.dialog)
            return
        from tiphandbook.ui.cases.case_dialogs import SetUpPassphraseDialog, UnlockDialog

        dialog = UnlockDialog(self.vault, self.window) if self.vault.is_set_up() else SetUpPassphraseDialog(self.vault, self.window)
        dialog.accepted.connect(self._unlocked)
        dialog.accepted.connect(then)
        self._show_dialog(dialog)

    def _show_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _unlocked(self) -> None:
        self.lock_action.setEnabled(True)
        self.idle_lock.start()

    def lock(self) -> None:
        """Save what is being typed, close everything that shows case data, and drop the key."""
        self.aboutToLock.emit()
        for view in list(self.record_views.values()):
            view.force_close = True  # case data never stay on screen once locked, saved or not
            view.close()  # saves a note being typed
        if self.records_window is not None:
            self.records_window.close()
        self.record_views.clear()
        self.records_window = None
        for shown in (self.dialog, self.message):  # a new record's reference being typed, a check naming records
            if shown is not None:
                shown.close()
        self.dialog = self.message = None
        if self._open is not None and self.vault.is_unlocked:
            self.vault.lock()
            self.context.status(self.tr("Case records locked."), 5000)
        self.idle_lock.stop()
        self.lock_action.setEnabled(False)

    # -- actions ------------------------------------------------------------------------------------------
    def new_record(self, checklist_id: str | None) -> None:
        """Start a record: of ``checklist_id``, else of the checklist on screen, else one the user picks."""
        library = self.context.library
        if not library.checklist_ids():
            self.context.status(self.tr("No checklists are loaded yet."), 5000)
            return
        location = self.context.current_location()
        if checklist_id is None and location is not None and location.kind == "checklist":
            checklist_id = location.id
        self.when_unlocked(lambda: self._ask_new_record(checklist_id))

    def _ask_new_record(self, checklist_id: str | None) -> None:
        from tiphandbook.ui.cases.case_dialogs import NewRecordDialog

        library, lang = self.context.library, self.context.lang
        choices = [(cid, checklist.title) for cid in library.checklist_ids() if (checklist := library.checklist(cid, lang))]
        dialog = NewRecordDialog(choices, checklist_id, self.window)
        dialog.accepted.connect(lambda: self._start(dialog.checklist_id(), dialog.reference.text(), dialog.case_title.text()))
        self._show_dialog(dialog)

    def _start(self, checklist_id: str, reference: str, title: str) -> None:
        from tiphandbook.core.cases.templates import snapshot_of
        from tiphandbook.core.timestamps import utc_now

        template = snapshot_of(self.context.library, checklist_id, self.context.lang)
        if template is None:
            self.context.status(self.tr("This checklist is not in the loaded content."), 5000)
            return
        from tiphandbook.core.store.database import WriteFailed
        from tiphandbook.ui.common.not_saved import show_not_saved

        try:
            record_id = self.store.start(template, reference, title, utc_now())
        except WriteFailed as exc:
            self.message = show_not_saved(self.window, self.tr("The case record was not started."), exc)
            return
        self.open_record(record_id)
        if self.records_window is not None:
            self.records_window.refresh()

    def open_count(self) -> int:
        """Case records in progress, counted without unlocking (the home page shows the number, nothing else)."""
        from tiphandbook.core.cases.records import RecordStatus

        return self.store.count(RecordStatus.IN_PROGRESS)

    def open_records(self) -> None:
        self.when_unlocked(self._show_records)

    def _show_records(self) -> RecordsWindow:
        from tiphandbook.ui.cases.case_list import RecordsWindow

        if self.records_window is None:
            self.records_window = RecordsWindow(self.store, self.context.library, self.context.lang, self.window)
            self.records_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.records_window.openRequested.connect(self.open_record)
            self.records_window.newRequested.connect(lambda: self.new_record(None))
            self.records_window.deleted.connect(self._record_deleted)
            self.records_window.destroyed.connect(lambda _=None, w=self.records_window: self._records_window_closed(w))
        self._bring_up(self.records_window)
        return self.records_window

    def _records_window_closed(self, window: RecordsWindow) -> None:
        if self.records_window is window:
            self.records_window = None

    def open_record(self, record_id: str) -> RecordView | None:
        from tiphandbook.ui.cases.case_record_view import RecordView

        if any(opener(record_id) for opener in self.openers):
            return None
        view = self.record_views.get(record_id)
        if view is None:
            lang = self.context.lang
            view = RecordView(self.store, record_id, self.context.library,
                              lambda ref: self.context.renderer.reference_link(ref, lang),
                              lambda ref: self.context.renderer.reference_title(ref, lang), self.window)
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            view.linkActivated.connect(self._open_reference)
            view.saved.connect(lambda _id: self.records_window.refresh() if self.records_window else None)
            view.destroyed.connect(lambda _=None, v=view: self._view_closed(record_id, v))
            self.record_views[record_id] = view
        self._bring_up(view)
        return view

    def _view_closed(self, record_id: str, view: RecordView) -> None:
        if self.record_views.get(record_id) is view:
            del self.record_views[record_id]

    def _record_deleted(self, record_id: str) -> None:
        view = self.record_views.pop(record_id, None)
        if view is not None:
            view.close()

    def _follow_case_link(self, url: QUrl) -> bool:
        """``case:CHECKLIST-ID`` starts a record from that checklist; a bare ``case:`` (the home page) lists them."""
        self.new_record(url.path()) if url.path() else self.open_records()
        return True

    def _open_reference(self, url: QUrl) -> None:
        self.context.follow_link(url)
        self.window.raise_()
        self.window.activateWindow()

    @staticmethod
    def _bring_up(widget: QWidget) -> None:
        widget.show()
        widget.raise_()
        widget.activateWindow()

    def change_passphrase(self) -> None:
        from tiphandbook.ui.cases.case_dialogs import ChangePassphraseDialog

        if not self.vault.is_set_up():
            self.when_unlocked(lambda: None)
            return
        dialog = ChangePassphraseDialog(self.vault, self.window)
        dialog.accepted.connect(self._unlocked)
        dialog.accepted.connect(lambda: self.context.status(self.tr("Passphrase changed."), 5000))
        self._show_dialog(dialog)

    def back_up(self) -> Path | None:
        from tiphandbook.core.store.database import BackupError

        chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up all user data"), "tiphandbook-backup.sqlite3",
                                                self.tr("tiphandbook backups (*.sqlite3)"))
        if not chosen:
            return None
        try:
            self.database.backup_to(Path(chosen))
        except BackupError as exc:
            QMessageBox.warning(self.window, self.tr("Back up"), str(exc))
            return None
        self.context.status(self.tr("Backed up to %1. Case records in it stay encrypted under the "
                                                    "passphrase of today.").replace("%1", chosen), 10000)
        return Path(chosen)

    def restore(self) -> bool:
        from tiphandbook.core.store.database import BackupError

        answer = QMessageBox.warning(
            self.window, self.tr("Restore from backup"),
            self.tr("Restoring replaces all user data on this computer (case records and quiz history) with the "
                    "backup's. Anything added since that backup is lost. The records will then open with the "
                    "passphrase that was in use when the backup was made."),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return False
        chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Restore from backup"), "",
                                                self.tr("tiphandbook backups (*.sqlite3);;All files (*)"))
        if not chosen:
            return False
        self.lock()
        try:
            self.database.restore_from(Path(chosen))
        except BackupError as exc:
            QMessageBox.warning(self.window, self.tr("Restore from backup"), str(exc))
            return False
        self.context.status(self.tr("User data restored from the backup."), 10000)
        return True

    def add_check_action(self, help_menu: QMenu) -> None:
        """Help > Check My Data: the checks of ``tiphandbook data check``, on the data in use."""
        self.check_action = add_menu_action(help_menu, self.context.texts, lambda: self.tr("Check My &Data…"), "",
                                            self.check_data)

    def check_data(self) -> None:
        from tiphandbook.core.user_data import DataReport, check_file

        database = self.database
        report = DataReport(database.path, problems=check_file(database.path) if database.path.exists() else [])
        if self.vault.is_set_up():
            self.when_unlocked(lambda: self._show_check(report, with_records=True))
        else:
            self._show_check(report, with_records=False)

    def _show_check(self, report: DataReport, with_records: bool) -> None:
        from tiphandbook.core.user_data import check_records

        if with_records:
            report.records, report.findings = check_records(self.store)
        if report.ok:
            summary = self.tr("No problem found: the database is sound and every case record is as tiphandbook "
                              "wrote it.")
        else:
            summary = self.tr("Problems were found. The details below name each damaged or altered record; the "
                              "other records are not affected.")
        self.message = QMessageBox(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning,
                                   self.tr("Check my data"), summary, QMessageBox.StandardButton.Ok, self.window)
        self.message.setDetailedText("\n".join(report.lines()))
        self.message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message.open()

    # -- closing ------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.lock()
            self._open = None  # the window closes the database after this
        return False
