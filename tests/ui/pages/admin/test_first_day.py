"""A real team's first day, by keyboard, on a database with nothing but the reference
data: Beheer by its shortcut, a team of two, this year's target, a partnership of three
municipalities, a talk for it, then the talk archived and brought back through the list's
"Toon gearchiveerd"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from supportdesk.queries.advice_talks import AdviceTalkFilter, advice_talks_page
from supportdesk.services.advice import get_advice_talk
from supportdesk.services.local_governments import (
    complete_local_governments,
    get_local_government,
)
from supportdesk.services.targets import get_targets
from supportdesk.services.team import list_team_members
from tests.ui.keyboard import type_text
from tests.ui.pages.admin.keys import active_editor, main_window, press
from ui.pages.admin.page import AdminPage
from ui.pages.registry import PAGES

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, ctx):
    return main_window(qtbot, ctx)


def add_member(qtbot, admin: AdminPage, name: str, email: str) -> None:
    press(qtbot, admin.team.list.new_button)
    editor = active_editor(qtbot)
    type_text(qtbot, editor.name, name)
    qtbot.keyClick(editor.name, Qt.Key.Key_Tab)
    type_text(qtbot, editor.email, email)
    qtbot.keyClick(editor.email, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_beheer_is_in_the_navigation_with_a_shortcut(qtbot, window):
    number = [entry.key for entry in PAGES].index("admin") + 1
    assert number <= 9, "Beheer needs a Ctrl+digit shortcut"
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), CTRL)
    page = window.stack.currentWidget()
    assert isinstance(page, AdminPage)
    assert page.tabs.count() == 4
    for index in range(page.tabs.count()):
        assert page.tabs.tabText(index)


def test_a_teams_first_day(qtbot, ctx, window):
    assert list_team_members(ctx.db, include_inactive=True) == []
    number = [entry.key for entry in PAGES].index("admin") + 1
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), CTRL)
    admin = window.stack.currentWidget()
    assert isinstance(admin, AdminPage)

    # A team of two, typed as written.
    add_member(qtbot, admin, "Łukasz Wójcik", "lukasz@example.be")
    add_member(qtbot, admin, "Ayşe Özdemir", "ayse@example.be")
    members = list_team_members(ctx.db)
    assert [m.name for m in members] == ["Ayşe Özdemir", "Łukasz Wójcik"]
    assert admin.team.list.tree.topLevelItemCount() == 2

    # This year's target for the first plan item.
    admin.tabs.setCurrentWidget(admin.year_plan)
    plan = admin.year_plan
    plan.show_year(date.today().year)
    plan.items.setFocus()
    first_key = str(plan.items.currentItem().data(0, Qt.ItemDataRole.UserRole + 1))
    plan.target.setFocus()
    plan.target.selectAll()
    qtbot.keyClicks(plan.target, "12")
    qtbot.keyClick(plan.target, Qt.Key.Key_Return)
    assert get_targets(ctx.db, date.today().year)[first_key] == 12

    # A partnership of three municipalities.
    admin.tabs.setCurrentWidget(admin.governments)
    press(qtbot, admin.governments.new_partnership_button)
    editor = active_editor(qtbot)
    type_text(qtbot, editor.name, "Leie-regio")
    for town in ("Deinze", "Zulte", "Kruisem"):
        editor.members.filter.setFocus()
        qtbot.keyClicks(editor.members.filter, town)
        qtbot.keyClick(editor.members.filter, Qt.Key.Key_Return)  # the one match, ticked
    assert "3 gekozen" in editor.members.chosen.text()
    qtbot.keyClick(editor.name, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible())
    partnership = complete_local_governments(ctx.db, "Leie-regio", 1)[0]
    stored = get_local_government(ctx.db, partnership.id)
    assert stored.kind == "partnership"
    assert sorted(m.name for m in stored.members) == ["Deinze", "Kruisem", "Zulte"]

    # A talk for the partnership (Ctrl+N from anywhere).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    talk_editor = active_editor(qtbot)
    type_text(qtbot, talk_editor.government, "Leie-regio")
    talk_editor.government.choose_first()
    assert talk_editor.government.value() == partnership.id
    talk_editor.question.setFocus()
    type_text(qtbot, talk_editor.question, "Hoe maken we samen één aanpak?")
    qtbot.keyClick(talk_editor.question, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not talk_editor.isVisible())
    rows, _total = advice_talks_page(ctx.db, AdviceTalkFilter())
    assert len(rows) == 1
    talk_id = rows[0].id

    # Archive it from its editor, opened from the list.
    talks = window.show_page("advice_talk")
    talks.table.select_id(talk_id)
    talks.table.setFocus()
    qtbot.keyClick(talks.table, Qt.Key.Key_Return)
    editor = active_editor(qtbot)
    press(qtbot, editor.archive_button)
    assert get_advice_talk(ctx.db, talk_id).archived
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert talks.model.row_of(talk_id) == -1  # gone from the daily list

    # ... and bring it back through "Toon gearchiveerd".
    assert talks.show_archived is not None
    press(qtbot, talks.show_archived)
    row = talks.model.row_of(talk_id)
    assert row >= 0
    assert talks.model.index(row, talks.archived_column).data().startswith("(gearchiveerd) ")
    talks.table.select_id(talk_id)
    talks.table.setFocus()
    qtbot.keyClick(talks.table, Qt.Key.Key_Return)
    editor = active_editor(qtbot)
    assert editor.archive_button.text() == "Terugzetten uit archief"
    press(qtbot, editor.archive_button)
    assert not get_advice_talk(ctx.db, talk_id).archived
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    row = talks.model.row_of(talk_id)
    assert not talks.model.index(row, talks.archived_column).data().startswith("(gearchiveerd)")


def test_the_overviews_link_opens_the_year_plan_at_its_year(qtbot, ctx, window):
    ctx.open_requested.emit("admin", "year_plan:2031")
    admin = window.stack.currentWidget()
    assert isinstance(admin, AdminPage)
    assert admin.tabs.currentWidget() is admin.year_plan
    assert admin.year_plan.year.value() == 2031
    ctx.open_requested.emit("admin", "governments")
    assert admin.tabs.currentWidget() is admin.governments
    ctx.open_requested.emit("admin", "nonsense")  # an unknown place changes nothing
    assert admin.tabs.currentWidget() is admin.governments
