"""The Training menu and everything behind it: quiz windows, the classroom presenter, progress, printing and
export for Moodle. It registers the ``quiz:`` links with the shell's context; the shell only hangs the menu.

The user database opens on first use (start-up never waits for it) and closes with the main window.
"""

from __future__ import annotations
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from tiphandbook.core.content.labels import label
from tiphandbook.core.content.model import SOURCE_LANGUAGE, Document, Quiz
from tiphandbook.core.navigation import QUIZ_SCHEME
from tiphandbook.ui.common.texts import add_menu_action

if TYPE_CHECKING:  # the rest is imported on first use, so the menu costs start-up almost nothing
    from tiphandbook.core.slides import Slide
    from tiphandbook.core.quiz.history import QuizHistory
    from tiphandbook.ui.common.context import FeatureContext
    from tiphandbook.ui.training.classroom import ClassroomView
    from tiphandbook.ui.training.quiz_window import QuizWindow

PRINT_KINDS = ("handout", "answer-key")


class Training(QObject):
    def __init__(self, context: FeatureContext) -> None:
        super().__init__(context.window)
        self.context = context
        self.window = window = context.window  # the parent of the quiz windows, the presenter and the dialogs
        self._history: QuizHistory | None = None
        self.quiz_windows: dict[str, QuizWindow] = {}
        self.presenter: ClassroomView | None = None
        self.menu = QMenu(window)
        context.texts.bind(self.menu.setTitle, lambda: self.tr("&Training"))
        add_menu_action(self.menu, self.context.texts, lambda: self.tr("Take the Module's &Quiz…"), "Ctrl+Shift+Q",
                        lambda: self.open_quiz(self.choose_quiz()), "graduation-cap")
        add_menu_action(self.menu, self.context.texts, lambda: self.tr("&Present Quiz in Classroom…"), "F5",
                        lambda: self.present_quiz(self.choose_quiz()), "presentation")
        add_menu_action(self.menu, self.context.texts, lambda: self.tr("Present &Lesson Plan"), "Shift+F5", self.present_lesson_plan)
        self.menu.addSeparator()
        add_menu_action(self.menu, self.context.texts, lambda: self.tr("P&rogress…"), "Ctrl+Shift+P", self.show_progress, "chart-line")
        self.menu.addSeparator()
        add_menu_action(self.menu, self.context.texts, lambda: self.tr("Print Quiz &Handout…"), "",
                        lambda: self.print_quiz(self.choose_quiz(), "handout"), "printer")
        add_menu_action(self.menu, self.context.texts, lambda: self.tr("Print Quiz Answer &Key…"), "",
                        lambda: self.print_quiz(self.choose_quiz(), "answer-key"))
        add_menu_action(self.menu, self.context.texts, lambda: self.tr("&Export Quiz for Moodle…"), "", lambda: self.export_quiz(self.choose_quiz()))
        context.links.register(QUIZ_SCHEME, self._follow_quiz_link)
        window.installEventFilter(self)

    # -- the user database --------------------------------------------------------------------------------
    @property
    def history(self) -> QuizHistory:
        if self._history is None:
            from tiphandbook.core.quiz.history import QuizHistory

            self._history = QuizHistory(self.context.user_database())
        return self._history

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Close:
            for child in (*self.quiz_windows.values(), self.presenter):
                if child is not None and not child.close():
                    event.ignore()  # the reader chose to go back to an unfinished exam: nothing closes
                    return True
            self._history = None  # the window closes the database after this
        return False

    def due_reviews(self) -> list[tuple[str, str, int]]:
        """(quiz id, title, questions due) for every quiz with questions due for review, most due first: the home
        page's review queue."""
        from tiphandbook.core.quiz.catalog import quiz_entries
        from tiphandbook.ui.training.quiz_window import utc_now

        now = utc_now()
        entries = quiz_entries(self.context.library, self.context.lang)
        due = [(e.quiz.id, e.quiz.title, len(self.history.due(e.quiz, now))) for e in entries]
        return sorted((entry for entry in due if entry[2]), key=lambda entry: -entry[2])

    # -- which quiz ---------------------------------------------------------------------------------------
    def current_module(self) -> Document | None:
        location = self.context.current_location()
        if location is None or location.kind != "doc":
            return None
        doc = self.context.library.document(location.id, self.context.lang)
        return doc if doc is not None and doc.module is not None else None

    def choose_quiz(self) -> str | None:
        """The quiz of the module being read, else one the user picks from the list."""
        from tiphandbook.core.quiz.catalog import quiz_entries

        quiz_id = self.quiz_of_page()
        if quiz_id is not None:
            return quiz_id
        entries = quiz_entries(self.context.library, self.context.lang)
        if not entries:
            self.context.status(self.tr("No quizzes are loaded yet."), 5000)
            return None
        names = [e.quiz.title for e in entries]
        name, ok = QInputDialog.getItem(self.window, self.tr("Choose a quiz"), self.tr("Quiz:"), names, 0, False)
        return entries[names.index(name)].quiz.id if ok else None

    def quiz_of_page(self) -> str | None:
        """The quiz of the module on screen, or of the first module that teaches the chapter on screen."""
        module = self.current_module()
        if module is not None:
            return module.module.quiz if module.module else None
        location = self.context.current_location()
        if location is None or location.kind != "doc":
            return None
        for (_, lang), doc in sorted(self.context.library.documents.items()):
            info = doc.module
            if lang == SOURCE_LANGUAGE and info and info.quiz and any(t.split("#")[0] == location.id for t in info.teaches):
                return info.quiz
        return None

    def _quiz(self, quiz_id: str | None) -> Quiz | None:
        quiz = self.context.library.quiz(quiz_id, self.context.lang) if quiz_id else None
        if quiz_id and quiz is None:
            self.context.status(self.tr("This quiz is not in the loaded content."), 5000)
        return quiz

    # -- actions ------------------------------------------------------------------------------------------
    def open_quiz(self, quiz_id: str | None) -> QuizWindow | None:
        from tiphandbook.ui.training.quiz_window import QuizWindow

        quiz = self._quiz(quiz_id)
        if quiz is None:
            return None
        existing = self.quiz_windows.get(quiz.id)
        if existing is not None and existing.lang == self.context.lang:
            existing.raise_()
            existing.activateWindow()
            return existing
        lang = self.context.lang
        window = QuizWindow(quiz, self.history, lang, lambda target: self.context.renderer.reference_link(target, lang),
                            self.context.page_stylesheet(), parent=self.window)
        window.linkActivated.connect(self._open_reference)
        window.presentRequested.connect(self.present_quiz)
        window.printRequested.connect(self.print_quiz)
        window.destroyed.connect(lambda: self._forget(window))
        self.quiz_windows[quiz.id] = window
        window.show()
        return window

    def _forget(self, window: QuizWindow) -> None:
        self.quiz_windows = {qid: w for qid, w in self.quiz_windows.items() if w is not window}

    def _follow_quiz_link(self, url: QUrl) -> bool:
        self.open_quiz(url.path())
        return True

    def _open_reference(self, url: QUrl) -> None:
        self.context.follow_link(url)
        self.window.raise_()
        self.window.activateWindow()

    def present_quiz(self, quiz_id: str | None) -> ClassroomView | None:
        from tiphandbook.core.slides import quiz_slides

        quiz = self._quiz(quiz_id)
        return self._present(quiz.title, quiz_slides(quiz, self.context.lang)) if quiz else None

    def present_lesson_plan(self) -> ClassroomView | None:
        from tiphandbook.core.slides import lesson_plan_slides

        module = self.current_module()
        if module is None:
            self.context.status(self.tr("Open a module of a curriculum first."), 5000)
            return None
        return self._present(module.title, lesson_plan_slides(module, lambda text: self.context.renderer.markdown(text, module.lang)))

    def _present(self, title: str, slides: list[Slide]) -> ClassroomView | None:
        from tiphandbook.ui.common.screens import choose_screen
        from tiphandbook.ui.training.classroom import ClassroomView

        screen = choose_screen(self.window)
        if screen is None:
            return None
        if self.presenter is not None:
            self.presenter.close()
        self.presenter = ClassroomView(title, slides, self.window)
        self.presenter.destroyed.connect(self._presenter_closed)
        self.presenter.present_on(screen)
        return self.presenter

    def _presenter_closed(self) -> None:
        self.presenter = None

    def show_progress(self) -> None:
        from tiphandbook.ui.training.progress_view import ProgressView
        from tiphandbook.ui.training.quiz_window import utc_now

        view = ProgressView(self.context.library, self.history, self.context.lang, utc_now, self.window)
        view.quizRequested.connect(self.open_quiz)
        view.exec()

    def print_quiz(self, quiz_id: str | None, kind: str) -> Path | None:
        quiz = self._quiz(quiz_id)
        if quiz is None or kind not in PRINT_KINDS:
            return None
        caption = self.tr("Print quiz handout to PDF") if kind == "handout" else self.tr("Print answer key to PDF")
        path, _ = QFileDialog.getSaveFileName(self.window, caption, f"{quiz.id}-{kind}.pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        return self.write_sheet(quiz, kind, Path(path))

    def write_sheet(self, quiz: Quiz, kind: str, path: Path) -> Path:
        """The handout or the answer key of ``quiz`` as a PDF at ``path``."""
        from tiphandbook.core.quiz.sheets import answer_key_html, handout_html
        from tiphandbook.ui.training.quiz_print import write_pdf

        lang = self.context.lang
        if kind == "handout":
            text = handout_html(quiz, lang)
        else:
            text = answer_key_html(quiz, lang, lambda target: self.context.renderer.reference_title(target, lang))
        write_pdf(text, path, quiz.title, label("training-edition", lang))
        self.context.status(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return path

    def export_quiz(self, quiz_id: str | None) -> Path | None:
        quiz = self._quiz(quiz_id)
        if quiz is None:
            return None
        gift, xml = self.tr("GIFT for Moodle (*.gift *.txt)"), self.tr("Moodle XML (*.xml)")
        path, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export quiz for Moodle"), f"{quiz.id}.xml", f"{xml};;{gift}")
        if not path:
            return None
        target = Path(path)
        fmt = "gift" if chosen == gift or target.suffix.lower() in (".gift", ".txt") else "moodle-xml"
        written, notes = self.write_export(quiz, fmt, target)
        if notes:
            QMessageBox.information(self.window, self.tr("Export quiz"), "\n\n".join(notes))
        return target if written else None

    def write_export(self, quiz: Quiz, fmt: str, target: Path) -> tuple[bool, tuple[str, ...]]:
        """Write the export and say on the status line what it lacks (a question GIFT cannot carry, named with
        the reason); returns whether it was written and those notes (or the refusal) for the dialog."""
        from tiphandbook.core.quiz.exports import export_quiz

        try:
            result = export_quiz(quiz, fmt, target)
        except OSError as exc:
            message = f"{target}: {exc.strerror or exc}"
            self.context.status(message, 10000)
            return False, (message,)
        saved = self.tr("Saved %1").replace("%1", str(target))
        self.context.status(" ".join((saved, *result.notes)), 10000)
        return True, result.notes
