"""The search panel: a field always at hand (Ctrl+K), filters, and results that update as you type."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tiphandbook.core.content.labels import label
from tiphandbook.core.content.model import AUDIENCES, Library, pick
from tiphandbook.core.search.results import SearchFilters, SearchHit, SearchResults
from tiphandbook.ui.common.empty_state import EmptyState
from tiphandbook.ui.common.texts import Retranslatable, Texts

if TYPE_CHECKING:  # the service imports Whoosh, which start-up must not pay for
    from tiphandbook.ui.search.search_service import SearchService

HIT_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
RECENT_ROLE = Qt.ItemDataRole.UserRole + 2
DEBOUNCE_MS = 120
RECENT_LIMIT = 10
PAGE = 30  # results asked for at a time; scrolling to the end (or "show more") asks for the next page
MORE_LINK = "more"  # the status line's "show more" while there are more results than shown
ALL_LANGUAGES_LINK = "all-languages"  # the status line's "show them" after hits in other languages only


class ResultDelegate(QStyledItemDelegate):
    """Paints a result's title, breadcrumb and highlighted snippet (HTML) inside the usual selection frame."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        document.setDefaultStyleSheet(f"small.crumb {{ color: {option.palette.color(text_role).name()}; }}")
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(option.rect.width() - 8, 50))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 - Qt override
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 6)


class SearchPanel(Retranslatable, QWidget):
    hitActivated = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: SearchService | None = None
        self.texts = Texts()
        self._suggestion = ""
        self.library: Library | None = None
        self.lang = "en"
        self.recent: list[str] = []
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.texts.bind(self.field.setPlaceholderText, lambda: self.tr("Search (Ctrl+K)"))
        self.texts.bind(self.field.setAccessibleName, lambda: self.tr("Search the handbook"))
        self.kind_box = QComboBox(self)
        self.texts.bind(self.kind_box.setAccessibleName, lambda: self.tr("Kind of result"))
        self.group_box = QComboBox(self)
        self.texts.bind(self.group_box.setAccessibleName, lambda: self.tr("Part or academy"))
        self.audience_box = QComboBox(self)
        self.texts.bind(self.audience_box.setAccessibleName, lambda: self.tr("Audience"))
        self.all_languages = QCheckBox(self)
        self.texts.bind(self.all_languages.setText, lambda: self.tr("All languages"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self._follow_status_link)
        self.model = QStandardItemModel(self)
        self.results_view = QListView(self)
        self.results_view.setModel(self.model)
        self.results_view.setItemDelegate(ResultDelegate(self.results_view))
        self.results_view.setWordWrap(True)
        self.results_view.setUniformItemSizes(False)
        self.texts.bind(self.results_view.setAccessibleName, lambda: self.tr("Search results"))
        self.results_view.activated.connect(self._activate)
        self.results_view.clicked.connect(self._activate)
        self.empty = EmptyState("search", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.field, self.kind_box, self.group_box, self.audience_box, self.all_languages, self.status,
                       self.results_view, self.empty):
            layout.addWidget(widget)
        layout.setStretchFactor(self.results_view, 1)
        layout.setStretchFactor(self.empty, 1)
        self._empty_kind = "start"
        self.texts.run(self._show_empty_state)
        self.texts.run(self._fill_kinds)
        self.texts.run(self._fill_groups_and_audiences)
        self._status_text: Callable[[], str] = lambda: self.tr("Opening the handbook…")
        self.texts.run(lambda: self.status.setText(self._status_text()))
        self.limit, self._more = PAGE, False
        self.results_view.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_query)
        self.field.textChanged.connect(self.timer.start)
        for box in (self.kind_box, self.group_box, self.audience_box):
            box.currentIndexChanged.connect(self.run_query)
        self.all_languages.toggled.connect(self.run_query)
        self.field.installEventFilter(self)

    def attach(self, service: SearchService) -> None:
        """Connect the index once the content is loaded (the window exists before it, to start fast)."""
        self.service = service
        service.results.connect(self._show_results)
        service.progress.connect(self._show_progress)
        service.ready.connect(self._index_ready)
        service.failed.connect(lambda message: self._say(lambda: self.tr("Search is unavailable: %1").replace("%1", message)))
        self._say(lambda: self.tr("Indexing…"))

    # -- filters ------------------------------------------------------------------------------------------
    def _fill_kinds(self) -> None:
        chosen = self.kind_box.currentIndex()
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        for text, kind in ((self.tr("Everything"), ""), (self.tr("Handbook"), "handbook"), (self.tr("Modules"), "module"),
                           (self.tr("Checklists"), "checklist"), (self.tr("Quizzes"), "quiz")):
            self.kind_box.addItem(text, kind)
        self.kind_box.setCurrentIndex(max(chosen, 0))
        self.kind_box.blockSignals(False)

    def set_library(self, library: Library, lang: str) -> None:
        """Fill the part/academy and audience filters from the content, in the reader's language."""
        self.library, self.lang = library, lang
        self._fill_groups_and_audiences()
        self.run_query()

    def _fill_groups_and_audiences(self) -> None:
        """The "All …" entries follow the interface language; the rest are content, in the content language."""
        group, audience = self.group_box.currentData(), self.audience_box.currentData()
        self.group_box.blockSignals(True)
        self.group_box.clear()
        self.group_box.addItem(self.tr("All parts and academies"), "")
        library, lang = self.library, self.lang
        if library is not None:
            for part in library.parts:
                self.group_box.addItem(part.display_title(lang), part.id)
            for academy in library.academies:
                self.group_box.addItem(pick(academy.titles, lang), academy.id)
        self.group_box.setCurrentIndex(max(self.group_box.findData(group), 0))
        self.group_box.blockSignals(False)
        self.audience_box.blockSignals(True)
        self.audience_box.clear()
        self.audience_box.addItem(self.tr("All audiences"), "")
        if library is not None:
            for name in sorted(AUDIENCES, key=lambda a: label(a, lang)):
                self.audience_box.addItem(label(name, lang), name)
        self.audience_box.setCurrentIndex(max(self.audience_box.findData(audience), 0))
        self.audience_box.blockSignals(False)

    def filters(self) -> SearchFilters:
        def chosen(box: QComboBox) -> frozenset[str]:
            value = box.currentData()
            return frozenset({value}) if value else frozenset()

        return SearchFilters(kinds=chosen(self.kind_box), groups=chosen(self.group_box), audiences=chosen(self.audience_box))

    # -- querying -----------------------------------------------------------------------------------------
    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run_query(self) -> None:
        self.timer.stop()
        text = self.field.text().strip()
        if not text:
            self._show_recent()
            return
        if self.service is None or not self.service.is_ready:
            self._say(lambda: self.tr("Indexing… results will appear when the index is ready."))
            return
        self.limit = PAGE
        self._ask(text)

    def _ask(self, text: str) -> None:
        if self.service is not None:
            lang = "all" if self.all_languages.isChecked() else self.lang
            self.service.search(text, lang, self.filters(), self.limit)

    def load_more(self) -> None:
        """The next page of the same query; the list keeps its place (the results come back as one longer list)."""
        text = self.field.text().strip()
        if self._more and text and self.service is not None and self.service.is_ready:
            self._more = False  # one request at a time
            self.limit += PAGE
            self._ask(text)

    def _scrolled(self, value: int) -> None:
        if value and value == self.results_view.verticalScrollBar().maximum():
            self.load_more()

    def _show_results(self, number: int, text: str, found: SearchResults) -> None:
        if self.service is None or not self.service.is_latest(number) or text != self.field.text().strip():
            return  # an older query answered late: its results would be stale
        row = self.results_view.currentIndex().row() if len(found.hits) > PAGE else 0  # a further page: keep the place
        self._more = found.more
        self.model.clear()
        for hit in found.hits:
            item = QStandardItem()
            item.setData(hit, HIT_ROLE)
            item.setData(_hit_html(hit), HTML_ROLE)
            item.setData(f"{hit.title}. {' › '.join(hit.breadcrumb)}", Qt.ItemDataRole.AccessibleTextRole)
            item.setEditable(False)
            self.model.appendRow(item)
        self._remember(text)
        self._show_empty_state("" if found.hits else "none")
        if found.hits:
            self.results_view.setCurrentIndex(self.model.index(max(row, 0), 0))
        self._say(lambda: self._outcome_text(found) + self._ignored_text(found))

    def _outcome_text(self, found: SearchResults) -> str:
        if found.hits:
            return self._count_text(found)
        if found.elsewhere:
            return self._elsewhere_text(found.elsewhere)
        if found.suggestion:
            self._suggestion = found.suggestion
            return self.tr("No results. Did you mean %1?").replace("%1", f'<a href="suggest">{_escape(found.suggestion)}</a>')
        return self.tr("No results.")

    def _ignored_text(self, found: SearchResults) -> str:
        """Words past the query's limits are said, not silently dropped."""
        if not found.ignored:
            return ""
        shown = " ".join(found.ignored[:8]) + (" …" if len(found.ignored) > 8 else "")
        return "<br>" + self.tr("Too long: not searched: %1").replace("%1", _escape(shown))

    def _count_text(self, found: SearchResults) -> str:
        message = self.tr("%n result(s)", "", len(found.hits))
        if found.fuzzy:
            message += " · " + self.tr("close spellings")
        if found.more:
            more = self.tr("show more")
            message = self.tr("The first %1 — scroll down or %2").replace("%1", message).replace(
                "%2", f'<a href="{MORE_LINK}">{_escape(more)}</a>')
        return message

    def _say(self, make: Callable[[], str]) -> None:
        """Show a status line that is made again in the new language after an interface switch."""
        self._status_text = make
        self.status.setText(make())

    def _elsewhere_text(self, elsewhere: tuple[tuple[str, int], ...]) -> str:
        counts = {"en": lambda n: self.tr("%n result(s) in English", "", n),
                  "ru": lambda n: self.tr("%n result(s) in Russian", "", n),
                  "uz": lambda n: self.tr("%n result(s) in Uzbek", "", n)}
        where = ", ".join(counts[lang](number) for lang, number in elsewhere if lang in counts)
        show = self.tr("show them")
        return self.tr("No results in this language.") + f' {where} — <a href="{ALL_LANGUAGES_LINK}">{_escape(show)}</a>'

    def _follow_status_link(self, link: str) -> None:
        """The status line's links: "show them" searches every language, a suggestion replaces the query."""
        if link == ALL_LANGUAGES_LINK:
            self.all_languages.setChecked(True)
            return
        if link == MORE_LINK:
            self.load_more()
            return
        self.field.setText(self._suggestion)
        self.run_query()

    def _show_progress(self, done: int, total: int) -> None:
        if total:
            self._say(lambda: self.tr("Indexing… %1%").replace("%1", str(100 * done // total)))

    def _index_ready(self) -> None:
        self._say(lambda: "")
        if self.field.text().strip():
            self.run_query()

    # -- recent searches ----------------------------------------------------------------------------------
    def _remember(self, text: str) -> None:
        self.recent = [text, *[r for r in self.recent if r != text]][:RECENT_LIMIT]

    def _show_recent(self) -> None:
        self.model.clear()
        for text in self.recent:
            item = QStandardItem()
            item.setData(text, RECENT_ROLE)
            item.setData(f"<small class='crumb'>↺</small> {_escape(text)}", HTML_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        self._show_empty_state("" if self.recent else "start")
        if self.service is not None and self.service.is_ready:
            self._say(lambda: self.tr("Recent searches") if self.recent else "")

    def _show_empty_state(self, kind: str | None = None) -> None:
        """In place of the list: before anything was searched ("start"), after a search found nothing ("none")."""
        self._empty_kind = self._empty_kind if kind is None else kind
        if self._empty_kind == "start":
            self.empty.set_icon("search")
            self.empty.title.setText(self.tr("Search the handbook"))
            self.empty.hint.setText(self.tr("Type a word or a phrase: chapters, modules, checklists and quizzes are "
                                            "searched as you type. Recent searches are listed here."))
        elif self._empty_kind == "none":
            self.empty.set_icon("search-x")
            self.empty.title.setText(self.tr("Nothing found"))
            self.empty.hint.setText(self.tr("Try fewer or other words, another filter, or All languages."))
        self.empty.setVisible(bool(self._empty_kind))
        self.results_view.setVisible(not self._empty_kind)

    # -- choosing a result --------------------------------------------------------------------------------
    def _activate(self, index: QModelIndex) -> None:
        recent = index.data(RECENT_ROLE)
        if recent:
            self.field.setText(str(recent))
            self.run_query()
            return
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.hitActivated.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Up / Down in the field move through the results; Enter opens the selected one."""
        if watched is self.field and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.results_view.currentIndex().row()
                row = min(self.model.rowCount() - 1, row + 1) if key == Qt.Key.Key_Down else max(0, row - 1)
                self.results_view.setCurrentIndex(self.model.index(row, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.run_query()
                elif self.results_view.currentIndex().isValid():
                    self._activate(self.results_view.currentIndex())
                return True
        return super().eventFilter(watched, event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _hit_html(hit: SearchHit) -> str:
    """Title, breadcrumb and snippet; the snippet is already escaped by the core, with matches in <b>."""
    crumbs = _escape(" › ".join(hit.breadcrumb[:-1]))
    return (f"<b>{_escape(hit.title)}</b><br/><small class='crumb'>{crumbs}</small>"
            f"<br/><small>{hit.snippet}</small>")
