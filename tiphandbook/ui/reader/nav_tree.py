"""The navigation tree: Handbook (parts > chapters), Curricula (academies > modules), Checklists."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from tiphandbook.core.content.model import Library, pick
from tiphandbook.core.navigation import Location
from tiphandbook.ui.common.trees import children

LOCATION_ROLE = Qt.ItemDataRole.UserRole


class NavigationTree(QTreeWidget):
    locationActivated = Signal(object)  # Location

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
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
            part_item = self._branch(handbook, title)
            for doc_id in part.chapters:
                self._leaf(part_item, library, Location("doc", doc_id), lang)
        curricula = self._branch(None, self.tr("Curricula"))
        for academy in library.academies:
            academy_item = self._branch(curricula, pick(academy.titles, lang))
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

    def _add(self, parent: QTreeWidgetItem, title: str, location: Location) -> None:
        item = QTreeWidgetItem([title])
        item.setData(0, LOCATION_ROLE, location)
        item.setToolTip(0, title)
        parent.addChild(item)
        self._items[(location.kind, location.id)] = item

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

    def _item_chosen(self, item: QTreeWidgetItem) -> None:
        location = item.data(0, LOCATION_ROLE)
        if isinstance(location, Location):
            self.locationActivated.emit(location)
        else:
            item.setExpanded(not item.isExpanded())
