"""A focus group's follow-up action names the government it concerns, typed like a
person would; other actions have no such field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group
from supportdesk.services.follow_ups import get_follow_up
from tests.ui.keyboard import type_text
from tests.ui.windows import show_active
from ui.editors.follow_up import FollowUpEditor


def _editor(qtbot, ctx, kind: str, subject: str) -> FollowUpEditor:
    host = QWidget()
    qtbot.addWidget(host)
    editor = FollowUpEditor(ctx, kind, subject, host)
    show_active(qtbot, editor)
    editor._test_host = host  # keep the parent alive
    return editor


def test_a_focus_group_action_names_a_government_by_typing(qtbot, ctx):
    fg = create_focus_group(ctx.db, FocusGroupInput(date(2025, 5, 20), "Evaluatie")).id
    editor = _editor(qtbot, ctx, "focus_group", fg)
    assert editor.government is not None
    type_text(qtbot, editor.description, "Demo geven")
    qtbot.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Over &lokaal bestuur
    assert editor.government.hasFocus()
    type_text(qtbot, editor.government, "Aalst")
    qtbot.keyClick(editor.government, Qt.Key.Key_Tab)  # takes the suggestion, moves on
    assert editor.government.value()
    with qtbot.waitSignal(editor.saved, timeout=3000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    view = get_follow_up(ctx.db, editor.record_id or "")
    assert view.local_government is not None and view.local_government.name == "Aalst"
    again = _editor(qtbot, ctx, "focus_group", fg)
    again.edit(view)
    assert again.government is not None and again.government.text() == "Aalst"


def test_typing_a_name_that_is_no_government_is_said_beside_the_field(qtbot, ctx):
    fg = create_focus_group(ctx.db, FocusGroupInput(date(2025, 5, 20), "Evaluatie")).id
    editor = _editor(qtbot, ctx, "focus_group", fg)
    type_text(qtbot, editor.description, "Actie")
    assert editor.government is not None
    type_text(qtbot, editor.government, "Nergensdorp")
    assert not editor.try_save()
    assert editor.fields["government_id"].error.isVisibleTo(editor)
    assert editor.description.text() == "Actie"


def test_other_actions_have_no_government_field(qtbot, ctx):
    from supportdesk.services.local_governments import complete_local_governments

    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    editor = _editor(qtbot, ctx, "local_government", gent)
    assert editor.government is None and "government_id" not in editor.fields
