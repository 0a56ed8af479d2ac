"""The paged table model: pages, SQL sort through the query, Qt's model rules."""

from __future__ import annotations

import sys
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, Qt

from ui.widgets.paged_model import ID_ROLE, ROW_ROLE, Column, PagedTableModel
from ui.widgets.record_table import RecordTable


class Item(NamedTuple):
    id: str
    name: str
    number: int


ITEMS = [Item(f"id-{n}", f"naam {n:04d} <&>", n) for n in range(1000)]


def fetch_items(calls):
    def fetch(sort_key, descending, offset, limit):
        calls.append((sort_key, descending, offset, limit))
        rows = sorted(ITEMS, key=lambda i: getattr(i, sort_key or "name"), reverse=descending)
        return rows[offset : offset + limit]

    return fetch


COLUMNS = [
    Column("Naam", "name", lambda r: r.name),
    Column("Nummer", "number", lambda r: str(r.number), numeric=True),
    Column("Vast", None, lambda r: "x"),
]


def make_model(calls, page_size=100):
    model = PagedTableModel(
        COLUMNS, context="Test", page_size=page_size, default_sort=("name", False)
    )
    model.set_source(fetch_items(calls), lambda: len(ITEMS))
    return model


def test_model_passes_qtmodeltester(qtmodeltester):
    model = make_model([])
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_pages_fetched_on_demand_and_sorted_by_query():
    calls = []
    model = make_model(calls)
    assert model.rowCount() == 100 and model.canFetchMore(QModelIndex())
    assert model.total() == 1000
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200 and calls[-1] == ("name", False, 100, 100)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert calls[-1] == ("number", True, 0, 100)
    assert model.rowCount() == 100
    assert model.index(0, 1).data() == "999"
    assert model.index(0, 0).data(ID_ROLE) == "id-999"
    assert model.index(0, 0).data(ROW_ROLE) == ITEMS[999]
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    before = len(calls)
    model.sort(2, Qt.SortOrder.AscendingOrder)  # no sort key: nothing happens
    assert len(calls) == before
    model.fetch_all()
    assert model.rowCount() == 1000 and not model.canFetchMore(QModelIndex())
    assert model.row_of("id-0") == 999


def test_text_shown_as_typed():
    model = make_model([])
    assert model.index(0, 0).data() == "naam 0000 <&>"


def test_empty_values_do_not_leak_none_references():
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every empty value
    Qt handed back (pyproject pins below 6.12 there); this catches such a build."""
    model = make_model([])
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(100_000):
        index.data(Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) >= before


def test_table_scrolls_in_more_rows_and_remembers_header(qtbot, ctx):
    calls = []
    model = make_model(calls)
    table = RecordTable(ctx, model, state_key="test_table", widths=(200, 80, 40))
    qtbot.addWidget(table)
    table.resize(400, 300)
    table.show()
    qtbot.waitExposed(table)
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 100)
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert model.sort_key == "number" and model.descending
    table.save_header()
    other_model = PagedTableModel(COLUMNS, context="Test", default_sort=("name", False))
    other = RecordTable(ctx, other_model, state_key="test_table")
    qtbot.addWidget(other)
    assert other_model.sort_key == "number" and other_model.descending


def test_enter_opens_current_row(qtbot, ctx):
    model = make_model([])
    table = RecordTable(ctx, model, state_key="t2")
    qtbot.addWidget(table)
    table.show()
    table.setFocus()
    assert table.select_id("id-5")
    with qtbot.waitSignal(table.open_requested) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == ["id-5"]
