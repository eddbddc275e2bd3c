"""Print a quiz handout or its answer key to PDF with QPdfWriter (A4, the bundled font embedded)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from tiphandbook.ui.fonts import bundled_font_family

PRINT_CSS = """
h1 { font-size: 16pt; margin-bottom: 2px; }
p { margin-top: 3px; margin-bottom: 7px; }
p.prompt { margin-top: 14px; }
p.meta, p.hint { color: #444444; font-size: 9.5pt; }
p.hint { font-style: italic; }
ul.options { list-style-type: none; margin-top: 2px; }
table.matching td { padding: 3px; }
"""


def write_pdf(html: str, path: Path, title: str) -> None:
    """Lay ``html`` out on A4 pages and write it to ``path``."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("tiphandbook")
    document = QTextDocument()
    document.setDefaultFont(QFont(bundled_font_family(), 11))
    document.setDefaultStyleSheet(PRINT_CSS)
    document.setHtml(html)
    document.print_(writer)
