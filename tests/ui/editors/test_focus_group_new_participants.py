"""Participants of a focus group invited before its first save (issue 13.4): kept in the
editor, saved with the record in one save; typed as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from supportdesk.queries.focus_groups import FocusGroupFilter, list_focus_groups
from supportdesk.services.focus_groups import get_focus_group
from tests.ui.editor_windows import discard_unsaved, open_active  # noqa: F401
from ui.editors.focus_group import FocusGroupEditor

CTRL = Qt.KeyboardModifier.ControlModifier


pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def editor(qtbot, ctx):
    return open_active(qtbot, ctx, FocusGroupEditor)


def invite_by_keys(qtbot, panel, name: str) -> None:
    panel.government.setFocus()
    qtbot.keyClicks(panel.government, name)
    qtbot.keyClick(panel.government, Qt.Key.Key_Tab)  # chooses; on to the contact
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # on to Uitnodigen
    assert panel.invite_button.hasFocus()
    qtbot.keyClick(panel.invite_button, Qt.Key.Key_Space)


def test_invited_before_the_first_save_and_saved_with_it(qtbot, ctx, editor):
    qtbot.keyClicks(editor.topic, "Digitale drempels")
    panel = editor.participants
    editor.tabs.setCurrentIndex(1)  # Deelnemers
    assert panel.invite_button.isEnabled() and panel.government.isEnabled()
    invite_by_keys(qtbot, panel, "Gent")
    invite_by_keys(qtbot, panel, "Genk")
    invite_by_keys(qtbot, panel, "Gent")  # twice: kept once
    assert [r.local_government_id for r in panel.pending_invitations()] == [
        panel._pending[0].local_government.id,
        panel._pending[1].local_government.id,
    ]
    assert panel.tree.topLevelItemCount() == 2
    panel.tree.setFocus()
    panel.select(panel._pending[1].id)
    qtbot.keyClick(panel.tree, Qt.Key.Key_2)  # Genk: aanwezig
    assert list_focus_groups(ctx.db, FocusGroupFilter()) == []  # nothing stored yet
    assert editor.is_dirty()
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    rows = list_focus_groups(ctx.db, FocusGroupFilter())
    assert len(rows) == 1
    view = get_focus_group(ctx.db, rows[0].id)
    assert sorted((p.local_government.name, p.attendance) for p in view.participants) == [
        ("Genk", "present"),
        ("Gent", "invited"),
    ]


def test_a_pending_invitation_is_removed_without_a_question(qtbot, ctx, editor):
    qtbot.keyClicks(editor.topic, "Digitale drempels")
    panel = editor.participants
    editor.tabs.setCurrentIndex(1)
    invite_by_keys(qtbot, panel, "Gent")
    panel.tree.setFocus()
    panel.select(panel._pending[0].id)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert panel.pending_invitations() == ()
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    view = get_focus_group(ctx.db, list_focus_groups(ctx.db, FocusGroupFilter())[0].id)
    assert view.participants == ()
