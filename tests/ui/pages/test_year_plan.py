"""Beheer → Jaarplan used as the team would in January: look at this year's plan, change a
target and write the report text, start next year as a copy of the last; bad input
(a negative or non-numeric target, an item that counts activities of no known kind) is
said beside its field, nothing is saved and what was typed stays."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supportdesk.services.plan import list_plan_items
from tests.ui.keyboard import type_text
from tests.ui.windows import show_active
from ui.pages.admin.year_plan import YearPlanTab


def make_tab(qtbot, ctx, year: int = 2025) -> YearPlanTab:
    tab = YearPlanTab(ctx)
    qtbot.addWidget(tab)
    tab.show_year(year)
    tab.resize(1100, 650)
    show_active(qtbot, tab)
    return tab


def stored(ctx, year: int, key: str):
    return next(i for i in list_plan_items(ctx.db, year) if i.key == key)


def choose(qtbot, tab: YearPlanTab, key: str) -> None:
    assert tab._select(key)
    tab.items.setFocus()
    qtbot.keyClick(tab.items, Qt.Key.Key_Return)  # Enter: to the item's form


def test_change_a_target_and_the_report_text(qtbot, ctx):
    tab = make_tab(qtbot, ctx)
    assert tab.state.text() == "Het plan van 2025 heeft 20 items."
    choose(qtbot, tab, "info_sessions")
    assert tab.target.hasFocus() and tab.target.text() == "2"
    tab.target.selectAll()
    type_text(qtbot, tab.target, "3")
    type_text(qtbot, tab.report_text, "Drie infosessies <&> 🙂, één online.")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    item = stored(ctx, 2025, "info_sessions")
    assert item.target == 3 and item.report_text == "Drie infosessies <&> 🙂, één online."
    assert tab.current_item() is not None and tab.current_item().key == "info_sessions"


def test_bad_targets_are_said_beside_the_field(qtbot, ctx):
    tab = make_tab(qtbot, ctx)
    choose(qtbot, tab, "newsletters")
    for typed in ("-3", "negen"):
        tab.target.selectAll()
        type_text(qtbot, tab.target, typed)
        type_text(qtbot, tab.report_text, "x")
        assert not tab.save_current()
        assert tab.errors["target"].isVisibleTo(tab) and tab.errors["target"].text()
        assert tab.target.text() == typed and tab.target.hasFocus()
    assert stored(ctx, 2025, "newsletters").target == 9
    assert stored(ctx, 2025, "newsletters").report_text == ""


def test_an_item_counting_no_known_kind_is_refused_beside_the_kinds(qtbot, ctx):
    tab = make_tab(qtbot, ctx)
    choose(qtbot, tab, "info_sessions")
    for public_id in tab.kinds.checked_ids():
        tab.kinds.set_checked(public_id, False)
    assert not tab.save_current()
    assert tab.errors["activity_kind_ids"].text()
    assert [k.name for k in stored(ctx, 2025, "info_sessions").activity_kinds] == ["Infosessie"]


def test_next_year_starts_as_a_copy_of_the_last(qtbot, ctx):
    tab = make_tab(qtbot, ctx, 2026)
    assert tab.state.text().startswith("2026 heeft nog geen eigen jaarplan")
    assert tab.copy_button.isEnabled()
    tab.copy_button.setFocus()
    qtbot.keyClick(tab.copy_button, Qt.Key.Key_Space)
    assert tab.state.text() == "Het plan van 2026 heeft 20 items."
    assert not tab.copy_button.isEnabled()
    assert stored(ctx, 2026, "newsletters").target == 9 and stored(ctx, 2026, "newsletters").id


def test_a_new_item(qtbot, ctx):
    tab = make_tab(qtbot, ctx)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.code.hasFocus()
    type_text(qtbot, tab.code, "OD 1.1")
    type_text(qtbot, tab.text, "Leden van het netwerk")
    tab.counted.setCurrentIndex(tab._counted.index("milestone"))
    assert tab.target.isHidden() and tab.milestone_state.isVisibleTo(tab)
    assert tab.save_current()
    texts = [i.text for i in list_plan_items(ctx.db, 2025)]
    assert "Leden van het netwerk" in texts and len(texts) == 21


def test_saving_an_item_of_a_year_without_a_plan_starts_that_years_plan(qtbot, ctx):
    tab = make_tab(qtbot, ctx, 2027)
    choose(qtbot, tab, "newsletters")
    tab.target.selectAll()
    type_text(qtbot, tab.target, "10")
    assert tab.save_current()
    items = list_plan_items(ctx.db, 2027)
    assert len(items) == 20 and all(i.id for i in items)
    assert stored(ctx, 2027, "newsletters").target == 10
    assert tab.state.text() == "Het plan van 2027 heeft 20 items."


def test_the_kinds_of_activity_are_the_teams_to_edit(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from supportdesk.services.activities import list_activity_kinds
    from ui.pages.admin.activity_kinds import ActivityKindsPanel
    from ui.widgets import questions

    monkeypatch.setattr(questions, "ask_unsaved", lambda *_a: questions.DISCARD)
    tab = make_tab(qtbot, ctx)
    qtbot.mouseClick(tab.kinds_button, Qt.MouseButton.LeftButton)
    panel = next(
        w for w in QApplication.topLevelWidgets() for w in w.findChildren(ActivityKindsPanel)
    )
    names = [r[0] for r in panel.row_texts()]
    assert "Infosessie" in names and len(names) == 8
    # a new kind, with the plan's OD
    editor = panel.add_kind()
    type_text(qtbot, editor.name, "Webinar <&>")
    type_text(qtbot, editor.plan_code, "OD 1.2")
    assert editor.try_save()
    assert "Webinar <&>" in [r[0] for r in panel.row_texts()]
    # a name that exists already: said beside the field, typing kept
    editor = panel.add_kind()
    type_text(qtbot, editor.name, "infosessie")
    assert not editor.try_save()
    assert editor.fields["name"].error.text() and editor.name.text() == "infosessie"
    editor.close_without_asking()
    # archived: it leaves the pickers, stays listed here
    assert panel.select(next(k.id for k in list_activity_kinds(ctx.db) if k.name == "Webinar <&>"))
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert "Webinar <&>" not in [k.name for k in list_activity_kinds(ctx.db)]
    assert "Webinar <&> (gearchiveerd)" in [r[0] for r in panel.row_texts()]
