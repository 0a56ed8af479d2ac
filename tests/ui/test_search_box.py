"""The global search as a person uses it: Ctrl+F or Ctrl+K from anywhere, type, results
grouped by kind, arrows and Enter open one, Escape closes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow, QVBoxLayout, QWidget

from supportdesk.services.contacts import ContactInput, create_contact
from tests.supportdesk.queries._data import action, government, talk
from tests.ui.windows import show_active
from ui.search_box import ID_ROLE, SearchBox


@pytest.fixture
def window(qtbot, ctx):
    """A window with the search box and another field to start from."""
    win = QMainWindow()
    central = QWidget()
    layout = QVBoxLayout(central)
    win.search = SearchBox(ctx)
    win.other = QLineEdit()
    layout.addWidget(win.search)
    layout.addWidget(win.other)
    win.setCentralWidget(central)
    win.resize(900, 600)
    qtbot.addWidget(win)
    show_active(qtbot, win)
    return win


def type_and_wait(qtbot, box: SearchBox, text: str) -> None:
    box.setFocus()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(box.results_visible, timeout=2000)


def shown(box: SearchBox) -> list[str]:
    model = box.results.model
    return [model.item(r).text().strip() for r in range(model.rowCount())]


def test_results_appear_as_you_type_grouped_by_kind(qtbot, ctx, window):
    talk(ctx.db, "Gent", date(2025, 3, 4), question="Digihelpers in Gent opstarten")
    box = window.search
    type_and_wait(qtbot, box, "gent")
    lines = shown(box)
    assert lines[0].startswith("Lokale besturen (")
    assert "Gent — Oost-Vlaanderen" in lines
    talks_heading = next(i for i, line in enumerate(lines) if line.startswith("Adviesgesprekken"))
    assert lines[talks_heading + 1] == "Gent · 04/03/2025 — Digihelpers in Gent opstarten"
    # the first result is selected, headings never are
    assert box.results.current_hit()[0] == "local_government"


def test_arrows_and_enter_open_a_result(qtbot, ctx, window):
    t = talk(ctx.db, "Gent", date(2025, 3, 4), question="Toegankelijke website Gent")
    box = window.search
    type_and_wait(qtbot, box, "toegankelijke")
    assert box.results.current_hit() == ("advice_talk", t)
    with qtbot.waitSignal(ctx.open_requested) as signal:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert signal.args == ["advice_talk", t]
    assert not box.results_visible()


def test_down_skips_headings(qtbot, ctx, window):
    talk(ctx.db, "Gent", date(2025, 3, 4), question="Gentse vraag")
    box = window.search
    type_and_wait(qtbot, box, "gent")
    hits = box.results.hit_rows()
    for _ in range(len(hits) + 3):  # past the end stays on the last hit
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.results.current_row() == hits[-1]
    assert box.results.model.item(hits[-1]).data(ID_ROLE)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.results.current_row() == hits[-2]
    # a screen reader is told which result is chosen, though the focus stays in the box
    chosen = box.results.model.item(hits[-2]).data(Qt.ItemDataRole.AccessibleTextRole)
    assert box.accessibleDescription() == f"{len(hits)} resultaten; gekozen: {chosen}"


def test_a_contact_opens_its_government_and_an_action_what_it_belongs_to(qtbot, ctx, window):
    gent = government(ctx.db, "Gent")
    create_contact(
        ctx.db, ContactInput(local_government_id=gent, last_name="Özdemir", first_name="Łukasz")
    )
    t = talk(ctx.db, "Gent", date(2025, 3, 4))
    action(ctx.db, "Zonnepanelenbrochure bezorgen", date(2025, 3, 20), talk_id=t)
    box = window.search
    type_and_wait(qtbot, box, "ozdemir")
    with qtbot.waitSignal(ctx.open_requested) as signal:
        qtbot.keyClick(box, Qt.Key.Key_Enter)
    assert signal.args == ["local_government", gent]

    box.clear()
    type_and_wait(qtbot, box, "zonnepanelen")
    with qtbot.waitSignal(ctx.open_requested) as signal:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert signal.args == ["advice_talk", t]


def test_nothing_found_and_escape(qtbot, ctx, window):
    box = window.search
    box.setFocus()
    qtbot.keyClicks(box, "<&> qqqzzz ")
    box.insert("🙂")  # pasted: QTest cannot type a character outside the BMP
    qtbot.waitUntil(box.results_visible, timeout=2000)
    assert shown(box) == ["Niets gevonden voor “<&> qqqzzz 🙂”."]
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.results_visible()
    assert box.text() == "<&> qqqzzz 🙂"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""


def test_ctrl_f_and_ctrl_k_from_anywhere_in_the_main_window(qtbot, ctx):
    from ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    show_active(qtbot, win)
    win.nav.setFocus()
    qtbot.keyClick(win.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.search_box.hasFocus()
    qtbot.keyClicks(win.search_box, "Gent")
    win.nav.setFocus()
    qtbot.keyClick(win.nav, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert win.search_box.hasFocus()
    assert win.search_box.selectedText() == "Gent"  # ready to type over
    qtbot.waitUntil(win.search_box.results_visible, timeout=2000)


def test_typing_on_with_the_same_hits_keeps_the_rows_and_bolds_more(qtbot, ctx, window):
    """Typing on in a word mostly finds the same records: the rows stay (not removed and
    made again on every keystroke), the first hit is chosen again and more is bold."""
    t = talk(ctx.db, "Gent", date(2025, 3, 4), question="Zonnepanelen op het gemeentehuis")
    box = window.search
    type_and_wait(qtbot, box, "zonnepan")
    before = shown(box)
    qtbot.keyClick(box, Qt.Key.Key_Down)  # moved on; a new search chooses the first again
    changes: list[str] = []
    box.results.model.rowsRemoved.connect(lambda *_: changes.append("removed"))
    box.results.model.rowsInserted.connect(lambda *_: changes.append("inserted"))
    qtbot.keyClicks(box, "el")
    qtbot.waitUntil(lambda: box.results.terms == ["zonnepanel"], timeout=2000)
    assert shown(box) == before and changes == []
    assert box.results.current_hit() == ("advice_talk", t)
    assert box.accessibleDescription().startswith("1 resultaten; gekozen: Adviesgesprekken: ")
    qtbot.keyClicks(box, " gent")  # other hits: the rows are replaced
    qtbot.waitUntil(lambda: box.results.terms == ["zonnepanel", "gent"], timeout=2000)
    assert changes == ["removed", "inserted"] and shown(box) != before
