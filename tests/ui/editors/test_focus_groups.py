"""Focusgroepen used as an organiser would: plan one, invite, mark who came, note what
was said per tool and what new tools are needed; the list filters and opens it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from supportdesk.queries.timeline import timeline
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group, get_focus_group
from supportdesk.services.team import list_tools
from tests.supportdesk.services.helpers import government_id
from tests.ui.editor_windows import no_hanging_questions, open_active  # noqa: F401
from tests.ui.keyboard import type_text
from ui.editors.focus_group import FocusGroupEditor
from ui.pages.focus_groups import COL_INVITED, COL_PLACE, COL_PRESENT, COL_TOPIC, FocusGroupsPage

pytestmark = pytest.mark.usefixtures("no_hanging_questions")


def open_editor(qtbot, ctx, view=None):
    return open_active(qtbot, ctx, FocusGroupEditor, view)


def test_plan_invite_attend_and_findings(qtbot, ctx, monkeypatch):
    gent = government_id(ctx.db, "Gent")
    create_contact(ctx.db, ContactInput(gent, "Peeters", "An", role="schepen"))
    editor = open_editor(qtbot, ctx)
    assert not editor.save_button.isEnabled()
    type_text(qtbot, editor.topic, "Evaluatie beleidstool <&> 🙂")
    editor.date.set_value(date(2025, 4, 1))
    editor.online.setChecked(True)
    editor.tabs.setCurrentIndex(1)
    # Invitations can be typed before the first save (test_focus_group_new_participants).
    assert editor.participants.isVisibleTo(editor)
    assert editor.save_and_stay()
    assert editor.participants.isVisibleTo(editor)
    # Invite Gent's contact person by typing the government's name.
    type_text(qtbot, editor.participants.government, "Gent")
    editor.participants.government.choose_first()
    editor.participants.contact.setCurrentIndex(1)
    qtbot.mouseClick(editor.participants.invite_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, editor.participants.government, "Brugge")
    qtbot.keyClick(editor.participants.government, Qt.Key.Key_Return)
    qtbot.mouseClick(editor.participants.invite_button, Qt.MouseButton.LeftButton)
    rows = editor.participants.row_texts()
    assert rows == [["Brugge", "—", "uitgenodigd"], ["Gent", "An Peeters", "uitgenodigd"]]
    # Keys 1-4 set the attendance of the chosen participant.
    editor.participants.select(editor.participants.ids()[1])
    editor.participants.tree.setFocus()
    qtbot.keyClick(editor.participants.tree, Qt.Key.Key_2)
    qtbot.keyClick(editor.participants.tree, Qt.Key.Key_Up)
    qtbot.keyClick(editor.participants.tree, Qt.Key.Key_4)
    assert [r[2] for r in editor.participants.row_texts()] == ["verontschuldigd", "aanwezig"]
    # A finding per tool, and the needs for new tools (saved with the form).
    tool = list_tools(ctx.db)[0]
    editor.findings.ask = lambda *_a, **_k: (tool.id, "Handig, maar te lang")
    editor.tabs.setCurrentIndex(2)
    qtbot.mouseClick(editor.findings.new_button, Qt.MouseButton.LeftButton)
    assert editor.findings.row_texts() == [[tool.name, "Handig, maar te lang"]]
    type_text(qtbot, editor.needs, "Een tool over cyberveiligheid")
    with qtbot.waitSignal(editor.saved, timeout=3000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    view = get_focus_group(ctx.db, editor.record_id or "")
    assert view.topic == "Evaluatie beleidstool <&> 🙂" and view.online
    assert view.new_tool_needs == "Een tool over cyberveiligheid"
    assert {p.attendance for p in view.participants} == {"present", "excused"}
    # Participation appears in the government's own timeline.
    entries = [e for e in timeline(ctx.db, gent) if e.kind == "focus_group"]
    assert entries and entries[0].state == "present"


def test_topic_is_required_beside_the_field(qtbot, ctx):
    editor = open_editor(qtbot, ctx)
    type_text(qtbot, editor.place, "Provinciehuis")
    assert not editor.try_save()
    assert editor.fields["topic"].error.isVisibleTo(editor)
    assert editor.place.text() == "Provinciehuis"


def test_list_filters_and_opens(qtbot, ctx):
    gent = government_id(ctx.db, "Gent")
    tool = list_tools(ctx.db)[0]
    held = create_focus_group(
        ctx.db, FocusGroupInput(date(2025, 3, 4), "Beleidstool", place="Gent")
    )
    from supportdesk.services.focus_groups import invite, set_tool_finding

    invite(ctx.db, held.id, gent)
    set_tool_finding(ctx.db, held.id, tool.id, "ok")
    create_focus_group(ctx.db, FocusGroupInput(date(2024, 5, 1), "Digihelpers", online=True))
    page = FocusGroupsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.refresh()
    page.show()
    assert page.model.total() == 2
    assert page.model.index(0, COL_TOPIC).data() == "Beleidstool"
    assert page.model.index(0, COL_INVITED).data() == "1"
    assert page.model.index(0, COL_PRESENT).data() == "0"
    assert page.model.index(1, COL_PLACE).data() == "online"
    page.filters.set_value("tool", tool.id)
    assert page.model.total() == 1
    page.filters.reset()
    page.filters.set_value("year", 2024)
    assert page.model.index(0, COL_TOPIC).data() == "Digihelpers"
    page.filters.reset()
    editor = page.open_record(held.id)
    assert editor is not None and editor.participants.row_texts()[0][0] == "Gent"
    assert page.open_record(held.id) is editor  # the same record opens once
    editor.close_without_asking()


def test_a_focus_group_action_in_the_follow_ups_opens_its_focus_group(qtbot, ctx):
    from supportdesk.services.follow_ups import FollowUpInput, create_follow_up
    from ui.main_window import MainWindow

    held = create_focus_group(ctx.db, FocusGroupInput(date(2025, 3, 4), "Beleidstool"))
    create_follow_up(ctx.db, FollowUpInput("Verslag", date(2025, 3, 10)), focus_group_id=held.id)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    follow_ups = window.show_page("follow_up_action")
    follow_ups.refresh()
    assert follow_ups.current_row().subject.kind == "focus_group"
    follow_ups.open_current()
    editors = window.page("focus_group").editors
    assert [e.record_id for e in editors] == [held.id]
    editors[0].close_without_asking()
