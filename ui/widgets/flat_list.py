"""A ``QTreeWidget`` used as a plain list of rows: set up the same way everywhere, each
row keyed (a record's public id, a plan item's key) in ``KEY_ROLE`` of its first column,
so the current row is read and a row chosen by its key."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

Tree = TypeVar("Tree", bound=QTreeWidget)
#: the role of a row's key, in its first column
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def flat_list(tree: Tree, name: str, headers: Sequence[str]) -> Tree:
    """Set ``tree`` up as a list: its column ``headers``, no branch lines, striped rows,
    one whole row selected at a time, read-only (a row opens its editor, never edits
    in place); ``name`` is what a screen reader calls it. Returns ``tree``."""
    tree.setAccessibleName(name)
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return tree


def top_rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The top-level rows in order."""
    found = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in found if item is not None]


def current_key(tree: QTreeWidget) -> str:
    """The key of the current row; "" with no current row or one without a key."""
    item = tree.currentItem()
    key = item.data(0, KEY_ROLE) if item is not None else None
    return str(key) if key else ""


def select_key(tree: QTreeWidget, key: str, rows: list[QTreeWidgetItem] | None = None) -> bool:
    """Make the row of ``key`` among ``rows`` (default: the top-level rows) current;
    False when no row has it (or ``key`` is empty)."""
    for row in top_rows(tree) if rows is None else rows:
        if key and row.data(0, KEY_ROLE) == key:
            tree.setCurrentItem(row)
            return True
    return False
