"""Print and PDF: Ctrl+P offers the chapter on screen, its whole part, or the checklist template; the PDF has the
headings, a footer with page numbers, and the bundled DejaVu Sans, so Cyrillic and Uzbek letters come out."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tiphandbook.core.navigation import HOME, Location
from tiphandbook.ui.shell.main_window import MainWindow
from tiphandbook.ui.printing.printing import PrintDialog
from tests.helpers.windows import open_window

PDFTOTEXT = shutil.which("pdftotext")


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def pdf_text(path: Path) -> str:
    return subprocess.run([PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def labels(window: MainWindow) -> list[str]:
    return [job.label for job in window.printing.jobs()]


def test_ctrl_p_offers_what_is_on_screen_and_saves_the_choice_as_pdf(qtbot, content: Path, tmp_path: Path,  # noqa: ANN001
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, content)
    window.open_location(Location("doc", "alpha", "second"))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.printing.dialog
    assert isinstance(dialog, PrintDialog) and dialog.isVisible()
    assert [b.text() for b in dialog.choices.buttons()] == ["This chapter: Alpha chapter", "The whole part: A. Part one"]
    target = tmp_path / "part-one"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))  # the user names a file
    dialog.choices.button(1).setChecked(True)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".pdf")
    assert saved.is_file() and pdf_pages(saved) == 3  # the part's contents, then each chapter from a new page
    assert window.statusBar().currentMessage() == f"Saved {saved}"


def test_nothing_to_print_on_the_home_page(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    window.open_location(HOME)
    assert window.printing.open_dialog() is None
    assert "Open a chapter" in window.statusBar().currentMessage()


def test_the_pdf_embeds_the_bundled_font_and_numbers_its_pages(qtbot, content: Path, tmp_path: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    window.set_content_language("ru")
    window.open_location(Location("doc", "alpha"))
    chapter, part = window.printing.jobs()
    pdf = tmp_path / "alpha.ru.pdf"
    assert window.printing.write_pdf(chapter, pdf) == pdf_pages(pdf) == 1
    assert b"DejaVuSans" in pdf.read_bytes()
    assert window.printing.write_pdf(part, tmp_path / "part.pdf") == 3
    if PDFTOTEXT:  # poppler-utils, where installed, reads the text back
        text = pdf_text(pdf)
        assert "Глава альфа" in text and "Второй раздел" in text and "Слово-маркер: занзибар." in text
        assert re.search(r"Глава альфа\s+Page 1 of 1", text)
        assert "Page 3 of 3" in pdf_text(tmp_path / "part.pdf")


@pytest.mark.skipif(PDFTOTEXT is None, reason="needs pdftotext (poppler-utils) to read the PDF back")
def test_uzbek_letters_and_the_checklist_template_print(qtbot, content: Path, tmp_path: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    window.set_content_language("uz")
    window.open_location(Location("doc", "alpha"))
    window.printing.write_pdf(window.printing.jobs()[0], tmp_path / "uz.pdf")
    assert "Ikkinchi boʻlim" in pdf_text(tmp_path / "uz.pdf")
    window.open_location(Location("checklist", "screen"))
    assert labels(window) == ["The checklist template: Screening checklist"]
    window.printing.write_pdf(window.printing.jobs()[0], tmp_path / "screen.pdf")
    text = pdf_text(tmp_path / "screen.pdf")
    assert "☐ Check who holds the documents" in text and "Observe" in text
    assert "case record" not in text  # the app's "start a case record" link means nothing on paper


@pytest.mark.skipif(PDFTOTEXT is None, reason="needs pdftotext (poppler-utils) to read the PDF back")
@pytest.mark.parametrize(("lang", "notice"), [("en", "Training edition: not an official publication"),
                                              ("ru", "Учебное издание, не официальная публикация"),
                                              ("uz", "Oʻquv nashri, rasmiy nashr emas")])
def test_every_printed_page_carries_the_training_edition_notice(qtbot, content: Path, tmp_path: Path,  # noqa: ANN001
                                                                 lang: str, notice: str) -> None:
    window = open_window(qtbot, content)
    window.set_content_language(lang)
    window.open_location(Location("doc", "alpha"))
    printed = {"part": window.printing.jobs()[-1]}
    window.open_location(Location("checklist", "screen"))
    printed.update(checklist=window.printing.jobs()[0])
    for name, job in printed.items():
        pages = window.printing.write_pdf(job, tmp_path / f"{name}.pdf")
        assert printed_text(tmp_path / f"{name}.pdf").count(notice) == pages, name
    quiz = window.library.quiz("intro-quiz", lang)
    for kind in ("handout", "answer-key"):
        path = window.training.write_sheet(quiz, kind, tmp_path / f"{kind}.pdf")
        assert printed_text(path).count(notice) == pdf_pages(path) >= 1, kind


def printed_text(path: Path) -> str:
    return unicodedata.normalize("NFKC", pdf_text(path))  # the font's ligatures (ﬃ) back to letters
