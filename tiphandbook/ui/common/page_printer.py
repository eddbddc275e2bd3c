"""Lay HTML out on printed pages with a footer (the title, the page number out of the total, and the training-edition
notice), in the bundled DejaVu Sans so that Cyrillic and Uzbek letters print on any machine.

The text is laid out at a fixed 96 dots per inch with design metrics and scaled to the device (what Qt's own
``QTextDocument.print_`` does), so the CSS pixel sizes of the reader's stylesheet and the line breaks come out the
same in a PDF and on a 600 dpi printer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPagedPaintDevice,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from tiphandbook.ui.common.fonts import bundled_font_family

LAYOUT_DPI = 96
BODY_POINTS = 10  # what is printed: QFont took the 10.5 written here before as 10
FOOTER_POINTS = 8
PAGE_MARGINS_MM = QMarginsF(18, 16, 18, 12)


def _layout_device() -> QImage:
    """An image that says it has LAYOUT_DPI dots per inch: the text is measured as if on it."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_meter = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    return image


def page_label(number: int, total: int) -> str:
    """The right-hand side of a footer, in the interface language."""
    text = QCoreApplication.translate("PagePrinter", "Page %1 of %2")
    return text.replace("%1", str(number)).replace("%2", str(total))


def write_pdf(html: str, stylesheet: str, path: Path, title: str, notice: str) -> int:
    """Write ``html`` to ``path`` as an A4 PDF (see ``print_html``); returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("tiphandbook")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter)
    return print_html(html, stylesheet, writer, title, notice)


def print_html(html: str, stylesheet: str, device: QPagedPaintDevice, title: str, notice: str) -> int:
    """Paint ``html`` on ``device``'s pages (a QPdfWriter or a QPrinter) and return how many there are.
    ``notice`` is the footer's second line, on every page, because a printed page is read without the app (and
    its notices) around it."""
    family = bundled_font_family()
    measure = _layout_device()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(measure)
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    document.setDefaultFont(QFont(family, BODY_POINTS))
    document.setDefaultStyleSheet(stylesheet)
    document.setHtml(html)

    footer_font = QFont(family, FOOTER_POINTS)
    footer_height = QFontMetricsF(footer_font, measure).height() * 3.6
    paint_rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    body = QSizeF(paint_rect.width() * LAYOUT_DPI / 72, paint_rect.height() * LAYOUT_DPI / 72 - footer_height)
    document.setPageSize(body)
    total = document.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or the PDF file could not be opened for writing")
    scale = device.logicalDpiY() / LAYOUT_DPI
    try:
        for number in range(1, total + 1):
            if number > 1:
                device.newPage()
            top = (number - 1) * body.height()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -top)
            _draw_page(document, painter, QRectF(0, top, body.width(), body.height()))
            painter.restore()
            _paint_footer(painter, QRectF(0, body.height() * scale, body.width() * scale, footer_height * scale),
                          footer_font, title, page_label(number, total), notice)
    finally:
        painter.end()
    return total


def _draw_page(document: QTextDocument, painter: QPainter, page: QRectF) -> None:
    """One page of the document in black ink: text the stylesheet gives no colour takes the palette's, which in a
    dark theme is light grey (QTextDocument.drawContents would use the application's)."""
    context = QAbstractTextDocumentLayout.PaintContext()
    for role, colour in ((QPalette.ColorRole.Text, "#000000"), (QPalette.ColorRole.WindowText, "#000000"),
                         (QPalette.ColorRole.Base, "#ffffff"), (QPalette.ColorRole.Window, "#ffffff"),
                         (QPalette.ColorRole.Link, "#0b5cad"), (QPalette.ColorRole.LinkVisited, "#0b5cad")):
        context.palette.setColor(role, QColor(colour))
    context.clip = page
    painter.setClipRect(page)
    document.documentLayout().draw(painter, context)


def _paint_footer(painter: QPainter, area: QRectF, font: QFont, title: str, page: str, notice: str) -> None:
    """A thin rule, the title on the left (shortened if it would reach the page number) and the page on the right,
    and the notice on a line of its own below them."""
    rule = area.top() + area.height() * 0.2
    painter.setPen(QColor("#8a8f98"))
    painter.drawLine(QPointF(area.left(), rule), QPointF(area.right(), rule))
    painter.setPen(QColor("#333333"))
    painter.setFont(font)
    metrics = painter.fontMetrics()
    room = area.width() - metrics.horizontalAdvance(page) - metrics.horizontalAdvance("    ")
    line = QRectF(area.left(), rule, area.width(), metrics.height() * 1.4)
    middle = Qt.AlignmentFlag.AlignBottom
    painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | middle), metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(room)))
    painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | middle), page)
    painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                     metrics.elidedText(notice, Qt.TextElideMode.ElideRight, int(area.width())))
