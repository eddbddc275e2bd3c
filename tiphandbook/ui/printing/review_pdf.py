"""The printable review worksheet as a PDF (A4, the bundled font, so Cyrillic and Uzbek Latin print anywhere).

Called from the command line, where no window exists: a GUI application is created on the offscreen platform
for the text layout and nothing is shown.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from tiphandbook.ui.common.fonts import bundled_font_family

CSS = """
h1 { font-size: 15pt; }
h3 { font-size: 11pt; margin-top: 14px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 4px; }
p.meta { color: #444444; font-size: 8.5pt; }
"""


def write_worksheet_pdf(html: str, path: Path, title: str) -> None:
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep_alive.append(QApplication([]))  # a widgets application, so that one process can also open windows
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("tiphandbook")
    document = QTextDocument()
    document.setDefaultFont(QFont(bundled_font_family(), 9))
    document.setDefaultStyleSheet(CSS)
    document.setHtml(html)
    # lay the text out on the page's printable width (in points, the document's unit), not the screen's default
    document.setPageSize(QSizeF(writer.pageLayout().paintRect(QPageLayout.Unit.Point).size()))
    document.print_(writer)


_keep_alive: list[QApplication] = []  # the application must outlive every Qt object drawn with it
