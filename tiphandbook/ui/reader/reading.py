"""Bookmarks and notes on sections: the Bookmarks menu, the Bookmarks tab, the Notes panel and the ✎ markers in the
text. It registers the ``note:`` links and the markers of each page with the shell's context; the shell only hangs
the menu.

Places are kept by page id and anchor (``core/reading/store.py``), so they follow the reader into another language
and through content updates. The Notes panel follows the section on screen, except while the user is typing in it;
a note is saved a moment after typing stops, when the panel moves to another section, and when the window closes.
The user database opens on first use.
"""

from __future__ import annotations
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox

from tiphandbook.core.content.section_marks import TOP, mark_notes, place_title
from tiphandbook.core.navigation import NOTE_SCHEME, Location
from tiphandbook.core.store.database import WriteFailed
from tiphandbook.ui.reader.bookmarks_panel import BookmarksPanel
from tiphandbook.ui.common.not_saved import show_not_saved
from tiphandbook.ui.reader.notes_panel import NotesPanel
from tiphandbook.ui.common.texts import add_menu_action

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from tiphandbook.core.reading.store import ReadingStore
    from tiphandbook.ui.common.context import FeatureContext
    from tiphandbook.ui.reader.reader_view import ReaderView

PAGE_KINDS = ("doc", "checklist")
SAVE_DELAY_MS = 600
FOLLOW_DELAY_MS = 250


class Reading(QObject):
    def __init__(self, context: FeatureContext, reader: ReaderView) -> None:
        super().__init__(context.window)
        self.context = context
        self.reader = reader
        window = context.window
        self._store: ReadingStore | None = None
        self.target: Location | None = None  # the section whose note the panel shows
        self._stored_text = ""  # the target's note as stored
        self.unsaved_reported: str | None = None  # the failure already shown, so typing on does not repeat it
        self.message: QMessageBox | None = None  # the last "not saved" warning

        self.bookmarks_panel = BookmarksPanel(window)
        context.add_side_tab(self.bookmarks_panel, lambda: self.tr("Bookmarks"))
        context.sideTabChanged.connect(lambda _index: self._refresh_bookmarks_if_shown())
        self.bookmarks_panel.openRequested.connect(self.open_place)
        # queued: the list is rebuilt after the name editor has closed, not under it while it commits
        self.bookmarks_panel.renameRequested.connect(self.rename_bookmark, Qt.ConnectionType.QueuedConnection)
        self.bookmarks_panel.deleteRequested.connect(self.delete_bookmark)

        self.notes_panel = NotesPanel(window)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("notes-panel")
        self.dock.setWidget(self.notes_panel)
        context.texts.bind(self.dock.setWindowTitle, lambda: self.tr("Notes"))
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._dock_visibility)
        self.save_timer = self._timer(SAVE_DELAY_MS, self.save_note)
        self.follow_timer = self._timer(FOLLOW_DELAY_MS, self._follow_reader)
        self.notes_panel.edited.connect(self.save_timer.start)
        self.notes_panel.deleteRequested.connect(self.delete_note)
        self.notes_panel.searchChanged.connect(lambda _text: self.refresh_notes())
        self.notes_panel.openRequested.connect(self._open_note_place)
        self.notes_panel.leaveRequested.connect(lambda: reader.setFocus(Qt.FocusReason.ShortcutFocusReason))
        reader.verticalScrollBar().valueChanged.connect(lambda _value: self.follow_timer.start())
        context.locationChanged.connect(self._moved)
        context.pages.add_marker(self.marked)
        context.links.register(NOTE_SCHEME, self._follow_note_link)

        self.menu = QMenu(window)
        context.texts.bind(self.menu.setTitle, lambda: self.tr("&Bookmarks"))
        self.bookmark_action = add_menu_action(self.menu, self.context.texts, lambda: self.tr("&Bookmark This Section"), "Ctrl+D",
                                               self.bookmark_current, "bookmark-plus")
        self.show_bookmarks_action = add_menu_action(self.menu, self.context.texts, lambda: self.tr("&Show Bookmarks"), "Ctrl+Shift+B",
                                                     self.show_bookmarks, "bookmark")
        self.menu.addSeparator()
        self.note_action = add_menu_action(self.menu, self.context.texts, lambda: self.tr("&Note on This Section…"), "Ctrl+Shift+M",
                                           self.note_on_current, "notebook-pen")
        panel_action = self.dock.toggleViewAction()
        context.texts.bind(panel_action.setText, lambda: self.tr("Notes &Panel"))
        self.menu.addAction(panel_action)
        window.installEventFilter(self)

    def _timer(self, delay: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(slot)
        return timer

    # -- the user database --------------------------------------------------------------------------------
    @property
    def store(self) -> ReadingStore:
        if self._store is None:
            from tiphandbook.core.reading.store import ReadingStore

            self._store = ReadingStore(self.context.user_database())
        return self._store

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.context.window and event.type() == QEvent.Type.Close:
            if self._store is not None:
                self.save_note()
            self._store = None  # the window closes the database after this
        return False

    # -- places -------------------------------------------------------------------------------------------
    def current_place(self) -> Location | None:
        """The section being read, when a page that takes bookmarks and notes is on screen."""
        location = self.context.current_location()
        if location is None or location.kind not in PAGE_KINDS:
            return None
        return location.at(self.reader.current_section())

    def title(self, place: Location) -> str | None:
        return place_title(self.context.library, place, self.context.lang)

    def open_place(self, place: Location) -> None:
        if self.context.open_location(place):
            self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def marked(self, location: Location, html: str) -> str:
        """The page with a ✎ link at each heading whose section carries a note."""
        if location.kind not in PAGE_KINDS:
            return html
        return mark_notes(html, self.store.noted_anchors(location.kind, location.id),
                          self.tr("You have a note on this section. Click to open it."))

    def _moved(self, _location: Location) -> None:
        """A new page, or the same one in another language: titles and the panel's section follow."""
        self._refresh_bookmarks_if_shown()
        if self.dock.isVisible():
            self.retarget(self.current_place())

    # -- bookmarks ----------------------------------------------------------------------------------------
    def bookmark_current(self) -> None:
        from tiphandbook.core.timestamps import utc_now

        place = self.current_place()
        if place is None:
            self.context.status(self.tr("Open a chapter, a module or a checklist to bookmark it."), 5000)
            return
        try:
            bookmark, added = self.store.add_bookmark(place, utc_now())
        except WriteFailed as exc:
            self._not_saved(self.tr("The bookmark was not added."), exc)
            return
        name = bookmark.name or self.title(place) or place.id
        message = self.tr("Bookmarked: %1") if added else self.tr("Already bookmarked: %1")
        self.context.status(message.replace("%1", name), 5000)
        self.refresh_bookmarks(select=bookmark.id)

    def show_bookmarks(self) -> None:
        self.context.show_side_tab(self.bookmarks_panel)
        self.bookmarks_panel.focus_list()

    def refresh_bookmarks(self, select: int | None = None) -> None:
        self.bookmarks_panel.show_bookmarks([(b, self.title(b.place)) for b in self.store.bookmarks()], select)

    def _refresh_bookmarks_if_shown(self) -> None:
        if self.context.side_tab_shown(self.bookmarks_panel) and not self.context.loading:
            self.refresh_bookmarks()

    def rename_bookmark(self, bookmark_id: int, name: str) -> None:
        """A name equal to the section's title is no name: the list then follows the reading language."""
        bookmark = next((b for b in self.store.bookmarks() if b.id == bookmark_id), None)
        try:
            if bookmark is not None:
                self.store.rename_bookmark(bookmark_id, "" if name.strip() == self.title(bookmark.place) else name)
        except WriteFailed as exc:
            self._not_saved(self.tr("The bookmark was not renamed."), exc)
        self.refresh_bookmarks(select=bookmark_id)

    def delete_bookmark(self, bookmark_id: int) -> None:
        try:
            self.store.delete_bookmark(bookmark_id)
        except WriteFailed as exc:
            self._not_saved(self.tr("The bookmark was not deleted."), exc)
            return
        self.refresh_bookmarks()
        self.context.status(self.tr("Bookmark deleted."), 5000)

    def _not_saved(self, what: str, error: WriteFailed) -> None:
        self.context.status(f"{what} {error}", 10000)
        self.message = show_not_saved(self.context.window, what, error)

    # -- notes --------------------------------------------------------------------------------------------
    def note_on_current(self) -> None:
        place = self.current_place()
        if place is None:
            self.context.status(self.tr("Open a chapter, a module or a checklist to write a note on it."), 5000)
            return
        self.open_note(place)

    def _follow_note_link(self, url: QUrl) -> bool:
        self.open_note_at(url.path())
        return True

    def open_note_at(self, anchor: str) -> None:
        """A ✎ marker was clicked: the note of that section of the page on screen."""
        current = self.context.current_location()
        if current is not None and current.kind in PAGE_KINDS:
            self.open_note(current.at("" if anchor == TOP else anchor))

    def open_note(self, place: Location) -> None:
        self.dock.show()
        self.dock.raise_()
        self.retarget(place)
        self.notes_panel.focus_editor()

    def retarget(self, place: Location | None) -> None:
        """Point the panel at another section's note, saving the one being left first; a note that could not be
        saved keeps the panel on it, so its text is not lost."""
        if not self.save_note():
            return
        self.target = place
        note = self.store.note(place) if place is not None else None
        self._stored_text = note.text if note is not None else ""
        self.notes_panel.edit(self.title(place) if place is not None else None, self._stored_text)
        self.refresh_notes()

    def save_note(self) -> bool:
        """Store the text being edited (one transaction); the page's markers change when a note appears or goes.
        False when it could not be stored."""
        from tiphandbook.core.timestamps import utc_now

        self.save_timer.stop()
        text = self.notes_panel.text()
        if self.target is None or text == self._stored_text:
            return True
        had_note = bool(self._stored_text.strip())
        try:
            self.store.save_note(self.target, text, utc_now())
        except WriteFailed as exc:  # the text stays in the panel, and is tried again at the next pause or move
            self.notes_panel.set_not_saved(str(exc))
            if self.unsaved_reported != str(exc):
                self.unsaved_reported = str(exc)
                self._not_saved(self.tr("The note was not saved; its text stays in the Notes panel."), exc)
            return False
        self.unsaved_reported = None
        self._stored_text = text
        has_note = bool(text.strip())
        self.notes_panel.set_saved(has_note)
        self.refresh_notes()
        if had_note != has_note and self.target.same_page(self.context.current_location()):
            self.context.refresh_page()
        return True

    def delete_note(self) -> None:
        """Clear the text as an edit (Ctrl+Z in the note brings it back, and saves it again)."""
        cursor = self.notes_panel.editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()
        self.save_note()

    def refresh_notes(self) -> None:
        notes = self.store.notes(self.notes_panel.search.text())
        self.notes_panel.show_notes([(n, self.title(n.place)) for n in notes])

    def _open_note_place(self, place: Location) -> None:
        self.open_place(place)
        self.retarget(place)

    def _dock_visibility(self, visible: bool) -> None:
        if visible:
            self.follow_timer.start()
        elif self._store is not None:
            self.save_note()

    def _follow_reader(self) -> None:
        """Keep the panel on the section on screen, unless the user is writing in it."""
        if not self.dock.isVisible() or self.notes_panel.editor.hasFocus():
            return
        place = self.current_place()
        if place != self.target:
            self.retarget(place)
