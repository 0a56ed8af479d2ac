"""The record table's columns: fit, hide and show, reset, remembered per user; every
cell's whole text as its tooltip; the menu reached by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.widgets.test_paged_model import make_model
from ui.widgets.record_table import RecordTable


def _table(qtbot, ctx, key="columns_test"):
    table = RecordTable(ctx, make_model([]), state_key=key, widths=(60, 80, 40))
    qtbot.addWidget(table)
    table.resize(500, 300)
    table.show()
    return table


def _menu_actions(table):
    return {a.text().replace("&", ""): a for a in table.column_menu().actions() if a.text()}


def test_hidden_columns_and_fitted_widths_are_remembered_and_reset(qtbot, ctx):
    table = _table(qtbot, ctx)
    header = table.horizontalHeader()
    actions = _menu_actions(table)
    actions["Nummer"].toggle()
    assert header.isSectionHidden(1)
    table.fit_columns()
    fitted = header.sectionSize(0)
    assert fitted > 60  # "naam 0000 <&>" needs more than 60 px
    again = _table(qtbot, ctx)
    assert again.horizontalHeader().isSectionHidden(1)
    assert again.horizontalHeader().sectionSize(0) == fitted
    _menu_actions(again)["Kolommen terugzetten"].trigger()
    assert not again.horizontalHeader().isSectionHidden(1)
    assert again.horizontalHeader().sectionSize(0) == 60
    fresh = _table(qtbot, ctx)  # the reset is remembered too
    assert not fresh.horizontalHeader().isSectionHidden(1)


def test_the_last_column_cannot_be_hidden(qtbot, ctx):
    table = _table(qtbot, ctx, "last_column")
    _menu_actions(table)["Nummer"].toggle()
    _menu_actions(table)["Vast"].toggle()
    assert not _menu_actions(table)["Naam"].isEnabled()


def test_a_cut_off_cell_shows_its_whole_text_as_tooltip(qtbot, ctx):
    table = _table(qtbot, ctx, "tips")
    index = table.model().index(0, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data() == "naam 0000 <&>"


def test_the_menu_key_opens_the_column_menu(qtbot, ctx):
    table = _table(qtbot, ctx, "menu_key")
    table.setFocus()
    seen = []

    def close_menu():
        menu = QApplication.activePopupWidget()
        seen.append(isinstance(menu, QMenu) and menu)
        if menu:
            menu.close()

    QTimer.singleShot(50, close_menu)
    qtbot.keyClick(table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert seen and seen[0]
    texts = [a.text().replace("&", "") for a in seen[0].actions()]
    assert "Kolommen terugzetten" in texts and "Naam" in texts


def test_the_header_is_remembered_once_the_changes_settle(qtbot, ctx):
    """Sorting or widening columns writes the settings once, 400 ms after the last
    change, not after each one (a column's number was taken for the delay)."""
    table = _table(qtbot, ctx, "settle")
    ctx.settings().remove("settle/header")
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    table.horizontalHeader().resizeSection(1, 120)
    qtbot.wait(100)
    assert ctx.settings().value("settle/header") is None
    qtbot.waitUntil(lambda: ctx.settings().value("settle/header") is not None, timeout=2000)
