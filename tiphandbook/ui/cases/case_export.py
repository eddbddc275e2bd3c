"""Write a case record to Markdown or PDF for the case file, after warning that the file will not be encrypted.

The PDF embeds the bundled DejaVu Sans, so Cyrillic and Uzbek letters print on any machine.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tiphandbook.core.cases.export import record_html, record_markdown
from tiphandbook.core.cases.records import CaseRecord
from tiphandbook.ui.common.fonts import bundled_font_family

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
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)
    writer.setTitle(record.template.title)  # the metadata names the checklist, never the case
    writer.setCreator("tiphandbook")
    document = QTextDocument()
    document.setDefaultFont(QFont(bundled_font_family(), 10))
    document.setDefaultStyleSheet(PDF_CSS)
    document.setHtml(record_html(record, now, describe_ref))
    document.print_(writer)
    if not path.exists():
        raise OSError(f"{path} could not be written")


def export_record(parent: QWidget, record: CaseRecord, pdf: bool, describe_ref: Callable[[str], str]) -> Path | None:
    """Ask, then where, then write; the saved path, or None when the user stopped."""
    answer = QMessageBox.warning(
        parent, parent.tr("Export is not encrypted"),
        parent.tr("The exported file is not encrypted: anyone who can open it can read the case reference, the notes "
                  "and the names in it. Save it only where the case file is kept, and delete copies you no longer need."),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Save:
        return None
    suffix, kind = (".pdf", parent.tr("PDF files (*.pdf)")) if pdf else (".md", parent.tr("Markdown files (*.md)"))
    name = f"case-record-{record.template.checklist_id}-{record.updated:%Y%m%d}{suffix}"  # no case data in file names
    chosen, _ = QFileDialog.getSaveFileName(parent, parent.tr("Export case record"), name, kind)
    if not chosen:
        return None
    path = Path(chosen).with_suffix(suffix) if Path(chosen).suffix.lower() != suffix else Path(chosen)
    try:
        write_record(record, path, describe_ref)
    except OSError as exc:
        QMessageBox.warning(parent, parent.tr("Export case record"), str(exc))
        return None
    return path
