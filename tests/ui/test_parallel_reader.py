"""The parallel-language reader: a chapter beside its translation, section by section, scrolling together, printed
together."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from tests.helpers.paths import REPO_ROOT
from tests.helpers.windows import open_window
from tiphandbook.core.navigation import Location
from tiphandbook.ui.printing.printing import PrintJob
from tiphandbook.ui.reader.parallel_reader import ParallelReader, aligned_rows
from tiphandbook.ui.shell.main_window import MainWindow

CHAPTER = "victim-indicators"


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    return open_window(qtbot, REPO_ROOT, size=(1000, 700))


def heading_top(reader: ParallelReader, title: str) -> int:
    cursor = reader.view.document().find(title, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not cursor.isNull(), title
    return reader.view.cursorRect(cursor).top()


def test_a_chapter_beside_its_translation_scrolls_together_section_by_section(qtbot: QtBot, window: MainWindow) -> None:
    window.open_location(Location("doc", CHAPTER))
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    reader = window.parallel_languages.reader
    assert reader is not None
    qtbot.waitExposed(reader)
    assert (reader.left.currentData(), reader.right.currentData()) == ("en", "ru")
    english, russian = (window.library.document(CHAPTER, lang) for lang in ("en", "ru"))
    assert russian.lang == "ru"
    height = reader.view.viewport().height()
    for section in english.sections[2:5]:
        translated = next(s for s in russian.sections if s.anchor == section.anchor)
        reader.scroll_to(section.anchor)
        left, right = heading_top(reader, section.title), heading_top(reader, translated.title)
        assert 0 <= left < height and abs(left - right) <= 2  # side by side, on screen together
    bar = reader.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # wherever the reader scrolls, both languages move as one
    last = english.sections[-1]
    assert heading_top(reader, last.title) == heading_top(reader, next(s.title for s in russian.sections if s.anchor == last.anchor))


def test_a_section_only_one_language_has_gets_an_empty_side() -> None:
    left = '<h1><a name="top"></a>T</h1><p>a</p><h2><a name="one"></a>One</h2><p>b</p>'
    right = '<h1><a name="top"></a>Т</h1><h2><a name="extra"></a>Доп</h2><p>x</p><h2><a name="one"></a>Один</h2>'
    assert [(a, bool(mine), bool(theirs)) for a, mine, theirs in aligned_rows(left, right)] == [
        ("top", True, True), ("extra", False, True), ("one", True, True)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext to read the PDF back")
def test_the_two_languages_print_side_by_side(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.open_location(Location("doc", CHAPTER))
    reader = window.parallel_languages.open_reader()
    reader.show_page("doc", CHAPTER, "uz", "en")
    path = tmp_path / "parallel.pdf"
    title, file_name, notice = reader.print_details()
    assert window.printing.write_pdf(PrintJob(title, title, file_name, reader.html, notice), path) >= 1
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for lang in ("uz", "en"):
        assert window.library.document(CHAPTER, lang).sections[1].title in " ".join(text.split())
