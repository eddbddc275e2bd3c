"""The navigation tree: Handbook (parts > chapters), Curricula (academies > modules), Checklists.

Titles wrap instead of being cut ("Квалификация по статье 135 Уголо…" said nothing): rows grow to the lines a title
needs at the tree's width, and are laid out again when the width changes (the splitter, the window)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from tiphandbook.core.content.model import Library, pick
from tiphandbook.core.navigation import Location
from tiphandbook.ui.common.trees import children

LOCATION_ROLE = Qt.ItemDataRole.UserRole


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped title: QTreeView asks a row's height without the width it will have, so the
    title would stay on one line; here the width is the tree's, less the indentation at the item's depth."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        depth = 1 if self.tree.rootIsDecorated() else 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        wrapped = QStyleOptionViewItem(option)
        self.initStyleOption(wrapped, index)
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        width = max(self.tree.viewport().width() - depth * self.tree.indentation(), 4 * self.tree.indentation())
        style = self.tree.style()
        wrapped.rect = QRect(0, 0, width, 1000)
        text_width = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, wrapped, self.tree).width()
        wrapped.rect = QRect(0, 0, text_width, 1)  # the stylesheet's item padding is added again around the text
        return style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, wrapped, QSize(), self.tree)


class NavigationTree(QTreeWidget):
    locationActivated = Signal(object)  # Location

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(WrappingDelegate(self))
        self.setAccessibleName(self.tr("Contents"))
        self.itemClicked.connect(self._item_chosen)
        self.itemActivated.connect(self._item_chosen)
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}

    def populate(self, library: Library, lang: str) -> None:
        """(Re)build the tree in ``lang``, keeping which branches were open and which item was selected."""
        expanded = {item.text(0) for item in self._all_items() if item.isExpanded()}
        current = self.currentItem()
        selected = current.data(0, LOCATION_ROLE) if current else None
        self.clear()
        self._items.clear()
        handbook = self._branch(None, pick(library.book_short_titles, lang) or self.tr("Handbook"))
        for part in library.parts:
            title = part.display_title(lang)
            part_item = self._add(handbook, title, Location("part", part.id))
            for doc_id in part.chapters:
                self._leaf(part_item, library, Location("doc", doc_id), lang)
        curricula = self._branch(None, self.tr("Curricula"))
        for academy in library.academies:
            academy_item = self._add(curricula, pick(academy.titles, lang), Location("academy", academy.id))
            for doc_id in academy.modules:
                self._leaf(academy_item, library, Location("doc", doc_id), lang)
        checklists = self._branch(None, self.tr("Checklists"))
        templates = [library.checklist(cid, lang) for cid in library.checklist_ids()]
        for checklist in sorted((t for t in templates if t is not None), key=lambda t: t.title.casefold()):
            self._add(checklists, checklist.title, Location("checklist", checklist.id))
        handbook.setExpanded(True)
        for item in self._all_items():
            if item.text(0) in expanded:
                item.setExpanded(True)
        if selected is not None:
            self.select(selected)

    def _branch(self, parent: QTreeWidgetItem | None, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _leaf(self, parent: QTreeWidgetItem, library: Library, location: Location, lang: str) -> None:
        doc = library.document(location.id, lang)
        if doc is not None:
            self._add(parent, doc.title, location)

    def _add(self, parent: QTreeWidgetItem, title: str, location: Location) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        item.setData(0, LOCATION_ROLE, location)
        item.setToolTip(0, title)
        parent.addChild(item)
        self._items[(location.kind, location.id)] = item
        return item

    def _all_items(self) -> list[QTreeWidgetItem]:
        found = []
        stack = children(self.invisibleRootItem())
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(children(item))
        return found

    def item_for(self, location: Location) -> QTreeWidgetItem | None:
        return self._items.get((location.kind, location.id))

    def select(self, location: Location) -> None:
        """Highlight the item of the page being read, without re-opening it."""
        item = self.item_for(location)
        self.blockSignals(True)
        if item is None:
            self.setCurrentIndex(QModelIndex())  # no current item
        else:
            self.setCurrentItem(item)
            self.scrollToItem(item)
        self.blockSignals(False)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Wrapped titles take more or fewer lines at another width: lay the rows out again."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def _item_chosen(self, item: QTreeWidgetItem) -> None:
        """A page opens (a part or an academy opens its own, and shows its chapters in the tree too); a heading
        without a page (Handbook, Curricula, Checklists) opens or closes."""
        location = item.data(0, LOCATION_ROLE)
        if isinstance(location, Location):
            if item.childCount():
                item.setExpanded(True)
            self.locationActivated.emit(location)
        else:
            item.setExpanded(not item.isExpanded())
