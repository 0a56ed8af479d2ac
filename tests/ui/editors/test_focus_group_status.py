"""A focus group's status, used by keyboard: planned when made, held or cancelled with
a button that asks the date, "te bevestigen" when a planned one's date has passed, and
the list saying so in words."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group, get_focus_group
from tests.ui.editor_windows import discard_unsaved, open_active  # noqa: F401
from tests.ui.keyboard import type_text
from ui.editors import focus_group_status
from ui.editors.focus_group import FocusGroupEditor
from ui.pages.focus_groups import COL_STATUS, COL_TOPIC, FocusGroupsPage

TODAY = date.today()


pytestmark = pytest.mark.usefixtures("discard_unsaved")


def open_editor(qtbot, ctx, view=None) -> FocusGroupEditor:
    return open_active(qtbot, ctx, FocusGroupEditor, view)


def test_a_new_one_entered_afterwards_can_be_saved_as_held(qtbot, ctx):
    editor = open_editor(qtbot, ctx)
    type_text(qtbot, editor.topic, "Evaluatie Ærø <&>")
    editor.date.set_value(TODAY - timedelta(days=7))
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert editor.initial_status.hasFocus()
    assert editor.initial_status.currentText() == "gepland"
    qtbot.keyClick(editor.initial_status, Qt.Key.Key_Down)
    assert editor.initial_status.currentText() == "gehouden"
    assert editor.save_and_stay()
    view = get_focus_group(ctx.db, editor.record_id or "")
    assert view.status == "held" and view.topic == "Evaluatie Ærø <&>"
    assert editor.status_bar.words.text().startswith("gehouden op ")
    assert editor.initial_status.isHidden()


def test_held_in_the_future_is_refused_beside_the_field(qtbot, ctx):
    editor = open_editor(qtbot, ctx)
    type_text(qtbot, editor.topic, "Later")
    editor.date.set_value(TODAY + timedelta(days=7))
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.initial_status, Qt.Key.Key_Down)
    assert not editor.save_and_stay()
    assert editor.fields["date"].error.isVisibleTo(editor)
    assert "nog moet plaatsvinden" in editor.fields["date"].error.text()
    assert editor.topic.text() == "Later"  # nothing typed is lost


def test_a_past_planned_one_needs_confirming_then_is_held_by_keyboard(qtbot, ctx, monkeypatch):
    day = TODAY - timedelta(days=3)
    fg = create_focus_group(ctx.db, FocusGroupInput(day, "Vorige week"))
    editor = open_editor(qtbot, ctx, get_focus_group(ctx.db, fg.id))
    bar = editor.status_bar
    assert bar.words.text().startswith("gepland op ")
    assert bar.attention.isVisibleTo(editor)
    assert bar.attention.text() == "⚠ de datum is voorbij: gehouden of geannuleerd?"
    assert not bar.step_buttons["planned"].isVisibleTo(editor)
    asked: list[tuple[str, date]] = []

    def answer(_parent, status, default):
        asked.append((status, default))
        return default

    monkeypatch.setattr(focus_group_status, "ask_step_date", answer)
    qtbot.keyClick(editor, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Ge&houden…
    qtbot.waitUntil(lambda: bool(asked))  # a mnemonic clicks the button a moment later
    assert asked == [("held", day)]
    view = get_focus_group(ctx.db, fg.id)
    assert view.status == "held" and view.date == day
    assert not bar.attention.isVisibleTo(editor)
    assert not bar.step_buttons["held"].isVisibleTo(editor)
    assert not bar.step_buttons["cancelled"].isVisibleTo(editor)


def test_cancel_and_plan_again_by_keyboard(qtbot, ctx, monkeypatch):
    fg = create_focus_group(ctx.db, FocusGroupInput(TODAY + timedelta(days=20), "Volgende maand"))
    editor = open_editor(qtbot, ctx, get_focus_group(ctx.db, fg.id))
    assert not editor.status_bar.attention.isVisibleTo(editor)
    monkeypatch.setattr(focus_group_status, "ask_step_date", lambda _p, _s, d: d)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Ge&annuleerd…
    qtbot.waitUntil(lambda: get_focus_group(ctx.db, fg.id).status == "cancelled")
    view = get_focus_group(ctx.db, fg.id)
    assert view.status == "cancelled" and view.cancelled_on == TODAY and not view.archived
    assert editor.status_bar.words.text().startswith("geannuleerd op ")
    qtbot.keyClick(editor, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # &Herplannen…
    qtbot.waitUntil(lambda: get_focus_group(ctx.db, fg.id).status == "planned")


def test_the_list_says_the_status_in_words_and_filters_on_it(qtbot, ctx):
    create_focus_group(
        ctx.db, FocusGroupInput(TODAY - timedelta(days=30), "Gehouden"), status="held"
    )
    create_focus_group(ctx.db, FocusGroupInput(TODAY - timedelta(days=2), "Vergeten"))
    create_focus_group(ctx.db, FocusGroupInput(TODAY + timedelta(days=9), "Straks"))
    page = FocusGroupsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 600)
    page.refresh()
    page.show()
    texts = {
        page.model.index(r, COL_TOPIC).data(): page.model.index(r, COL_STATUS).data()
        for r in range(page.model.total())
    }
    assert texts == {"Gehouden": "gehouden", "Vergeten": "⚠ te bevestigen", "Straks": "gepland"}
    page.filters.set_value("when", "attention")
    assert page.model.total() == 1
    assert page.model.index(0, COL_TOPIC).data() == "Vergeten"
