"""Write a case record to Markdown or PDF for the case file, after warning that the file will not be encrypted.

The PDF goes through the shared page printer: the bundled DejaVu Sans (Cyrillic and Uzbek letters print on any
machine) and a footer on every page saying the page is not encrypted, since a page travels without the first one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tiphandbook.core.cases.export import record_html, record_markdown
from tiphandbook.core.cases.records import CaseRecord
from tiphandbook.ui.common.page_printer import write_pdf

PDF_CSS = """
blockquote { background: #fff4ce; margin: 0; padding: 6px; }
h1 { font-size: 15pt; }
h2 { font-size: 12.5pt; margin-top: 14px; }
li { margin-top: 2px; }
"""


def write_record(record: CaseRecord, path: Path, describe_ref: Callable[[str], str]) -> None:
    """Markdown, or PDF when ``path`` ends in .pdf."""
    now = datetime.now(timezone.utc)
    if path.suffix.lower() != ".pdf":
        path.write_text(record_markdown(record, now, describe_ref), encoding="utf-8")
        return
    notice = QCoreApplication.translate("CaseExport", "NOT ENCRYPTED: a copy of a case record, keep it with the case file")
    # The title (footer and PDF metadata) names the checklist, never the case.
    write_pdf(record_html(record, now, describe_ref), PDF_CSS, path, record.template.title, notice)
    if not path.exists():
        raise OSError(f"{path} could not be written")


def export_record(parent: QWidget, record: CaseRecord, pdf: bool, describe_ref: Callable[[str], str]) -> Path | None:
    """Ask, then where, then write; the saved path, or None when the user stopped."""
    answer = QMessageBox.warning(
        parent, QCoreApplication.translate("CaseExport", "Export is not encrypted"),
        QCoreApplication.translate(
            "CaseExport",
            "The exported file is not encrypted: anyone who can open it can read the case reference, the notes "
            "and the names in it. Save it only where the case file is kept, and delete copies you no longer need."),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Save:
        return None
    pdf_files = QCoreApplication.translate("CaseExport", "PDF files (*.pdf)")
    markdown_files = QCoreApplication.translate("CaseExport", "Markdown files (*.md)")
    suffix, kind = (".pdf", pdf_files) if pdf else (".md", markdown_files)
    name = f"case-record-{record.template.checklist_id}-{record.updated:%Y%m%d}{suffix}"  # no case data in file names
    caption = QCoreApplication.translate("CaseExport", "Export case record")
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, name, kind)
    if not chosen:
        return None
    path = Path(chosen).with_suffix(suffix) if Path(chosen).suffix.lower() != suffix else Path(chosen)
    try:
        write_record(record, path, describe_ref)
    except OSError as exc:
        QMessageBox.warning(parent, caption, str(exc))
        return None
    return path
