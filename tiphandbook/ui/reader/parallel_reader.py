"""The parallel-language reader: a chapter, module or checklist in two content languages side by side, each
section beside its translation, so a bilingual officer can check a term and a trainer can prepare a class in two
languages.

Sections are aligned by their anchors (translations keep the English anchors, which is also what makes
cross-references work in every language); a section only one side has gets a row with the other side empty. Both
languages sit in one table in one view, so they scroll together by construction and print together as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.content.model import LANGUAGES
from tiphandbook.ui.common.texts import Retranslatable, Texts, add_menu_action

if TYPE_CHECKING:
    from tiphandbook.ui.common.context import FeatureContext

LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "uz": "Oʻzbekcha"}
PrintPages = Callable[[str, str, Callable[[], str], str], object]  # title, file name, html, footer notice
_SECTION_START = re.compile(r'<h[1-6]><a name="([^"]*)"></a>')


def split_sections(html: str) -> list[tuple[str, str]]:
    """The page cut before each anchored heading: (anchor, html); what comes before the first heading is ""."""
    starts = [(m.start(), m.group(1)) for m in _SECTION_START.finditer(html)]
    cuts = [(0, "")] + starts if not starts or starts[0][0] > 0 else starts
    ends = [position for position, _ in cuts[1:]] + [len(html)]
    return [(anchor, html[start:end]) for (start, anchor), end in zip(cuts, ends, strict=True) if html[start:end].strip()]


def aligned_rows(left: str, right: str) -> list[tuple[str, str, str]]:
    """(anchor, left html, right html) in the left page's order; a section only the right page has comes after the
    section that precedes it there."""
    lefts, rights = dict(split_sections(left)), split_sections(right)
    order = list(lefts)
    for n, (anchor, _) in enumerate(rights):
        if anchor not in order:
            before = rights[n - 1][0] if n else None
            order.insert(order.index(before) + 1 if before in order else len(order), anchor)
    right_by = dict(rights)
    return [(anchor, lefts.get(anchor, ""), right_by.get(anchor, "")) for anchor in order]


def parallel_html(left: str, right: str) -> str:
    rows = "".join(f'<tr><td width="50%" valign="top">{a}</td><td width="50%" valign="top">{b}</td></tr>'
                   for _, a, b in aligned_rows(left, right))
    return f'<table width="100%" cellspacing="0" cellpadding="8" border="0">{rows}</table>'


class ParallelReader(Retranslatable, QWidget):
    def __init__(self, context: FeatureContext, print_pages: PrintPages) -> None:
        super().__init__(context.window, Qt.WindowType.Window)
        self.context = context
        self.print_pages_with = print_pages
        self.texts = Texts()
        self.texts.bind(self.setWindowTitle, lambda: self.tr("Parallel languages"))
        bar = QHBoxLayout()
        self.page = QComboBox(self)
        self.left, self.right = QComboBox(self), QComboBox(self)
        for box in (self.left, self.right):
            for lang in LANGUAGES:
                box.addItem(LANGUAGE_NAMES.get(lang, lang), lang)
        page_label, beside = QLabel(self), QLabel(self)
        self.texts.bind(page_label.setText, lambda: self.tr("&Page:"))
        self.texts.bind(beside.setText, lambda: self.tr("beside"))
        page_label.setBuddy(self.page)
        self.texts.bind(self.left.setAccessibleName, lambda: self.tr("Language on the left"))
        self.texts.bind(self.right.setAccessibleName, lambda: self.tr("Language on the right"))
        self.print_button = QPushButton(self)
        self.texts.bind(self.print_button.setText, lambda: self.tr("Print or Save as PDF…"))
        self.print_button.clicked.connect(self.print_pages)
        for widget in (page_label, self.page, self.left, beside, self.right):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(context.follow_link)
        self.view.document().setDefaultStyleSheet(context.page_stylesheet())
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._fill_pages()
        for box in (self.page, self.left, self.right):
            box.currentIndexChanged.connect(self.refresh)
        self.resize(1200, 760)

    def _fill_pages(self) -> None:
        """Every chapter, module and checklist, titled in the content language being read."""
        library, lang = self.context.library, self.context.lang
        self.page.blockSignals(True)
        ids = [*(c for part in library.parts for c in part.chapters), *(m for a in library.academies for m in a.modules)]
        for doc_id in dict.fromkeys(ids):
            doc = library.document(doc_id, lang)
            if doc is not None:
                self.page.addItem(doc.title, f"doc:{doc_id}")
        for checklist_id in library.checklist_ids():
            checklist = library.checklist(checklist_id, lang)
            if checklist is not None:
                self.page.addItem(checklist.title, f"checklist:{checklist_id}")
        self.page.blockSignals(False)

    def show_page(self, kind: str, page_id: str, left: str, right: str) -> None:
        for box, value in ((self.page, f"{kind}:{page_id}"), (self.left, left), (self.right, right)):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)
        self.refresh()

    def rendered(self, lang: str) -> str:
        kind, _, page_id = str(self.page.currentData()).partition(":")
        library, renderer = self.context.library, self.context.renderer
        if kind == "checklist":
            checklist = library.checklist(page_id, lang)
            return renderer.checklist(checklist, lang) if checklist else ""
        doc = library.document(page_id, lang)
        return renderer.document(doc, lang) if doc else ""

    def html(self) -> str:
        return parallel_html(self.rendered(self.left.currentData()), self.rendered(self.right.currentData()))

    def refresh(self) -> None:
        if self.page.currentData() is None:
            return
        scroll = self.view.verticalScrollBar().value()
        self.view.setHtml(self.html())
        self.view.verticalScrollBar().setValue(scroll)

    def scroll_to(self, anchor: str) -> None:
        self.view.scrollToAnchor(anchor)

    def print_details(self) -> tuple[str, str, str]:
        """The title, file name and footer notice of the printed pages (the notice in both languages)."""
        from tiphandbook.core.content.labels import label

        left, right = self.left.currentData(), self.right.currentData()
        title = f"{self.page.currentText()} ({left} | {right})"
        notice = " / ".join(dict.fromkeys(label("training-edition", lang) for lang in (left, right)))
        return title, f"{str(self.page.currentData()).partition(':')[2]}-{left}-{right}.pdf", notice

    def print_pages(self) -> None:
        title, file_name, notice = self.print_details()
        self.print_pages_with(title, file_name, self.html, notice)


class ParallelLanguages(QObject):
    """View > Parallel Languages: opens the page being read beside its translation."""

    def __init__(self, context: FeatureContext, view_menu: QMenu, print_pages: PrintPages) -> None:
        super().__init__(context.window)
        self.context = context
        self.print_pages = print_pages
        self.reader: ParallelReader | None = None
        self.action = add_menu_action(view_menu, context.texts, lambda: self.tr("&Parallel Languages…"), "Ctrl+Shift+R",
                                      self.open_reader)

    def open_reader(self) -> ParallelReader | None:
        context = self.context
        if context.loading:
            return None
        location = context.current_location()
        kind, page_id = ((location.kind, location.id) if location is not None and location.kind in ("doc", "checklist")
                         else ("doc", next((c for p in context.library.parts for c in p.chapters), "")))
        if self.reader is None:
            self.reader = ParallelReader(context, self.print_pages)
            self.reader.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.reader.destroyed.connect(lambda _=None: setattr(self, "reader", None))
        right = "ru" if context.lang != "ru" else "en"
        self.reader.show_page(kind, page_id, context.lang, right)
        if location is not None and location.anchor:
            self.reader.scroll_to(location.anchor)
        self.reader.show()
        self.reader.raise_()
        self.reader.activateWindow()
        return self.reader
