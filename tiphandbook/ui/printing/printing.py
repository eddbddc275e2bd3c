"""Print or save as PDF (File menu, Ctrl+P): the chapter or module on screen, its whole part or curriculum, or the
checklist template on screen. Pages carry the headings as in the reader, in the light theme whatever the screen
shows, with a footer of the title and page numbers (``ui/common/page_printer.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPagedPaintDevice
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.content.labels import label
from tiphandbook.core.content.model import pick
from tiphandbook.ui.common.icons import set_icon
from tiphandbook.ui.common.texts import Retranslatable, Texts

if TYPE_CHECKING:
    from tiphandbook.ui.common.context import FeatureContext

PRINT_CSS = """
body { font-size: 10.5pt; color: #000000; }
h1 { font-size: 17pt; color: #12325c; }
h2 { font-size: 13.5pt; color: #12325c; margin-top: 16px; }
h3 { font-size: 11.5pt; margin-top: 12px; }
a { color: #0b3d7a; }
"""


@dataclass(frozen=True)
class PrintJob:
    """One thing that can be printed from where the reader is."""

    label: str  # as offered in the dialog
    title: str  # in the footer and the PDF's metadata
    file_name: str
    html: Callable[[], str]  # rendered only if chosen (a whole part takes a moment)
    notice: str  # the training-edition notice in the content's language, in every page's footer


class PrintDialog(Retranslatable, QDialog):
    """Which of the jobs, then Print… or Save as PDF…; ``to_pdf`` says which button closed it."""

    def __init__(self, jobs: list[PrintJob], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts()
        self.to_pdf = False
        self.texts.bind(self.setWindowTitle, lambda: self.tr("Print or save as PDF"))
        layout = QVBoxLayout(self)
        question = QLabel(self)
        self.texts.bind(question.setText, lambda: self.tr("What to print:"))
        layout.addWidget(question)
        self.choices = QButtonGroup(self)
        for number, job in enumerate(jobs):
            button = QRadioButton(job.label, self)
            button.setChecked(number == 0)
            self.choices.addButton(button, number)
            layout.addWidget(button)
        question.setBuddy(self.choices.button(0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.print_button = QPushButton(self)
        self.texts.bind(self.print_button.setText, lambda: self.tr("&Print…"))
        self.pdf_button = QPushButton(self)
        self.texts.bind(self.pdf_button.setText, lambda: self.tr("Save as P&DF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setDefault(True)
        buttons.clicked.connect(lambda button: setattr(self, "to_pdf", button is self.pdf_button))  # before accepted
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> int:
        return self.choices.checkedId()


class Printing(QObject):
    def __init__(self, context: FeatureContext, menu: QMenu) -> None:
        super().__init__(context.window)
        self.context = context
        self.window = context.window  # the parent of the dialogs
        self.dialog: PrintDialog | None = None
        self.action = menu.addAction("")
        context.texts.bind(self.action.setText, lambda: self.tr("&Print or Save as PDF…"))
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))  # Ctrl+P
        self.action.triggered.connect(self.open_dialog)
        set_icon(self.action, "printer")

    # -- what can be printed from here --------------------------------------------------------------------
    def jobs(self) -> list[PrintJob]:
        from tiphandbook.core.content.print_html import checklist_html, collection_html

        context, library, lang = self.context, self.context.library, self.context.lang
        location = context.current_location()
        if location is None or context.loading:
            return []
        renderer = context.renderer
        notice = label("training-edition", lang)
        if location.kind == "checklist":
            checklist = library.checklist(location.id, lang)
            if checklist is None:
                return []
            return [PrintJob(self.tr("The checklist template: %1").replace("%1", checklist.title), checklist.title,
                             f"{checklist.id}.pdf", lambda: checklist_html(renderer, checklist, lang), notice)]
        doc = library.document(location.id, lang) if location.kind == "doc" else None
        if doc is None:
            return []
        what = self.tr("This module: %1") if doc.module is not None else self.tr("This chapter: %1")
        jobs = [PrintJob(what.replace("%1", doc.title), doc.title, f"{doc.id}.pdf", lambda: renderer.document(doc, lang), notice)]
        part = library.part_of(doc.id)
        academy = next((a for a in library.academies if doc.id in a.modules), None)
        if part is not None:
            title = part.display_title(lang)
            jobs.append(PrintJob(self.tr("The whole part: %1").replace("%1", title), title, f"{part.id}.pdf",
                                 lambda: collection_html(renderer, library, title, part.chapters, lang), notice))
        elif academy is not None:
            title = pick(academy.titles, lang)
            jobs.append(PrintJob(self.tr("The whole curriculum: %1").replace("%1", title), title, f"{academy.id}.pdf",
                                 lambda: collection_html(renderer, library, title, academy.modules, lang), notice))
        return jobs

    # -- the dialog ---------------------------------------------------------------------------------------
    def open_dialog(self) -> PrintDialog | None:
        jobs = self.jobs()
        if not jobs:
            self.context.status(self.tr("Open a chapter, a module or a checklist to print it."), 5000)
            return None
        return self._offer(jobs)

    def print_pages(self, title: str, file_name: str, html: Callable[[], str], notice: str) -> PrintDialog:
        """The print dialog for pages another feature made (the parallel reader's two languages)."""
        return self._offer([PrintJob(title, title, file_name, html, notice)])

    def _offer(self, jobs: list[PrintJob]) -> PrintDialog:
        self.dialog = PrintDialog(jobs, self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(lambda d=self.dialog: self._chosen(jobs[d.chosen()], d.to_pdf))
        self.dialog.open()
        return self.dialog

    def _chosen(self, job: PrintJob, to_pdf: bool) -> None:
        self.dialog = None
        if to_pdf:
            self.save_pdf(job)
        else:
            self.print_job(job)

    # -- output -------------------------------------------------------------------------------------------
    def save_pdf(self, job: PrintJob) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save as PDF"), job.file_name, self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        try:
            self.write_pdf(job, path)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Save as PDF"), str(exc))
            return None
        self.context.status(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return path

    def write_pdf(self, job: PrintJob, path: Path) -> int:
        """Write ``job`` to ``path`` (A4); returns the number of pages."""
        from tiphandbook.ui.common.page_printer import write_pdf
        from tiphandbook.ui.common.themes import reader_stylesheet

        return write_pdf(job.html(), reader_stylesheet("light") + PRINT_CSS, path, job.title, job.notice)

    def print_job(self, job: PrintJob) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from tiphandbook.ui.common.page_printer import PAGE_MARGINS_MM

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(job.title)
        printer.setPageMargins(PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self._paint(job, printer)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Print"), str(exc))

    def _paint(self, job: PrintJob, device: QPagedPaintDevice) -> int:
        from tiphandbook.ui.common.page_printer import print_html
        from tiphandbook.ui.common.themes import reader_stylesheet

        return print_html(job.html(), reader_stylesheet("light") + PRINT_CSS, device, job.title, job.notice)
