"""The look a user notices: the home page's sections and where their links go, what empty lists say, icons in
every theme, readable contrast in high contrast, and quiz feedback that shows right and wrong (not by colour only)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.case_samples import (
    NOW,
    REFERENCE,
    TITLE,
    open_store,
    sample_template,
)
from tests.helpers.paths import REPO_ROOT
from tests.helpers.windows import open_window
from tests.ui.test_quiz_ui import choose, click, put_in_order
from tiphandbook.core.navigation import HOME, Location
from tiphandbook.core.paths import UserDirs
from tiphandbook.ui.cases.case_dialogs import SetUpPassphraseDialog, UnlockDialog
from tiphandbook.ui.common.icons import ICON_PROPERTY, icon_dir, pixmap
from tiphandbook.ui.common.look import PALETTES
from tiphandbook.ui.shell.main_window import MainWindow
from tiphandbook.ui.training.progress_view import ProgressView
from tiphandbook.ui.training.quiz_window import utc_now


@pytest.fixture
def window(qtbot: QtBot, content: Path) -> MainWindow:
    return open_window(qtbot, content, size=(900, 600))


def home_text(window: MainWindow) -> str:
    window.open_location(HOME)
    return window.reader.toPlainText()


def home_links(window: MainWindow) -> set[str]:
    window.open_location(HOME)
    return set(re.findall(r'href="([^"]+)"', window.reader.toHtml()))


# -- the home page ------------------------------------------------------------------------------------------
def test_a_first_start_home_page_says_where_to_begin_and_lists_checklists(qtbot: QtBot, window: MainWindow) -> None:
    text = home_text(window)
    for section in ("Continue where you left off", "Due for review", "Case records", "The handbook", "Checklists",
                    "Curricula"):
        assert section in text
    assert "Nothing read yet." in text and "Nothing is due." in text and "No case record in progress." in text
    assert "Screening checklist" in text
    window.follow_link(QUrl("checklist:screen"))  # the Checklists section's link opens the checklist
    assert window.history.current == Location("checklist", "screen")
    assert "Screening checklist" in window.reader.toPlainText()


def test_the_home_page_continues_where_the_reader_left_off(window: MainWindow) -> None:
    window.open_location(Location("doc", "alpha", "second"))
    window.open_location(Location("doc", "beta"))
    text = home_text(window)
    assert "Nothing read yet." not in text and "Recently read" in text
    window.follow_link(QUrl("doc:beta"))
    assert window.history.current.id == "beta"


def test_due_reviews_on_the_home_page_open_their_quiz(qtbot: QtBot, window: MainWindow) -> None:
    quiz_window = window.training.open_quiz("intro-quiz")
    click(qtbot, quiz_window.practice_button)
    page = quiz_window.question_page
    choose(qtbot, quiz_window, "False")
    click(qtbot, page.check_button)
    click(qtbot, page.next_button)
    choose(qtbot, quiz_window, "Act")  # missed: it goes to the review queue
    click(qtbot, page.check_button)
    click(qtbot, page.next_button)
    put_in_order(qtbot, page.input)
    click(qtbot, page.check_button)
    click(qtbot, page.finish_button)
    quiz_window.close()
    qtbot.waitUntil(lambda: "intro-quiz" not in window.training.quiz_windows)

    assert "1 question due" in home_text(window)
    assert "quiz:intro-quiz" in home_links(window)
    window.follow_link(QUrl("quiz:intro-quiz"))
    assert window.training.quiz_windows["intro-quiz"].isVisible()


def test_open_case_records_are_counted_without_showing_case_data(qtbot: QtBot, content: Path) -> None:
    db, _, store = open_store(UserDirs.resolve().data)
    try:
        store.start(sample_template(), REFERENCE, TITLE, NOW)
        store.start(sample_template(), "SECOND-2", "", NOW)
    finally:
        db.close()
    window = open_window(qtbot, content)
    text = home_text(window)
    assert "2 case records in progress" in text
    assert REFERENCE not in text and TITLE not in text and "SECOND-2" not in text  # locked: a number only
    window.follow_link(QUrl("case:"))  # the count opens the records list, after the passphrase
    assert isinstance(window.cases.dialog, UnlockDialog) and window.cases.dialog.isVisible()


def test_the_case_records_link_on_a_first_start_sets_up_a_passphrase(window: MainWindow) -> None:
    assert "case:" not in home_links(window)  # nothing to open yet: the card says how to start one
    window.follow_link(QUrl("case:screen"))  # a checklist's own "start a case record" link still starts one
    assert isinstance(window.cases.dialog, SetUpPassphraseDialog)
    window.cases.dialog.reject()


# -- empty states -------------------------------------------------------------------------------------------
def test_empty_lists_say_what_would_be_there(qtbot: QtBot, window: MainWindow) -> None:
    bookmarks = window.reading.bookmarks_panel
    window.reading.show_bookmarks()
    assert bookmarks.empty.isVisible() and not bookmarks.list.isVisible()
    assert "Ctrl+D" in bookmarks.empty.text()

    window.reading.dock.show()
    notes = window.reading.notes_panel
    assert notes.empty.isVisible() and "No notes yet." in notes.empty.text()

    window.searching.focus()
    search = window.searching.panel
    assert search.empty.isVisible() and "Search the handbook" in search.empty.text()
    qtbot.waitUntil(lambda: window.searching.service is not None and window.searching.service.is_ready, timeout=20000)
    qtbot.keyClicks(search.field, "zzqxv")
    qtbot.waitUntil(lambda: "Nothing found" in search.empty.text() and search.empty.isVisible(), timeout=10000)
    search.field.clear()
    qtbot.keyClicks(search.field, "section")
    qtbot.waitUntil(lambda: search.model.rowCount() > 0 and search.results_view.isVisible(), timeout=10000)
    assert not search.empty.isVisible()

    progress = ProgressView(window.library, window.training.history, window.lang, utc_now, window)
    qtbot.addWidget(progress)
    progress.show()
    assert progress.empty.isVisible() and "No quiz taken yet" in progress.empty.text()


def test_an_empty_records_list_says_how_to_start_one(qtbot: QtBot, window: MainWindow) -> None:
    db, _, _ = open_store(UserDirs.resolve().data)  # a passphrase set, no records
    db.close()
    window.cases.open_action.trigger()
    dialog = window.cases.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClicks(dialog.passphrase, "correct horse battery staple")
    click(qtbot, dialog.ok_button)
    records = window.cases.records_window
    assert records is not None and records.empty.isVisible() and not records.table.isVisible()
    assert "No case records yet." in records.empty.text()


# -- icons and themes ---------------------------------------------------------------------------------------
def _ink(image: QImage) -> QColor:
    """The colour of an icon's drawn (opaque) pixels."""
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                return colour
    raise AssertionError("the icon is blank")


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_icons_load_and_follow_the_theme(qtbot: QtBot, window: MainWindow, theme: str) -> None:
    window.appearance.set_theme(theme)
    expected = QColor(PALETTES[theme].icon)
    for action in (window.back_action, window.home_action, window.search_action, window.cases.lock_action):
        image = action.icon().pixmap(40, 40).toImage()
        assert not image.isNull(), action.text()
        ink = _ink(image)
        assert abs(ink.red() - expected.red()) + abs(ink.green() - expected.green()) + abs(ink.blue() - expected.blue()) < 30


def test_every_icon_named_in_the_code_is_bundled_with_its_licence() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in (REPO_ROOT / "tiphandbook" / "ui").rglob("*.py"))
    named = set(re.findall(r'(?:set_icon\([^,]+, |icon=|EmptyState\(|set_icon\()"([a-z0-9-]+)"', source))
    named |= set(re.findall(r'\(self\.\w+, "([a-z0-9-]+)"\)', source))  # (widget, "icon-name") pairs
    bundled = {p.stem for p in icon_dir().glob("*.svg")}
    assert named and named <= bundled, named - bundled
    assert (icon_dir() / "LICENSE").is_file() and "ISC" in (icon_dir() / "LICENSE").read_text(encoding="utf-8")
    assert all(not pixmap(name, "#000000").isNull() for name in bundled)
    assert ICON_PROPERTY


def _contrast(one: str, two: str) -> float:
    def luminance(colour: str) -> float:
        channels = [QColor(colour).redF(), QColor(colour).greenF(), QColor(colour).blueF()]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(("theme", "least"), [("light", 4.5), ("dark", 4.5), ("high-contrast", 7.0)])
def test_text_keeps_its_contrast_in_every_theme(theme: str, least: float) -> None:
    """Body text, secondary text and the quiz states against what they are drawn on: WCAG AA, AAA in high contrast."""
    look = PALETTES[theme]
    pairs = [(look.text, look.surface), (look.text, look.window), (look.muted, look.surface), (look.muted, look.window),
             (look.on_accent, look.accent), (look.right, look.right_back), (look.wrong, look.wrong_back),
             (look.partly, look.partly_back), (look.on_selection, look.selection)]
    assert [round(_contrast(*pair), 1) for pair in pairs if _contrast(*pair) < least] == []


def test_high_contrast_is_black_on_white_with_a_heavy_focus_frame(window: MainWindow) -> None:
    window.appearance.set_theme("high-contrast")
    app = QApplication.instance()
    assert app.palette().color(QPalette.ColorRole.Text).name() == "#000000"
    assert app.palette().color(QPalette.ColorRole.Base).name() == "#ffffff"
    assert "border: 3px solid #000000" in app.styleSheet()
    window.appearance.set_theme("light")
    assert "border: 3px solid #000000" not in app.styleSheet()


# -- quiz feedback ------------------------------------------------------------------------------------------
def test_practice_feedback_shows_right_and_wrong_in_words_and_in_its_frame(qtbot: QtBot, window: MainWindow) -> None:
    quiz_window = window.training.open_quiz("intro-quiz")
    click(qtbot, quiz_window.practice_button)
    page = quiz_window.question_page
    choose(qtbot, quiz_window, "False")
    click(qtbot, page.check_button)
    assert page.feedback.property("verdict") == "right" and "✓ Correct." in page.feedback.toPlainText()
    click(qtbot, page.next_button)
    choose(qtbot, quiz_window, "Act")
    click(qtbot, page.check_button)
    assert page.feedback.property("verdict") == "wrong" and "✗ Not correct." in page.feedback.toPlainText()
    click(qtbot, page.retry_button)
    assert page.feedback.property("verdict") == ""


# -- printing does not follow the screen's theme -------------------------------------------------------------
def test_a_page_printed_in_the_dark_theme_is_the_same_black_on_white_page(window: MainWindow, tmp_path: Path) -> None:
    """Text without a colour of its own used to take the dark theme's light grey, nearly invisible on paper."""
    window.open_location(Location("doc", "alpha"))
    pictures = {}
    for theme in ("light", "dark"):
        window.appearance.set_theme(theme)
        pdf = tmp_path / f"{theme}.pdf"
        window.printing.write_pdf(window.printing.jobs()[0], pdf)
        subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "1", str(pdf), str(tmp_path / theme)], check=True)
        pictures[theme] = next(tmp_path.glob(f"{theme}*.pgm")).read_bytes()
    assert pictures["dark"] == pictures["light"]


def test_the_classroom_presenter_stays_black_on_white_in_the_dark_theme(qtbot: QtBot, window: MainWindow) -> None:
    window.appearance.set_theme("dark")
    presenter = window.training.present_quiz("intro-quiz")
    presenter.body.ensurePolished()
    colours = presenter.body.palette()
    assert colours.color(QPalette.ColorRole.Base).name() == "#ffffff"
    assert colours.color(QPalette.ColorRole.Text).name() == "#111111"
    presenter.close()
