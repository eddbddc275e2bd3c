"""``tiphandbook self-test``: the app checks itself, in a real window, on the machine it was copied to.

A frozen build cannot be driven from outside by a test written in Python (there is no Python beside it), and on
a Windows laptop without a terminal nobody will run pytest either. So the app carries one scripted walk through
what a user does first: it starts, opens a chapter, searches in English, Russian and Uzbek (the search build
starts its worker processes, the frozen app's ``-m`` entry), takes a quiz, and keeps an encrypted case record.
It prints a JSON report of what it saw and exits 0 only when every step did what a user would expect.

It works in a fresh folder under the user cache folder (on the stick in portable mode), never in the user's own
database: a self-test must not set a passphrase on anybody's case records. ``--keep`` leaves that folder for a
look; ``--screenshot`` grabs the screen at the end; ``--report`` writes the report to a file too (a Windows app
has no console to print to).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tiphandbook.core.content.model import Question, Quiz
from tiphandbook.core.navigation import Location
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.session import QuizSession
from tiphandbook.core.paths import HOME_ENV, UserDirs
from tiphandbook.core.search.results import SearchHit
from tiphandbook.core.store import DATABASE_FILE
from tiphandbook.ui.cases.case_dialogs import NewRecordDialog, SetUpPassphraseDialog
from tiphandbook.ui.search.search_panel import HIT_ROLE
from tiphandbook.ui.training.quiz_window import QuizWindow

if TYPE_CHECKING:
    from tiphandbook.ui.shell.main_window import MainWindow

T = TypeVar("T")

SEARCHES = (("en", "passport"), ("ru", "паспорт"), ("uz", "pasport"), ("uz", "паспорт"))  # uz: both scripts
CASE_NOTE = "Self-test note: passport held by the employer since March."
PASSPHRASE = "a self-test passphrase"
WAIT_SECONDS = 180  # a first search build on a slow laptop, with the content read first


def run_self_test(keep: bool, screenshot: Path | None, report_file: Path | None = None) -> int:
    """Walk through the app in a window; print the report; 0 when every check passed."""
    cache = UserDirs.resolve().cache
    cache.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="self-test-", dir=cache))
    os.environ[HOME_ENV] = str(home)  # everything the app writes below goes there, the case database too
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))  # the app makes no other kind
    app.setApplicationName("tiphandbook")
    report: dict[str, Any] = {"home": str(home), "frozen": bool(getattr(sys, "frozen", False)), "checks": {}}
    try:
        window = _walk(app, home, report["checks"])
        if screenshot is not None:
            app.primaryScreen().grabWindow(0).save(str(screenshot))
            report["screenshot"] = str(screenshot)
        window.close()
    finally:
        if not keep:
            shutil.rmtree(home, ignore_errors=True)
    report["passed"] = all(check["ok"] for check in report["checks"].values())
    text = json.dumps(report, ensure_ascii=False, indent=2)
    if report_file is not None:
        report_file.write_text(text + "\n", encoding="utf-8")
    if sys.stdout is not None:  # None in a Windows app without a console: the report file is the way there
        print(text)
    return 0 if report["passed"] else 1


def _wait(app: QApplication, done: Callable[[], bool]) -> bool:
    """Let the event loop run until ``done()`` or the time is up."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not done():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.02)
    return True


def _walk(app: QApplication, home: Path, checks: dict[str, dict[str, Any]]) -> MainWindow:
    """The steps, each adding its check; returns the window, still open, on the chapter, with English hits."""
    from tiphandbook.ui.shell.app import create_main_window

    window, loader = create_main_window(None, UserDirs.resolve())
    window.resize(1300, 850)
    window.show()
    loader.start(window.library.root)
    loaded = _wait(app, lambda: bool(window.library.documents))
    checks["start"] = {"ok": loaded and window.isVisible(), "documents": len(window.library.documents),
                       "content_problems": len(window.library.errors)}

    chapter = window.library.parts[0].chapters[0]
    doc = window.library.document(chapter, "en")
    opened = window.open_location(Location("doc", chapter, ""))
    shown = window.reader.toPlainText()
    checks["chapter"] = {"ok": opened and doc is not None and doc.title in shown, "id": chapter, "characters": len(shown)}

    built = _wait(app, lambda: window.searching.service is not None and window.searching.service.is_ready)
    for lang, query in SEARCHES:
        window.set_content_language(lang)
        hits = _search(app, window, query) if built else []
        checks[f"search {lang} {query}"] = {"ok": bool(hits) and {hit.lang for hit in hits} == {lang},
                                            "hits": len(hits), "first": hits[0].id if hits else None}
    checks["interface languages"] = _switch_interface(window)
    checks["quiz"] = _take_quiz(window, home)
    checks["case record"] = _keep_case_record(app, window, home)
    window.set_content_language("en")
    window.searching.focus()
    _search(app, window, SEARCHES[0][1])  # what the screenshot shows
    return window


def _search(app: QApplication, window: MainWindow, query: str) -> list[SearchHit]:
    """Type ``query`` in the search panel and return the hits it lists (none when nothing came in time)."""
    panel = window.searching.panel
    panel.model.clear()
    panel.field.setText(query)
    panel.run_query()
    _wait(app, lambda: panel.model.rowCount() > 0)
    return [panel.model.item(row).data(HIT_ROLE) for row in range(panel.model.rowCount())]


def _switch_interface(window: MainWindow) -> dict[str, Any]:
    """Russian and both Uzbek scripts: our own translations and Qt's button texts (Qt's Russian file from the Qt
    library, the Uzbek ones ours) must be found where the app looks for them."""
    english_menu = window.menuBar().actions()[0].text()
    seen = {}
    for tag in ("ru", "uz-Latn", "uz-Cyrl"):
        window.appearance.set_interface_language(tag)
        QCoreApplication.processEvents()  # the language change reaches the widgets as an event
        seen[tag] = [window.menuBar().actions()[0].text(), _cancel_button_text()]
    window.appearance.set_interface_language("en")
    ok = all(menu != english_menu and cancel != "Cancel" for menu, cancel in seen.values())
    return {"ok": ok, "file menu and cancel": seen}


def _cancel_button_text() -> str:
    """What a dialog's Cancel button says: Qt's own text, from Qt's translation files."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return buttons.button(QDialogButtonBox.StandardButton.Cancel).text()


def _take_quiz(window: MainWindow, home: Path) -> dict[str, Any]:
    """An exam of the first quiz, every question answered right: it must be saved as passed with 100%. Its
    handout printed to PDF must carry the bundled DejaVu font (Cyrillic and Uzbek letters on any printer)."""
    quiz_id = min(quiz for quiz, _lang in window.library.quizzes)
    quiz_window = _expect(window.training.open_quiz(quiz_id), QuizWindow, "the quiz window")
    session = _expect(quiz_window.start("exam", seed=1), QuizSession, "the exam")
    for question in session.questions:
        session.answer(question.id, right_answer(question))
    quiz_window.finish()
    attempts = window.training.history.finished_attempts([quiz_id])
    quiz_window.close()
    russian = _expect(window.library.quiz(quiz_id, "ru"), Quiz, "the Russian quiz")
    handout = window.training.write_sheet(russian, "handout", home / "handout.pdf")
    pdf = handout.read_bytes()
    font = b"DejaVu" in pdf
    return {"ok": len(attempts) == 1 and attempts[0].passed and attempts[0].percent == 100 and font,
            "id": quiz_id, "questions": len(session.questions), "percent": attempts[0].percent if attempts else None,
            "handout_pdf_bytes": len(pdf), "handout_font_dejavu": font}


def _keep_case_record(app: QApplication, window: MainWindow, home: Path) -> dict[str, Any]:
    """Set a passphrase, start a record, write a note through the record's own view, and read it back from the
    database: stored, and not in plain text in the file."""
    from tiphandbook.core.cases.records import ItemState

    cases = window.cases
    checklist_id = window.library.checklist_ids()[0]
    cases.new_record(checklist_id)
    setup = _expect(cases.dialog, SetUpPassphraseDialog, "the passphrase dialog")
    for field in (setup.passphrase, setup.again):
        field.setText(PASSPHRASE)
    setup.understood.setChecked(True)
    setup.accept()
    new = _expect(cases.dialog, NewRecordDialog, "the new record dialog")
    new.reference.setText("SELF-TEST/1")
    new.case_title.setText("Self-test record")
    new.accept()
    _wait(app, lambda: bool(cases.record_views))
    view = next(iter(cases.record_views.values()))
    first = view.record.template.sections[0].items[0].id
    view.tree.setCurrentItem(next(row for row in view.rows() if row.data(0, 256) == first))
    view.state_buttons[ItemState.DONE].setChecked(True)
    view.note.setPlainText(CASE_NOTE)
    view.save()
    stored = cases.store.load(view.record.id).entry(first)
    view.close()
    plain = any(CASE_NOTE.encode() in path.read_bytes() for path in (home / "data").glob(DATABASE_FILE + "*"))
    return {"ok": stored.note == CASE_NOTE and stored.state == ItemState.DONE and not plain,
            "checklist": checklist_id, "note_in_plain_text": plain}


def right_answer(question: Question) -> Response:
    """The right response to ``question``, in the form ``QuizSession.answer`` takes."""
    correct = [i for i, option in enumerate(question.options) if option.correct]
    if question.type == "single":
        return correct[0]
    if question.type == "multiple":
        return frozenset(correct)
    if question.type == "true_false":
        return bool(question.answer)
    if question.type in ("matching", "ordering"):
        return tuple(range(len(question.pairs or question.items)))
    return question.answers[0]


def _expect(value: object, kind: type[T], what: str) -> T:
    """``value``, which the step before must have opened; a clear failure when it did not."""
    if not isinstance(value, kind):
        raise SelfTestError(f"{what} did not open (found {type(value).__name__})")
    return value


class SelfTestError(RuntimeError):
    """A step did not leave the app as the next step needs it."""


__all__ = ["right_answer", "run_self_test"]
