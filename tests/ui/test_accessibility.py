"""What a screen reader says: every screen through Qt's accessibility interface (the
tree AT-SPI hands Orca; ``scripts/atspi_walk.py`` walks the real bus).

Every interactive object has a name, and that name contains what the object shows;
labels that show a count or a summary are heard by it; the government table has as many
rows as the page says; the search results say which result is chosen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QToolButton

from supportdesk.reports.labels import MONTHS
from tests.ui.a11y_checks import accessible_tree, plain, problems
from tests.ui.screens import demo_context, settle, walk_screens
from ui.i18n import install_translation, remove_translation
from ui.main_window import MainWindow

Text = QAccessible.Text


def _walk_problems(ctx) -> tuple[list[str], list[str]]:
    found: list[str] = []
    names = walk_screens(ctx, lambda name, top: found.extend(f"{name}: {p}" for p in problems(top)))
    return names, found


@pytest.mark.slow  # opens every window of the app (tests/ui/screens.py)
def test_every_screen_names_what_it_shows_in_dutch_and_english(qtbot, ctx):
    demo_context(ctx)
    names, found = _walk_problems(ctx)
    assert len(names) > 40 and "search results" in names and "settings dialog" in names
    assert not found, "\n".join(found)
    translators = install_translation("en")
    try:
        _names, found = _walk_problems(ctx)
    finally:
        remove_translation(translators)
    assert not found, "\n".join(found)


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    settle()
    return window


def _name(widget) -> str:
    return plain(QAccessible.queryAccessibleInterface(widget).text(Text.Name))


def test_the_clear_buttons_of_search_fields_are_named(qtbot, ctx):
    window = _window(qtbot, ctx)
    page = window.show_page("local_government")
    for edit in (window.search_box, page.filters.search):
        edit.setText("gent")
        settle()
        buttons = [b for b in edit.findChildren(QToolButton) if b.isVisible()]
        assert len(buttons) == 1, edit
        assert _name(buttons[0]) == "Zoekterm wissen"
        assert buttons[0].focusPolicy() == Qt.FocusPolicy.NoFocus  # no extra Tab stop


def test_counts_and_summaries_are_heard_and_follow_changes(qtbot, ctx):
    demo_context(ctx)
    window = _window(qtbot, ctx)
    page = window.show_page("local_government")
    count = page.filters.count_label
    assert _name(count) == "287 resultaten" == count.text()
    assert "Aantal resultaten" in QAccessible.queryAccessibleInterface(count).text(Text.Description)
    qtbot.keyClicks(page.filters.search, "sint")
    page.filters.flush()
    assert _name(count) == count.text() != "287 resultaten"
    follow_ups = window.show_page("follow_up_action")
    summary = follow_ups.summary.text()
    assert "achterstallig" in summary and _name(follow_ups.summary) == summary


def test_the_government_table_reports_every_row_and_fetches_rows_on_demand(qtbot, ctx):
    demo_context(ctx)
    window = _window(qtbot, ctx)
    page = window.show_page("local_government")
    table = QAccessible.queryAccessibleInterface(page.table)
    rows = [c for c in accessible_tree(table) if c.role() == QAccessible.Role.Cell]
    assert rows  # the cells are there for a screen reader
    total = page.model.total()
    assert page.filters.count_label.text() == f"{total} resultaten"
    assert page.model.rowCount() == total > page.model.page_size
    assert page.model.fetched() == page.model.page_size  # only the first page was read
    last = page.model.index(total - 1, 0)
    assert last.data()  # a row far down is read when it is asked for
    assert page.model.fetched() == page.model.page_size + total % page.model.page_size
    page.table.scrollToBottom()
    settle()
    assert page.table.select_id(page.model.id_at(total - 1))


def test_buttons_and_check_boxes_are_heard_by_their_text_not_their_form_label(qtbot, ctx):
    window = _window(qtbot, ctx)
    talk = window.page("advice_talk").new_record()
    qtbot.addWidget(talk)
    add = talk.follow_ups.add_button
    assert _name(add) == add.text().replace("&", "") == "Opvolgactie toevoegen"
    assert "Opvolgacties" in add.accessibleDescription()
    # "Vlaggen uit het actieplan:" names the group of its three check boxes
    boxes = [talk.info_session, talk.policy_dossier, talk.signal]
    for box in boxes:
        assert _name(box) == box.text().replace("&", "")
        assert box.accessibleDescription() == "Vlaggen uit het actieplan"
    group = boxes[0].parentWidget()
    assert _name(group) == "Vlaggen uit het actieplan"
    labels = QAccessible.queryAccessibleInterface(group).relations(QAccessible.RelationFlag.Label)
    assert [plain(iface.text(Text.Name)) for iface, _flag in labels] == [
        "Vlaggen uit het actieplan:"
    ]
    trajectory = window.page("trajectory").new_record()
    qtbot.addWidget(trajectory)
    mediawijs = next(b for b in trajectory.findChildren(QCheckBox) if "Mediawijs" in b.text())
    assert _name(mediawijs) == "Mediawijs is betrokken"


def test_the_overdue_count_is_one_tab_stop_with_its_words(qtbot, ctx):
    demo_context(ctx)
    window = _window(qtbot, ctx)
    button = window.overdue_label
    assert isinstance(button, QPushButton) and button.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert "achterstallig" in _name(button)
    assert button.findChildren(QLineEdit) == []
    opened: list[tuple[str, str]] = []
    ctx.open_requested.connect(lambda kind, pid: opened.append((kind, pid)))
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert opened == [("follow_up_action", "")]


def test_moving_through_search_results_sends_focus_events(qtbot, ctx, monkeypatch):
    demo_context(ctx)
    window = _window(qtbot, ctx)
    box = window.search_box
    sent: list[tuple[object, QAccessible.Event, int]] = []
    original = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        sent.append((event.object(), event.type(), event.child()))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    box.setFocus()
    qtbot.keyClicks(box, "gent")
    box.run_search()
    results = box.results
    assert results is not None
    header = QAccessible.queryAccessibleInterface(results.view).child(0)
    assert header.role() == QAccessible.Role.ColumnHeader
    assert plain(header.text(Text.Name)) == "Zoekresultaten"  # not "1"
    sent.clear()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    focus = [c for obj, kind, c in sent if obj is results.view and kind == QAccessible.Event.Focus]
    assert len(focus) == 1
    cell = QAccessible.queryAccessibleInterface(results.view).child(focus[0])
    current = results.view.currentIndex()
    spoken = current.data(Qt.ItemDataRole.AccessibleTextRole) or current.data()
    assert plain(cell.text(Text.Name)) == plain(spoken)
    assert box.hasFocus()  # the keyboard stays in the box


def test_the_date_field_says_the_whole_date_on_focus_and_on_each_change(qtbot, monkeypatch):
    from ui.widgets.date_edit import DateEdit

    sent: list[tuple[object, QAccessible.Event]] = []
    original = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        sent.append((event.object(), event.type()))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    holder = QPushButton("voor")
    qtbot.addWidget(holder)
    field = DateEdit()
    qtbot.addWidget(field)
    holder.show()
    field.show()
    field.setFocus()
    description = QAccessible.queryAccessibleInterface(field).text(Text.Description)
    assert any(month in description for month in MONTHS)  # the date in words
    sent.clear()
    field.selectAll()
    qtbot.keyClicks(field, "6/12/2026")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    description = QAccessible.queryAccessibleInterface(field).text(Text.Description)
    assert "6 december 2026" in description
    assert (field, QAccessible.Event.DescriptionChanged) in sent
    sent.clear()
    qtbot.keyClick(field, Qt.Key.Key_Up)  # one day later
    assert "7 december 2026" in QAccessible.queryAccessibleInterface(field).text(Text.Description)
    assert (field, QAccessible.Event.DescriptionChanged) in sent
