"""Take a screenshot of the running app (for the README and for looking at what we build).

Run under a real or virtual X display, e.g.:
    xvfb-run -s "-screen 0 1400x900x24" python scripts/screenshot.py --doc definition-of-trafficking --lang ru -o shot.png
    xvfb-run -s "-screen 0 1400x900x24" python scripts/screenshot.py --doc mia-m1-definitions --training exam-result -o exam.png
    xvfb-run -s "-screen 0 1400x900x24" python scripts/screenshot.py --checklist first-responder-screen --case-record -o case-record.png
    xvfb-run -s "-screen 0 1400x900x24" python scripts/screenshot.py --doc definition-of-trafficking --anchor consent \
        --notes "Compare with Art. 135 as amended in 2025." --theme dark -o dark.png
It grabs the whole screen, as a user would see it, not just the widget tree.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QWidget

from tiphandbook.core.content.loader import load_library
from tiphandbook.core.content.model import Question
from tiphandbook.core.navigation import HOME, Location
from tiphandbook.core.paths import HOME_ENV, UserDirs, bundled_root
from tiphandbook.ui.shell.app import create_main_window
from tiphandbook.ui.shell.main_window import MainWindow

TRAINING_VIEWS = ("quiz", "practice", "exam-result", "classroom", "lesson-plan", "progress")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--content", type=Path, default=bundled_root())
    parser.add_argument("--doc", help="document id to open (default: the home page)")
    parser.add_argument("--checklist", help="checklist id to open")
    parser.add_argument("--part", help="part id to open: its page, and its branch of the contents tree opened")
    parser.add_argument("--anchor", default="")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--find", help="text to find in the page")
    parser.add_argument("--training", choices=TRAINING_VIEWS, help="show a training view of the module opened with --doc")
    parser.add_argument("--case-record", action="store_true",
                        help="start a case record from --checklist, answer a few items with notes, and show it beside "
                             "the handbook section of the selected item")
    parser.add_argument("--search", metavar="QUERY", help="type a query in the search panel (waits for the index)")
    parser.add_argument("--interface", metavar="TAG", help="interface language: en, ru, uz-Latn, uz-Cyrl")
    parser.add_argument("--theme", help="system, light, dark or high-contrast")
    parser.add_argument("--print-preview", action="store_true",
                        help="show the first print job of the page on screen (File › Print) in a print preview")
    parser.add_argument("--size", default="1300x850", help="main window size, WIDTHxHEIGHT")
    parser.add_argument("--notes", metavar="TEXT", help="bookmark the section of --anchor, write TEXT as its note, and "
                                                        "show the Bookmarks tab and the Notes panel")
    parser.add_argument("--screening", choices=("officer", "person", "summary"),
                        help="run a consular screening interview (officer language: --interface) and show the "
                             "officer's window, the person's full-screen view, or the summary at the end")
    parser.add_argument("--person-lang", default="uz-Cyrl", help="the person's language for --screening")
    parser.add_argument("--note-pdf", type=Path, help="with --screening summary: also write the referral note here "
                                                      "(bilingual with Uzbek)")
    parser.add_argument("--parallel", metavar="LANG", help="open --doc in the parallel reader beside LANG")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()

    os.environ.setdefault(HOME_ENV, tempfile.mkdtemp(prefix="tiphandbook-shot-"))
    app = QApplication([])
    window, _ = create_main_window(args.content, UserDirs.resolve())
    window.set_library(load_library(args.content))
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    window.set_content_language(args.lang)
    if args.interface:
        window.appearance.set_interface_language(args.interface)
    if args.theme:
        window.appearance.set_theme(args.theme)
    if args.doc:
        window.open_location(Location("doc", args.doc, args.anchor))
    elif args.checklist:
        window.open_location(Location("checklist", args.checklist, args.anchor))
    elif args.part:
        window.open_location(Location("part", args.part))
        branch = window.tree.item_for(Location("part", args.part))
        if branch is not None:
            branch.setExpanded(True)
    else:  # the home page, not the last place read (which the app reopens at start)
        window.open_location(HOME)
    if args.find:
        window.find_bar.open_bar()
        window.find_bar.edit.setText(args.find)
    if args.search:
        show_search(app, window, args.search)
    if args.notes:
        show_notes(window, args.notes)
    shown: QWidget = show_training(window, args.training) if args.training else window
    if args.screening:
        shown = show_screening(window, args.screening, args.person_lang, args.note_pdf)
    if args.parallel:
        shown = show_parallel(window, args.doc, args.lang, args.parallel)
    if args.print_preview:
        shown = show_print_preview(window, width, height)

    area = shown.frameGeometry()
    if args.case_record:
        area = area.united(show_case_record(window, args.checklist).frameGeometry())

    def grab() -> None:
        screen = app.primaryScreen()
        screen.grabWindow(0).copy(area).save(str(args.output), "PNG", 0)  # 0: the smallest file
        window.close()  # locks the records, which closes an interview's windows (the person's view refuses others)
        app.quit()

    QTimer.singleShot(800, grab)
    app.exec()


def show_search(app: QApplication, window: MainWindow, query: str) -> None:
    """Wait for the index (built in its worker thread), type the query, wait for the results."""
    deadline = time.monotonic() + 120
    while not (window.searching.service and window.searching.service.is_ready) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    window.searching.focus()
    window.searching.panel.field.setText(query)
    window.searching.panel.run_query()
    while window.searching.panel.model.rowCount() == 0 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)


def show_print_preview(window: MainWindow, width: int, height: int) -> QWidget:
    """What File › Print would print for the page on screen (its first choice), in Qt's print preview."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from tiphandbook.ui.common.page_printer import print_html
    from tiphandbook.ui.common.themes import reader_stylesheet
    from tiphandbook.ui.printing.printing import PRINT_CSS

    job = window.printing.jobs()[0]
    preview = QPrintPreviewDialog(window)  # with a printer of its own, which lives as long as the dialog
    preview.paintRequested.connect(
        lambda device: print_html(job.html(), reader_stylesheet("light") + PRINT_CSS, device, job.title, job.notice))
    preview.resize(width, height)
    preview.move(0, 0)
    preview.show()
    return preview


def show_notes(window: MainWindow, text: str) -> None:
    """Bookmark the section on screen and write a note on it through the Bookmarks menu's own actions."""
    reading = window.reading
    reading.bookmark_current()
    reading.note_on_current()
    reading.notes_panel.editor.setPlainText(text)
    reading.save_note()
    reading.show_bookmarks()
    window.reader.setFocus()


def show_training(window: MainWindow, view: str) -> QWidget:
    """Open a training view for the module on screen; an exam is answered (a few wrong) to show its result."""
    from tiphandbook.ui.training.progress_view import ProgressView
    from tiphandbook.ui.training.quiz_window import utc_now

    training = window.training
    if view == "classroom":  # on the first choice question, its answer revealed
        presenter = training.present_quiz(training.choose_quiz())
        presenter.show_slide(next(i for i, slide in enumerate(presenter.slides) if 'class="options"' in slide.body))
        presenter.reveal()
        return presenter
    if view == "lesson-plan":
        return training.present_lesson_plan()
    if view == "progress":
        progress = ProgressView(window.library, training.history, window.lang, utc_now, window)
        progress.resize(1000, 600)
        progress.show()
        return progress
    quiz_window = training.open_quiz(training.choose_quiz())
    quiz_window.resize(1000, 780)
    quiz_window.move(0, 0)
    if view == "practice":
        session = quiz_window.start("practice", seed=3)
        index = next(i for i, q in enumerate(session.questions) if q.type == "multiple")
        session.answer(session.questions[index].id, sample_answer(session.questions[index], right=False))
        quiz_window.question_page.show_question(index)
    elif view == "exam-result":
        session = quiz_window.start("exam", seed=3)
        for n, question in enumerate(session.questions):
            session.answer(question.id, sample_answer(question, right=n % 4 != 3))
        quiz_window.finish()
    return quiz_window


CASE_ENTRIES = (  # (item id, state, note): a first-responder screening under way
    ("safety-first", "done", "No injuries. Offered water and a seat; ambulance not needed."),
    ("speak-alone", "done", "Spoke in the back office; the 'supervisor' waited outside."),
    ("own-language", "done", "Uzbek; interpreter from the regional court list (not the employer's)."),
    ("documents-held", "done", "Says the employer 'keeps' her passport for registration since March. Victim "
                               "referred to as D.K. only. Ask the employer to produce the passport."),
    ("movement-restricted", "open", "Not yet asked: follow up at the second interview."),
)


def show_case_record(window: MainWindow, checklist_id: str) -> QWidget:
    """Set a passphrase and start a record through the Cases dialogs, answer a few items, select the one about
    documents and open its handbook section in the reader, the two windows side by side."""
    from tiphandbook.core.cases.records import ItemState
    from tiphandbook.core.navigation import internal_url

    cases = window.cases
    cases.new_record(checklist_id)
    setup = cases.dialog
    for field in (setup.passphrase, setup.again):
        field.setText("a screenshot passphrase")
    setup.understood.setChecked(True)
    setup.accept()
    new = cases.dialog
    new.reference.setText("CR-2026/0417")
    new.case_title.setText("Garment workshop, Chilonzor district")
    new.accept()
    view = next(iter(cases.record_views.values()))
    rows = {row.data(0, 256): row for row in view.rows()}  # Qt.ItemDataRole.UserRole
    for item_id, state, note in CASE_ENTRIES:
        view.tree.setCurrentItem(rows[item_id])
        view.state_buttons[ItemState(state)].setChecked(True)
        view.note.setPlainText(note)
        view.save()
    window.resize(620, 880)
    window.move(0, 0)
    window.splitter.setSizes([170, 450])
    view.resize(780, 880)
    view.move(620, 0)
    view.tree.setCurrentItem(rows["documents-held"])
    window.follow_link(QUrl(internal_url(view.record.template.item("documents-held").ref)))
    return view


def show_screening(window: MainWindow, view: str, person_lang: str, note_pdf: Path | None) -> QWidget:
    """A consular interview through the Cases menu's dialogs: consent, a few answers with a note and an observation
    (officer, person), or every card answered (summary)."""
    screening = window.screening
    screening.new_interview()
    setup = window.cases.dialog
    for field in (setup.passphrase, setup.again):
        field.setText("a screenshot passphrase")
    setup.understood.setChecked(True)
    setup.accept()
    officer = screening._start("consular-screen", person_lang, "CONS-2026/118")  # noqa: SLF001 - as the menu does
    answers = iter(("yes", "no", "no", "yes", "yes"))
    while (card := officer.current_card()) is not None and (view == "summary" or len(officer.session.answers) < 5):
        if card.kind == "text":
            officer.give("", "Tashkent region")
        else:
            wanted = next(answers, card.answers()[0])
            officer.give(wanted if wanted in card.answers() else card.answers()[0])
    officer.note_edit.setText("Came alone; a man waited at the gate and phoned twice.")
    officer.add_note()
    officer.observe_box.setCurrentIndex(officer.observe_box.findData("vulnerability"))
    officer.observe()
    if view == "person":
        return screening.show_person(next(iter(screening.officers)))
    samples = ("Consulate waiting room; came on her own after a call to the hotline", "Consular officer, visa section",
               "None: the person read the cards in Uzbek Cyrillic")
    for field, text in zip(officer.session.guide.note_fields, samples, strict=False):  # the first fields only
        officer.note_fields[field.id].setText(text)
        officer.set_field(field.id, text)
    officer.note_language.setCurrentIndex(officer.note_language.findData("uz"))
    if note_pdf is not None:
        from tiphandbook.ui.screening.referral_pdf import write_note

        write_note(officer.session, [officer.session.guide, window.library.screening.guide("consular-screen", "uz")],
                   note_pdf, screening._describe(officer.session.guide.lang))  # noqa: SLF001
    officer.resize(1200, 720)
    officer.move(0, 0)
    return officer


def show_parallel(window: MainWindow, doc_id: str, left: str, right: str) -> QWidget:
    reader = window.parallel_languages.open_reader()
    reader.show_page("doc", doc_id, left, right)
    reader.resize(1300, 740)
    reader.move(0, 0)
    reader.scroll_to("ilo-indicators")
    return reader


def sample_answer(question: Question, right: bool) -> object:
    """A right answer, or a plausible wrong one, in the quiz's own order."""
    correct = [i for i, o in enumerate(question.options) if o.correct]
    wrong = [i for i, o in enumerate(question.options) if not o.correct]
    n = len(question.pairs or question.items)
    if question.type == "single":
        return correct[0] if right else wrong[0]
    if question.type == "multiple":
        return frozenset(correct) if right else frozenset(correct[:1] + wrong[:1])
    if question.type == "true_false":
        return question.answer if right else not question.answer
    if question.type == "matching":
        return tuple(range(n)) if right else tuple((i + 1) % n for i in range(n))
    if question.type == "ordering":
        return tuple(range(n)) if right else tuple(reversed(range(n)))
    return question.answers[0] if right else "?"

if __name__ == "__main__":
    main()
