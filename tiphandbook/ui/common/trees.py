"""The items of a QTreeWidget as a plain list: Qt types every ``child(i)`` as optional (None past the end)."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidgetItem


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """``item``'s children in order; ``tree.invisibleRootItem()`` gives a tree's top-level items."""
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]
