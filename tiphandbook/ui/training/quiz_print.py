"""Print a quiz handout or its answer key to PDF through the shared page printer (A4, the bundled font embedded,
the footer with page numbers and the training-edition notice)."""

from __future__ import annotations

from pathlib import Path

from tiphandbook.ui.common import page_printer

PRINT_CSS = """
h1 { font-size: 16pt; margin-bottom: 2px; }
p { margin-top: 3px; margin-bottom: 7px; }
p.prompt { margin-top: 14px; }
p.meta, p.hint { color: #444444; font-size: 9.5pt; }
p.hint { font-style: italic; }
ul.options { list-style-type: none; margin-top: 2px; }
table.matching td { padding: 3px; }
"""


def write_pdf(html: str, path: Path, title: str, notice: str) -> int:
    """Lay ``html`` out on A4 pages, write it to ``path`` and return the number of pages."""
    return page_printer.write_pdf(html, PRINT_CSS, path, title, notice)
