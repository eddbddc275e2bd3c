"""Screening interviews in the Cases menu: start one, reopen one from the records list, show the person's view on
the screen turned towards them, hide every screen at one key, and close everything when the records lock.

The hide key (F12) works from any window of the app: the officer's window disappears, the person's view and the
main window show a neutral handbook page. Coming back is deliberate (Cases > Return to the Interview,
Ctrl+Shift+F12), so a second press of F12 by someone else shows nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from tiphandbook.core.navigation import HOME
from tiphandbook.ui.common.texts import add_menu_action

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from tiphandbook.core.cases.case_store import CaseStore
    from tiphandbook.core.screening.session import InterviewSession
    from tiphandbook.ui.common.context import FeatureContext
    from tiphandbook.ui.screening.officer_window import OfficerWindow
    from tiphandbook.ui.screening.person_view import PersonView
    from tiphandbook.ui.screening.start_dialog import StartInterviewDialog

_TAG = re.compile(r"<[^>]+>")


class _RecordsList(Protocol):
    def refresh(self) -> None: ...


class CaseRecords(Protocol):
    """What interviews use of the Cases feature (ui/cases/cases.py), handed over by the shell."""

    menu: QMenu
    openers: list[Callable[[str], bool]]
    aboutToLock: SignalInstance

    @property
    def store(self) -> CaseStore: ...

    @property
    def records_window(self) -> _RecordsList | None: ...

    def when_unlocked(self, then: Callable[[], object]) -> None: ...


class Screening(QObject):
    def __init__(self, context: FeatureContext, cases: CaseRecords, interface_language: Callable[[], str]) -> None:
        super().__init__(context.window)
        self.context = context
        self.window = context.window  # the parent of the dialogs and windows
        self.cases = cases
        self.interface_language = interface_language
        self.officers: dict[str, OfficerWindow] = {}
        self.person_views: dict[str, PersonView] = {}
        self.dialog: StartInterviewDialog | None = None
        self.message: QMessageBox | None = None
        self.hidden = False
        menu, texts = self.cases.menu, context.texts
        menu.addSeparator()
        self.new_action = add_menu_action(menu, texts, lambda: self.tr("New &Screening Interview…"), "Ctrl+Shift+I",
                                          self.new_interview)
        self.hide_action = add_menu_action(menu, texts, lambda: self.tr("&Hide Interview Screens"), "F12", self.hide_all)
        self.return_action = add_menu_action(menu, texts, lambda: self.tr("&Return to the Interview"), "Ctrl+Shift+F12",
                                             self.return_all)
        for action in (self.hide_action, self.return_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from the person's full screen too
        self.return_action.setEnabled(False)
        self.cases.openers.append(self.open_if_interview)
        self.cases.aboutToLock.connect(self.close_all)

    # -- languages and links ------------------------------------------------------------------------------
    def officer_lang(self) -> str:
        """The officer's side follows the interface language (both Uzbek scripts read the Uzbek guide)."""
        tag = self.interface_language()
        return "uz" if tag.startswith("uz") else tag

    def _link(self, lang: str) -> Callable[[str], str]:
        return lambda ref: self.context.renderer.reference_link(ref, lang)

    def _describe(self, lang: str) -> Callable[[str], str]:
        return lambda ref: unescape(_TAG.sub("", self.context.renderer.reference_link(ref, lang)))

    # -- starting and reopening ---------------------------------------------------------------------------
    def new_interview(self) -> None:
        if not self.context.library.screening.ids():
            self.context.status(self.tr("No screening guides are loaded yet."))
            return
        self.cases.when_unlocked(self._ask)

    def _ask(self) -> None:
        from tiphandbook.ui.screening.start_dialog import StartInterviewDialog

        dialog = StartInterviewDialog(self.context.library.screening, self.officer_lang(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._start(dialog.guide_id(), dialog.person_lang(), dialog.reference.text()))
        self.dialog = dialog
        dialog.open()

    def _start(self, guide_id: str, person_lang: str, reference: str) -> OfficerWindow | None:
        from tiphandbook.core.cases.records import RecordError
        from tiphandbook.core.interview_records import start_interview
        from tiphandbook.core.screening.session import InterviewSession
        from tiphandbook.core.store.database import WriteFailed
        from tiphandbook.core.timestamps import utc_now
        from tiphandbook.ui.common.not_saved import show_not_saved

        shelf = self.context.library.screening
        guide, words = shelf.guide(guide_id, self.officer_lang()), shelf.person(guide_id, person_lang)
        if guide is None or words is None:
            return None
        session = InterviewSession(guide, words, reference.strip())
        try:
            record_id = start_interview(self.cases.store, session, utc_now())
        except WriteFailed as exc:
            self.message = show_not_saved(self.window, self.tr("The interview was not started."), exc)
            return None
        except RecordError as exc:  # the list of records was altered outside tiphandbook
            self._warn(self.tr("The interview was not started.") + "\n\n" + str(exc))
            return None
        officer = self._open(record_id, session, "")
        self._records_changed()
        return officer

    def open_if_interview(self, record_id: str) -> bool:
        """The records list's "Open": an interview opens in its own window (True); other records are not ours."""
        from tiphandbook.core.cases.records import RecordError, check_can_edit
        from tiphandbook.core.interview_records import (
            guide_id_of,
            is_interview,
            load_interview,
        )
        from tiphandbook.core.screening.session import InterviewSession, SessionError

        if record_id in self.officers:
            self._bring_up(self.officers[record_id])
            return True
        try:
            record = self.cases.store.load(record_id)
            if not is_interview(record.template.checklist_id):
                return False
            record, data = load_interview(self.cases.store, record_id)
            shelf, guide_id = self.context.library.screening, guide_id_of(record.template.checklist_id)
            guide = shelf.guide(guide_id, str(data.get("officer_language")))
            words = shelf.person(guide_id, str(data.get("person_language")))
            if guide is None or words is None:
                raise SessionError(self.tr("its guide or the person's language is not in the loaded content"))
            session = InterviewSession.from_dict(data, guide, words)
        except (RecordError, SessionError) as exc:
            self._warn(self.tr("This interview cannot be opened: %1").replace("%1", str(exc)))
            return True
        try:
            check_can_edit(record)
            read_only = ""
        except RecordError as exc:
            read_only = str(exc)
        self._open(record_id, session, read_only)
        return True

    def _warn(self, text: str) -> None:
        self.message = QMessageBox(QMessageBox.Icon.Warning, self.tr("Screening interview"), text,
                                   QMessageBox.StandardButton.Ok, self.window)
        self.message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message.open()

    def _open(self, record_id: str, session: InterviewSession, read_only: str) -> OfficerWindow:
        from tiphandbook.ui.screening.officer_window import OfficerWindow

        lang = session.guide.lang
        officer = OfficerWindow(self.cases.store, record_id, session, self.context.library.screening, self._link(lang),
                                self._describe(lang), read_only, self.window)
        officer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        officer.linkActivated.connect(self._open_reference)
        officer.showPersonRequested.connect(lambda: self.show_person(record_id))
        officer.changed.connect(lambda: self._update_person(record_id))
        officer.changed.connect(self._records_changed)
        officer.destroyed.connect(lambda _=None: self._closed(record_id, officer))
        self.officers[record_id] = officer
        self._bring_up(officer)
        return officer

    def _closed(self, record_id: str, officer: OfficerWindow) -> None:
        if self.officers.get(record_id) is officer:
            del self.officers[record_id]
            view = self.person_views.pop(record_id, None)
            if view is not None:
                view.force_close = True
                view.close()

    def _records_changed(self) -> None:
        if self.cases.records_window is not None:
            self.cases.records_window.refresh()

    def _open_reference(self, url: QUrl) -> None:
        self.context.follow_link(url)
        self._bring_up(self.window)

    # -- the person's view --------------------------------------------------------------------------------
    def show_person(self, record_id: str) -> PersonView | None:
        """Full screen on the screen the officer picks (with one screen, this one: turn the laptop round)."""
        from tiphandbook.ui.common.screens import choose_screen
        from tiphandbook.ui.screening.person_view import PersonView

        officer = self.officers[record_id]
        view = self.person_views.get(record_id)
        if view is None:
            screen = choose_screen(officer)
            if screen is None:
                return None
            view = PersonView(officer.session.words)
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            view.answered.connect(lambda card_id, value: officer.give(value, card_id=card_id))
            view.stopRequested.connect(officer.stop)
            self.person_views[record_id] = view
            self._update_person(record_id)
            view.present_on(screen)
        self._bring_up(view)
        return view

    def _update_person(self, record_id: str) -> None:
        from tiphandbook.core.screening.session import SessionState

        view, officer = self.person_views.get(record_id), self.officers.get(record_id)
        if view is None or officer is None:
            return
        session, words = officer.session, officer.session.words
        ended = words.closing if session.state is SessionState.FINISHED else words.declined
        view.show_card(officer.current_card(), ended)

    # -- hiding -------------------------------------------------------------------------------------------
    def neutral_html(self) -> str:
        """The handbook's home page, as anyone could be reading it."""
        return self.context.pages.html(HOME, self.context.lang) or ""

    def hide_all(self) -> None:
        """Save, then take every interview off every screen: the officer's windows close to nothing, the person's
        views and the main window show the handbook."""
        if not self.officers:
            return
        html, css = self.neutral_html(), self.context.page_stylesheet()
        for officer in self.officers.values():
            officer.save()
            officer.hide()
        for view in self.person_views.values():
            view.hide_behind(html, css)
        self.context.open_location(HOME)
        self._bring_up(self.window)
        self.hidden = True
        self.return_action.setEnabled(True)

    def return_all(self) -> None:
        if not self.hidden:
            return
        self.hidden = False
        self.return_action.setEnabled(False)
        for view in self.person_views.values():
            view.come_back()
            view.show()
        for officer in self.officers.values():
            self._bring_up(officer)

    def close_all(self) -> None:
        """The records are locking: save and close every interview window (the data is saved first)."""
        for officer in list(self.officers.values()):
            officer.force_close = True
            officer.close()
        for view in list(self.person_views.values()):
            view.force_close = True
            view.close()
        self.officers.clear()
        self.person_views.clear()
        self.hidden = False
        self.return_action.setEnabled(False)

    @staticmethod
    def _bring_up(widget: QWidget) -> None:
        widget.show()
        widget.raise_()
        widget.activateWindow()
