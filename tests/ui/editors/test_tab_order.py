"""Tab order and keyboard flows inside the editors (issue 13.4): pressed as a person
would, with QTest key events in an active editor window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group, get_focus_group
from tests.ui.editor_windows import discard_unsaved, open_active  # noqa: F401
from ui.editors.advice_talk import AdviceTalkEditor
from ui.editors.focus_group import FocusGroupEditor

pytestmark = pytest.mark.usefixtures("discard_unsaved")


def tab_path(qtbot, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets focus visits from ``start`` with ``presses`` Tab presses."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_a_new_follow_up_row_comes_before_the_notes(qtbot, ctx):
    editor = open_active(qtbot, ctx, AdviceTalkEditor)
    editor.follow_ups.add_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(editor.follow_ups.add_button, Qt.Key.Key_Space)  # Opvolgactie toevoegen
    rows = editor.follow_ups.rows()
    assert len(rows) == 1 and rows[0].description.hasFocus()
    editor.follow_ups.add_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(editor.follow_ups.add_button, Qt.Key.Key_Space)  # a second row
    second = editor.follow_ups.rows()[1]
    path = tab_path(qtbot, editor.tools, 12)
    first = rows[0]
    expected = [
        first.description,
        first.owner,
        first.due,
        first.remove,
        second.description,
        second.owner,
        second.due,
        second.remove,
        editor.follow_ups.add_button,
    ]
    visited = [w for w in path if w in expected]
    assert visited == expected
    assert path.index(editor.follow_ups.add_button) < len(path)
    assert editor.notes not in path[: path.index(editor.follow_ups.add_button)]


def test_tab_reaches_invite_and_the_attendance_keys_are_on_screen(qtbot, ctx):
    fg = create_focus_group(ctx.db, FocusGroupInput(date(2026, 12, 1), "Digitale drempels"))
    editor = open_active(qtbot, ctx, FocusGroupEditor)
    editor.edit(get_focus_group(ctx.db, fg.id))
    panel = editor.participants
    editor.tabs.setCurrentIndex(1)  # Deelnemers
    path = tab_path(qtbot, panel.government, 2)
    assert path[:2] == [panel.contact, panel.invite_button]
    hint = panel.keys_hint
    assert hint.isVisible() and "1 tot 4" in hint.text() and "aanwezig" in hint.text()


def test_a_status_step_says_it_is_saved_at_once(qtbot, ctx):
    fg = create_focus_group(ctx.db, FocusGroupInput(date(2026, 12, 1), "Digitale drempels"))
    editor = open_active(qtbot, ctx, FocusGroupEditor)
    editor.edit(get_focus_group(ctx.db, fg.id))
    note = editor.status_bar.saved_at_once
    assert note.isVisible() and "meteen bewaard" in note.text()


def test_tab_on_every_tab_of_a_tabbed_editor_goes_from_field_to_field(qtbot, ctx):
    """A form tab added after the first (the trajectory's Inhoud) took a Tab stop on its
    scrolling area itself, which the first tab did not: a stop with nothing to say."""
    from PySide6.QtWidgets import QScrollArea

    from ui.editors.trajectory import TrajectoryEditor

    editor = open_active(qtbot, ctx, TrajectoryEditor)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        page = editor.tabs.widget(index)
        path = tab_path(qtbot, editor.tabs.tabBar(), 8)
        stops = [
            w for w in path if (isinstance(w, QScrollArea) and page.isAncestorOf(w)) or w is page
        ]
        assert stops == [], editor.tabs.tabText(index)
