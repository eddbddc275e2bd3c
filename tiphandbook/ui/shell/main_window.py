"""The main window: navigation tree beside the reading pane, with history, find, zoom and content language.

It composes the features and hands each the shell's context (``ui/shell/context.py``), never itself; what a page
shows and what a link opens come from the registries the features fill.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from shiboken6 import isValid
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.content.model import LANGUAGES, Library, pick
from tiphandbook.core.navigation import HOME, History, Location
from tiphandbook.core.settings import Settings
from tiphandbook.ui.common.i18n import Translators
from tiphandbook.ui.common.icons import set_icon
from tiphandbook.ui.common.texts import Texts
from tiphandbook.ui.reader.find_bar import FindBar
from tiphandbook.ui.reader.highlight import find_all, selections, word_pattern
from tiphandbook.ui.reader.home_page import HomeFacts
from tiphandbook.ui.reader.nav_tree import NavigationTree
from tiphandbook.ui.reader.page_kinds import register_reader
from tiphandbook.ui.reader.reader_view import ReaderView
from tiphandbook.ui.search.search import Search
from tiphandbook.ui.shell.appearance import Appearance
from tiphandbook.ui.shell.context import ShellContext
from tiphandbook.ui.shell.external_links import SCHEMES as EXTERNAL_SCHEMES
from tiphandbook.ui.shell.external_links import confirm_external_link
from tiphandbook.ui.shell.help_dialogs import HelpDialogs

if TYPE_CHECKING:
    from pathlib import Path

    from tiphandbook.core.content.render import Renderer
    from tiphandbook.ui.search.search_service import SearchService

LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "uz": "Oʻzbekcha"}


class MainWindow(QMainWindow):
    """Routes every way of moving (tree, links, history, language) through ``open_location``."""

    def __init__(
        self,
        library: Library,
        settings: Settings,
        stylesheet: str,
        translators: Translators | None = None,
        search_factory: Callable[[Path], SearchService] | None = None,  # the index of a content folder
    ) -> None:
        super().__init__()
        self.data_problem: QMessageBox | None = None  # the last warning about the user's data
        self.library = library
        self.settings = settings
        self.texts = Texts()
        self._renderer: Renderer | None = None
        self.loading = True
        self.history = History()
        self.lang = settings["content_language"] if settings["content_language"] in LANGUAGES else "en"

        self.reader = ReaderView(stylesheet, self)
        self.reader.content_root = library.root
        self.find_bar = FindBar(self.reader, self)
        self.tree = NavigationTree(self)
        self.side_tabs = QTabWidget(self)
        self.context = ShellContext(self, self, self.side_tabs)
        self.context.add_side_tab(self.tree, lambda: self.tr("Contents"))
        self.searching = Search(self.context, search_factory)
        register_reader(self.context, lambda: HomeFacts(self.training.due_reviews(), self.cases.open_count()))
        for scheme in EXTERNAL_SCHEMES:
            self.context.links.register(scheme, lambda url: confirm_external_link(self, url))
        self.appearance = Appearance(self, self.texts, settings, translators)
        self.appearance.themeChanged.connect(self._restyle)
        self.help = HelpDialogs(self, self.context)
        reading = QWidget(self)
        layout = QVBoxLayout(reading)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.reader)
        layout.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.addWidget(reading)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_toolbar_and_menus()
        self.problems_button = QPushButton(self)
        self.problems_button.setFlat(True)
        self.problems_button.hide()
        self.texts.bind(self.problems_button.setText, self._problems_text)
        self.texts.bind(self.problems_button.setToolTip, lambda: self.tr("Some content files have errors and were skipped. Click for details."))
        self.problems_button.clicked.connect(self.help.show_content_problems)
        self.statusBar().addPermanentWidget(self.problems_button)

        self.tree.locationActivated.connect(self.open_location)
        self.reader.linkActivated.connect(self.follow_link)
        self.reader.backRequested.connect(self.go_back)
        self.reader.forwardRequested.connect(self.go_forward)

        self.reader.set_zoom(int(settings["zoom"] or 0))
        self._restore_geometry()
        self.resize(1200, 800) if not settings["window_geometry"] else None
        self.open_location(HOME)

    # -- construction -------------------------------------------------------------------------------------
    def _action(self, make_text: Callable[[], str], shortcuts: list[QKeySequence], slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        unique = {k.toString(): k for k in shortcuts if not k.isEmpty()}  # a repeated key would be ambiguous
        shortcuts = list(unique.values())
        action.setShortcuts(shortcuts)
        action.triggered.connect(slot)
        key = f" ({shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)})" if shortcuts else ""
        self.texts.bind(action.setText, make_text)
        self.texts.bind(action.setToolTip, lambda: make_text().replace("&", "").rstrip("…") + key)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence
        self.back_action = self._action(lambda: self.tr("Back"), [keys(keys.StandardKey.Back), keys("Alt+Left")], self.go_back)
        self.forward_action = self._action(lambda: self.tr("Forward"), [keys(keys.StandardKey.Forward), keys("Alt+Right")], self.go_forward)
        self.home_action = self._action(lambda: self.tr("Home"), [keys("Alt+Home")], lambda: self.open_location(HOME))
        self.find_action = self._action(lambda: self.tr("Find in Page…"), [keys(keys.StandardKey.Find)], self.find_bar.open_bar)
        self.find_next_action = self._action(lambda: self.tr("Find Next"), [keys(keys.StandardKey.FindNext)], self.find_bar.find_next)
        self.find_previous_action = self._action(lambda: self.tr("Find Previous"), [keys(keys.StandardKey.FindPrevious)], self.find_bar.find_previous)
        self.zoom_in_action = self._action(lambda: self.tr("Zoom In"), [keys(keys.StandardKey.ZoomIn), keys("Ctrl+=")], lambda: self.zoom(1))
        self.zoom_out_action = self._action(lambda: self.tr("Zoom Out"), [keys(keys.StandardKey.ZoomOut)], lambda: self.zoom(-1))
        self.zoom_reset_action = self._action(lambda: self.tr("Actual Size"), [keys("Ctrl+0")], lambda: self.zoom(None))
        self.contents_action = self._action(lambda: self.tr("Go to Contents"), [keys("Ctrl+Shift+C")], self.focus_contents)
        self.search_action = self._action(lambda: self.tr("Search…"), [keys("Ctrl+K")], self.searching.focus)
        self.quit_action = self._action(lambda: self.tr("Quit"), [keys(keys.StandardKey.Quit), keys("Ctrl+Q")], self.close)
        self.about_action = self._action(lambda: self.tr("About tiphandbook"), [], self.help.show_about)
        self.translation_status_action = self._action(lambda: self.tr("Translation Status…"), [], self.help.show_translation_status)
        self.shortcuts_action = self._action(lambda: self.tr("&Keyboard Shortcuts"),
                                             [keys(keys.StandardKey.HelpContents), keys("F1")], self.help.show_shortcuts)
        for action in (self.back_action, self.forward_action):
            action.setEnabled(False)

    def _build_toolbar_and_menus(self) -> None:
        toolbar = QToolBar(self)
        self.texts.bind(toolbar.setWindowTitle, lambda: self.tr("Navigation"))
        toolbar.setObjectName("navigation-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action, icon_name in ((self.back_action, "arrow-left"), (self.forward_action, "arrow-right"),
                                  (self.home_action, "house"), (self.search_action, "search"),
                                  (self.find_action, "text-search"), (self.zoom_in_action, "zoom-in"),
                                  (self.zoom_out_action, "zoom-out")):
            set_icon(action, icon_name)
        toolbar.addAction(self.back_action)
        toolbar.addAction(self.forward_action)
        toolbar.addAction(self.home_action)
        toolbar.addSeparator()
        toolbar.addAction(self.search_action)
        toolbar.addAction(self.find_action)
        toolbar.addSeparator()
        self.language_label = QLabel(self)
        self.texts.bind(self.language_label.setText, lambda: self.tr("Content language:"))
        toolbar.addWidget(self.language_label)
        self.language_box = QComboBox(self)
        self.language_label.setBuddy(self.language_box)
        self.texts.bind(self.language_box.setAccessibleName, lambda: self.tr("Content language"))
        for lang in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[lang], lang)
        self.language_box.setCurrentIndex(LANGUAGES.index(self.lang))
        self.language_box.currentIndexChanged.connect(lambda i: self.set_content_language(LANGUAGES[i]))
        toolbar.addWidget(self.language_box)
        self.addToolBar(toolbar)

        file_menu = self._menu(lambda: self.tr("&File"))
        self._build_file_entries(file_menu)
        file_menu.addAction(self.quit_action)
        view_menu = self._menu(lambda: self.tr("&View"))
        for entry in (self.find_action, self.find_next_action, self.find_previous_action, None,
                      self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action, None):
            view_menu.addSeparator() if entry is None else view_menu.addAction(entry)
        from tiphandbook.ui.reader.parallel_reader import ParallelLanguages  # two languages side by side

        self.parallel_languages = ParallelLanguages(self.context, view_menu, self.printing.print_pages)
        view_menu.addSeparator()
        self.appearance.add_menus(view_menu)
        go_menu = self._menu(lambda: self.tr("&Go"))
        for action in (self.back_action, self.forward_action, self.home_action, self.contents_action, self.search_action):
            go_menu.addAction(action)
        self._build_reading_menu()
        self._build_training_menu()
        self._build_cases_menu()
        help_menu = self._menu(lambda: self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.translation_status_action)
        self.cases.add_check_action(help_menu)
        help_menu.addAction(self.about_action)

    def _menu(self, make_title: Callable[[], str], parent: QMenu | None = None) -> QMenu:
        menu = QMenu(self)
        self.texts.bind(menu.setTitle, make_title)
        (parent.addMenu(menu) if parent is not None else self.menuBar().addMenu(menu))
        return menu

    def _build_file_entries(self, file_menu: QMenu) -> None:
        """Printing (ui/printing/printing.py) and content updates (ui/updates/content_updates.py) add their entries to the File menu."""
        from tiphandbook.ui.updates.content_updates import ContentUpdates
        from tiphandbook.ui.printing.printing import Printing

        self.printing = Printing(self.context, file_menu)
        file_menu.addSeparator()
        self.content_updates = ContentUpdates(self.context, file_menu)
        file_menu.addSeparator()

    def _build_reading_menu(self) -> None:
        """Bookmarks, notes and their panels live in ui/reader/reading.py; this only hangs their menu."""
        from tiphandbook.ui.reader.reading import Reading

        self.reading = Reading(self.context, self.reader)
        self.menuBar().addMenu(self.reading.menu)

    def _build_training_menu(self) -> None:
        """Quizzes, the classroom presenter and progress live in ui/training/training.py; this only hangs their menu."""
        from tiphandbook.ui.training.training import Training

        self.training = Training(self.context)
        self.menuBar().addMenu(self.training.menu)

    def _build_cases_menu(self) -> None:
        """Case records (passphrase, records, idle lock, backup) live in ui/cases/cases.py; this only hangs their menu."""
        from tiphandbook.ui.cases.cases import Cases

        self.cases = Cases(self.context)
        self.menuBar().addMenu(self.cases.menu)
        from tiphandbook.ui.screening.screening import Screening  # interviews hang their entries in the Cases menu

        self.screening = Screening(self.context, self.cases, self.appearance.interface_language)

    # -- the library arrives ------------------------------------------------------------------------------
    def set_library(self, library: Library) -> None:
        """Swap in the fully loaded library (documents read off the GUI thread, at start or after a content update)
        and restore the place being read, else the last place read."""
        self.library = library
        self.reader.content_root = library.root
        self._renderer = None
        self.context.pages.forget()
        self.loading = False
        self.tree.populate(library, self.lang)
        self.context.libraryChanged.emit(library)  # search opens or builds its index
        self.problems_button.setText(self._problems_text())
        self.problems_button.setVisible(bool(library.errors))
        last = self.settings["last_location"]
        current = self.history.current
        if current is not None and current != HOME:
            if not self.open_location(current, remember=False):  # gone from the new content
                self.open_location(HOME, remember=False)
        elif isinstance(last, dict) and library.document(str(last.get("doc")), self.lang):
            self.open_location(Location("doc", str(last["doc"]), str(last.get("anchor") or "")))
        else:
            self.open_location(HOME, remember=False)

    def _problems_text(self) -> str:
        return self.tr("%n content problem(s)", "", len(self.library.errors))

    def show_data_problem(self, problem: str) -> None:
        """A problem with the user's own data is never only a passing status line: a warning stays until read."""
        self.statusBar().showMessage(problem, 20000)
        if self.data_problem is not None and isValid(self.data_problem) and self.data_problem.isVisible():  # one warning
            self.data_problem.setText(self.data_problem.text() + "\n\n" + problem)
            return
        self.data_problem = QMessageBox(QMessageBox.Icon.Warning, self.tr("Your data"), problem,
                                        QMessageBox.StandardButton.Ok, self)
        self.data_problem.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.data_problem.open()

    def focus_contents(self) -> None:
        self.side_tabs.setCurrentWidget(self.tree)
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def highlight_in_page(self, words: list[str]) -> None:
        pattern = word_pattern(words)
        if pattern is not None:
            self.reader.setExtraSelections(selections(find_all(self.reader.document(), pattern)))
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- moving around ------------------------------------------------------------------------------------
    def open_location(self, location: Location, remember: bool = True) -> bool:
        """Show a place; ``remember`` adds it to Back/Forward history. Returns False when it does not exist."""
        html = self.context.pages.html(location, self.lang)
        if html is None:
            self.statusBar().showMessage(self.tr("This page is not in the loaded content."), 5000)
            return False
        current = self.history.current
        if remember and current is not None:
            self.history.update_current(current.at(self.reader.current_anchor()))
        if current is None or not location.same_page(current) or not remember or location.kind == "home":
            self.reader.show_page(html, location.anchor)  # home again: drawn afresh (reviews due, records open)
        else:
            self.reader.scroll_to(location.anchor)
        if remember:
            self.history.visit(location)
        else:
            self.history.update_current(location) if self.history.current else self.history.visit(location)
        self._after_move(location)
        return True

    @property
    def renderer(self) -> Renderer:
        """Built on first use: the home page shown at start-up needs no Markdown."""
        if self._renderer is None:
            from tiphandbook.core.content.render import Renderer

            self._renderer = Renderer(self.library)
        return self._renderer

    def refresh_page(self) -> None:
        """Draw the page on screen again (its note markers changed) without moving the reader."""
        current = self.history.current
        if current is not None:
            self.reader.replace_page(self.context.pages.html(current, self.lang) or "")

    def _after_move(self, location: Location) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())
        self.tree.select(location)
        self.find_bar.refresh()
        title = self.context.pages.title(location, self.lang)
        short = pick(self.library.book_short_titles, self.lang)
        self.setWindowTitle(f"{title} — {short}" if title else short)
        if location.kind == "doc":
            self.settings.remember_visit(location.id, location.anchor)
        self.context.locationChanged.emit(location)

    def go_back(self) -> None:
        self._step(self.history.back)

    def go_forward(self) -> None:
        self._step(self.history.forward)

    def _step(self, move: Callable[[], Location | None]) -> None:
        current = self.history.current
        if current is not None:
            self.history.update_current(current.at(self.reader.current_anchor()))
        target = move()
        if target is not None:
            if current is not None and target.same_page(current):
                self.reader.scroll_to(target.anchor)
            else:
                self.reader.show_page(self.context.pages.html(target, self.lang) or "", target.anchor)
            self._after_move(target)

    def follow_link(self, url: QUrl) -> None:
        """Cross-references open in the reader; external links only after the user agrees to leave the app."""
        if not self.context.links.follow(url):
            self.statusBar().showMessage(self.tr("This link cannot be opened."), 5000)

    def set_content_language(self, lang: str) -> None:
        """Re-render the current page in another language at the section being read."""
        if lang == self.lang or lang not in LANGUAGES:
            return
        current = self.history.current or HOME
        anchor = self.reader.current_anchor()
        self.lang = lang
        self.settings["content_language"] = lang
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(LANGUAGES.index(lang))
        self.language_box.blockSignals(False)
        if not self.loading:
            self.tree.populate(self.library, lang)
        self.context.languageChanged.emit(lang)
        self.open_location(current.at(anchor), remember=False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new translator was installed: re-make every bound text, the tree's group names and the home page."""
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.refresh()
            if not self.loading:
                self.tree.populate(self.library, self.lang)
            current = self.history.current
            if current is not None and current.kind == "home":
                self.reader.show_page(self.context.pages.html(current, self.lang) or "", "")
            self._after_move(current or HOME)
        super().changeEvent(event)

    def _restyle(self, stylesheet: str) -> None:
        """Another theme: the reading pane is drawn again in it, the reader kept where they were."""
        self.reader.document().setDefaultStyleSheet(stylesheet)
        self.context.pages.forget()
        current = self.history.current or HOME
        self.open_location(current.at(self.reader.current_anchor()), remember=False)

    def zoom(self, step: int | None) -> None:
        level = 0 if step is None else self.reader.zoom_level + step
        self.reader.set_zoom(level)
        self.settings["zoom"] = self.reader.zoom_level

    # -- persistence --------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings["window_geometry"]
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        splitter = self.settings["splitter_state"]
        if splitter:
            self.splitter.restoreState(QByteArray.fromBase64(splitter.encode("ascii")))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings["window_geometry"] = self.saveGeometry().toBase64().toStdString()
        self.settings["splitter_state"] = self.splitter.saveState().toBase64().toStdString()
        current = self.history.current
        if current is not None and current.kind == "doc":
            self.settings.remember_visit(current.id, self.reader.current_anchor())
        self.settings.save()
        self.context.close_database()  # last: the features saved their work on the Close event before this
        super().closeEvent(event)
