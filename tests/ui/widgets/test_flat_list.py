"""A tree used as a list: set up alike everywhere, rows chosen and read by their key."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from ui.widgets.flat_list import KEY_ROLE, current_key, flat_list, select_key, top_rows


class _Tree(QTreeWidget):
    """A subclass keeps its type through ``flat_list``."""


def _rows(tree: QTreeWidget, *keys: str) -> list[QTreeWidgetItem]:
    items = []
    for key in keys:
        item = QTreeWidgetItem([f"rij {key}"])
        item.setData(0, KEY_ROLE, key)
        tree.addTopLevelItem(item)
        items.append(item)
    return items


def test_a_flat_list_is_named_striped_and_without_branches(qtbot):
    tree = flat_list(_Tree(), "Mijn trajecten", ["Traject", "Status"])
    qtbot.addWidget(tree)
    assert isinstance(tree, _Tree)
    assert tree.accessibleName() == "Mijn trajecten"
    assert [tree.headerItem().text(i) for i in range(2)] == ["Traject", "Status"]
    assert not tree.rootIsDecorated() and tree.alternatingRowColors()
    assert tree.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert tree.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert tree.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


def test_rows_are_chosen_and_read_by_their_key(qtbot):
    tree = flat_list(QTreeWidget(), "Lijst", ["Naam"])
    qtbot.addWidget(tree)
    assert current_key(tree) == "" and not select_key(tree, "b")
    first, second = _rows(tree, "a", "b")
    assert top_rows(tree) == [first, second]
    assert select_key(tree, "b") and tree.currentItem() is second and current_key(tree) == "b"
    assert not select_key(tree, "") and not select_key(tree, "zzz")
    assert current_key(tree) == "b"  # a key not found changes nothing


def test_select_key_looks_only_among_the_rows_given(qtbot):
    tree = flat_list(QTreeWidget(), "Plan", ["Item"])
    qtbot.addWidget(tree)
    group = QTreeWidgetItem(["SD1"])
    tree.addTopLevelItem(group)
    child = QTreeWidgetItem(["OD 3.1"])
    child.setData(0, KEY_ROLE, "item-1")
    group.addChild(child)
    assert not select_key(tree, "item-1")  # not a top-level row
    assert select_key(tree, "item-1", [child]) and current_key(tree) == "item-1"
    tree.setCurrentItem(group)
    assert current_key(tree) == ""  # a group has no key
