"""The Opvolgacties list as a person uses it: groups, owner filter, done with Ctrl+D and
undo with Ctrl+Z, moving a due date, Enter opens what an action belongs to, more rows
as the list scrolls."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import FollowUpAction, LocalGovernment
from supportdesk.services.follow_ups import get_follow_up
from tests.supportdesk.queries._data import action, member, talk
from tests.ui.windows import show_page
from ui.pages import follow_ups as page_module
from ui.pages.follow_ups import FollowUpsPage
from ui.pages.follow_ups_model import COL_DUE

WED = date(2025, 3, 12)


def make_page(qtbot, ctx, today=WED) -> FollowUpsPage:
    page = FollowUpsPage(ctx)
    page.today_override = today
    show_page(qtbot, page, 1100, 600)
    page.view.setFocus()
    return page


def texts(page: FollowUpsPage, group: str) -> list[str]:
    return [r.description for r in page.model.rows[group]]


def test_groups_and_words_for_overdue(qtbot, ctx):
    action(ctx.db, "Bel Łukasz terug", WED - timedelta(days=3))
    action(ctx.db, "Mail sturen", WED)
    action(ctx.db, "Verslag", WED + timedelta(days=2))
    action(ctx.db, "Ooit", None)
    page = make_page(qtbot, ctx)

    assert texts(page, "overdue") == ["Bel Łukasz terug"]
    assert texts(page, "today") == ["Mail sturen"]
    assert texts(page, "week") == ["Verslag"]
    assert texts(page, "later") == ["Ooit"]
    assert page.summary.text() == "4 open opvolgacties, waarvan 1 achterstallig."
    group = page.model.group_index("overdue")
    assert group.data() == "Achterstallig (1)"
    cell = page.model.index(0, COL_DUE, group)
    # said in words, not only in red
    assert cell.data() == "09/03/2025 · 3 dagen te laat"
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Achterstallig:")


def test_mine_is_the_default_once_i_chose_who_i_am(qtbot, ctx):
    me = member(ctx.db, "An Peeters")
    other = member(ctx.db, "Jo Özdemir")
    action(ctx.db, "van mij", WED, owner=me)
    action(ctx.db, "van Jo", WED, owner=other)
    ctx.settings().setValue("user/team_member_id", me)
    page = make_page(qtbot, ctx)

    assert page.owner.currentText() == "Mijn opvolgacties"
    assert texts(page, "today") == ["van mij"]

    page.owner.setFocus()
    qtbot.keyClick(page.owner, Qt.Key.Key_Down)  # "Iedereen"
    assert page.owner.currentText() == "Iedereen"
    assert sorted(texts(page, "today")) == ["van Jo", "van mij"]
    page.owner.setCurrentIndex(page.owner.findText("Jo Özdemir"))
    assert texts(page, "today") == ["van Jo"]


def test_done_with_ctrl_d_and_undo_with_ctrl_z(qtbot, ctx):
    first = action(ctx.db, "Eerste", WED - timedelta(days=1))
    action(ctx.db, "Tweede", WED - timedelta(days=1))
    page = make_page(qtbot, ctx)
    page.view.setFocus()
    assert page.current_row().id == first

    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    assert get_follow_up(ctx.db, first).done_date == WED
    assert texts(page, "overdue") == ["Tweede"]
    assert page.current_row().description == "Tweede"  # the next one is selected
    assert page.message.text() == "“Eerste” is afgewerkt."
    assert page.undo_button.isVisible()

    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert get_follow_up(ctx.db, first).done_date is None
    assert texts(page, "overdue") == ["Eerste", "Tweede"]


def test_done_button_by_mnemonic_and_the_count_everywhere(qtbot, ctx):
    a = action(ctx.db, "Te laat", WED - timedelta(days=1))
    page = make_page(qtbot, ctx)
    changed = []
    ctx.changed.connect(changed.append)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert get_follow_up(ctx.db, a).done_date == WED
    assert changed == ["follow_up_action"]
    assert page.summary.text() == "Geen open opvolgacties."
    assert not page.done_button.isEnabled()


def test_move_due_date_from_the_menu_and_with_a_chosen_date(qtbot, ctx, monkeypatch):
    a = action(ctx.db, "Verplaats mij", WED - timedelta(days=2))
    page = make_page(qtbot, ctx)
    tomorrow = next(x for x in page.move_menu.actions() if x.text() == "Naar &morgen")
    tomorrow.trigger()
    assert get_follow_up(ctx.db, a).due_date == WED + timedelta(days=1)
    assert texts(page, "week") == ["Verplaats mij"]
    assert page.current_row().id == a  # still selected in its new group

    def choose(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClicks(dialog.date_edit, "1/4/2025")
        assert dialog.chosen() == date(2025, 4, 1)
        return page_module.QDialog.DialogCode.Accepted

    monkeypatch.setattr(page_module.RescheduleDialog, "exec", choose)
    other = next(x for x in page.move_menu.actions() if x.text() == "&Andere datum…")
    other.trigger()
    assert get_follow_up(ctx.db, a).due_date == date(2025, 4, 1)
    assert texts(page, "later") == ["Verplaats mij"]


def test_enter_opens_what_the_action_belongs_to(qtbot, ctx):
    t = talk(ctx.db, "Gent", date(2025, 3, 3))
    action(ctx.db, "Bij het gesprek", WED, talk_id=t)
    page = make_page(qtbot, ctx)
    page.view.setFocus()
    assert page.model.index(0, 2, page.model.group_index("today")).data() == (
        "Adviesgesprek Gent, 03/03/2025"
    )
    with qtbot.waitSignal(ctx.open_requested) as signal:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert signal.args == ["advice_talk", t]


def test_a_conflicting_change_is_reported_not_lost(qtbot, ctx, monkeypatch):
    from supportdesk.services.follow_ups import reschedule_follow_up

    a = action(ctx.db, "Samen bewerkt", WED)
    page = make_page(qtbot, ctx)
    reschedule_follow_up(ctx.db, a, WED + timedelta(days=1))  # someone else, meanwhile
    warnings = []
    monkeypatch.setattr(page_module.QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert warnings and "gewijzigd" in warnings[0]
    assert get_follow_up(ctx.db, a).done_date is None
    assert texts(page, "week") == ["Samen bewerkt"]  # reloaded


@pytest.fixture
def many_overdue(ctx):
    with ctx.db.write() as session:
        lg = session.scalars(select(LocalGovernment).where(LocalGovernment.name == "Gent")).one()
        for n in range(130):
            session.add(
                FollowUpAction(
                    description=f"actie {n:03}", due_date=date(2025, 1, 1), local_government=lg
                )
            )


def test_more_rows_arrive_as_the_list_scrolls(qtbot, ctx, many_overdue, qtmodeltester):
    page = make_page(qtbot, ctx)
    qtmodeltester.check(page.model)
    group = page.model.group_index("overdue")
    assert page.model.rowCount(group) == 50 and page.model.counts["overdue"] == 130
    bar = page.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert page.model.rowCount(group) == 100
    # the keyboard gets there too: End goes to the last loaded row, which loads more
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_End)
    qtbot.keyClick(page.view, Qt.Key.Key_End)
    assert page.model.rowCount(group) == 130
    assert texts(page, "overdue")[-1] == "actie 129"
