"""The Trajecten list, used as a coach would: mine first, filters, attention in words."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from supportdesk.services.follow_ups import FollowUpInput
from supportdesk.services.team import TeamMemberInput, create_team_member
from supportdesk.services.trajectories import TrajectoryInput, change_status, create_trajectory
from tests.supportdesk.services.helpers import government_id
from tests.ui.windows import show_page
from ui.pages.trajectories import (
    COL_ATTENTION,
    COL_GOVERNMENT,
    COL_NEXT,
    COL_STATUS,
    COL_TITLE,
    TrajectoriesPage,
)

TODAY = date.today()


def make_data(ctx):
    ann = create_team_member(ctx.db, TeamMemberInput("Ann Özdemir")).id
    bob = create_team_member(ctx.db, TeamMemberInput("Bob")).id
    late = create_trajectory(
        ctx.db,
        TrajectoryInput(
            government_id(ctx.db, "Gent"),
            title="Digihelpers <&> Gent",
            start_date=TODAY - timedelta(days=100),
            coach_ids=(ann,),
            new_follow_ups=(FollowUpInput("Verslag sturen", due_date=TODAY - timedelta(days=3)),),
        ),
        status="running",
    )
    done = create_trajectory(
        ctx.db,
        TrajectoryInput(
            government_id(ctx.db, "Brugge"),
            start_date=TODAY - timedelta(days=300),
            coach_ids=(ann, bob),
        ),
        status="running",
    )
    change_status(ctx.db, done.id, "finished", TODAY - timedelta(days=5))
    other = create_trajectory(
        ctx.db, TrajectoryInput(government_id(ctx.db, "Aalst"), coach_ids=(bob,))
    )
    return ann, bob, late.id, done.id, other.id


def make_page(qtbot, ctx):
    return show_page(qtbot, TrajectoriesPage(ctx), 1280, 700)


def texts(page, column):
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_mine_first_with_attention_in_words(qtbot, ctx):
    ann, _bob, late, done, _other = make_data(ctx)
    ctx.settings().setValue("user/team_member_id", ann)
    page = make_page(qtbot, ctx)
    assert page.mine.isChecked()
    assert page.model.total() == 2
    assert page.model.row_at(0).id == late  # the next action due comes first
    assert texts(page, COL_TITLE) == ["Digihelpers <&> Gent", "Traject Brugge"]
    assert texts(page, COL_STATUS) == ["lopend", "afgerond"]
    assert "Verslag sturen" in texts(page, COL_NEXT)[0]
    assert texts(page, COL_ATTENTION) == ["⚠ 1 actie te laat", "⚠ feedback ontbreekt"]
    font = page.model.index(0, COL_TITLE).data(Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()
    # Ctrl+M switches "mine" off: everyone's trajectories.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert not page.mine.isChecked() and page.model.total() == 3
    assert done in {page.model.row_at(r).id for r in range(page.model.rowCount())}


def test_without_me_mine_is_off_and_filters_work(qtbot, ctx):
    _ann, bob, late, done, other = make_data(ctx)
    page = make_page(qtbot, ctx)
    assert not page.mine.isEnabled() and page.model.total() == 3
    page.filters.set_value("status", ("request", "intake", "running"))
    assert {page.model.row_at(r).id for r in range(page.model.rowCount())} == {late, other}
    page.filters.set_value("coach", bob)
    assert {page.model.row_at(r).id for r in range(page.model.rowCount())} == {other}
    page.filters.reset()
    page.filters.set_value("attention", "feedback_missing")
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == [done]
    page.filters.reset()
    page.filters.search.setFocus()
    with qtbot.waitSignal(page.filters.changed, timeout=2000):
        qtbot.keyClicks(page.filters.search, "aalst")
    assert texts(page, COL_GOVERNMENT) == ["Aalst"]
    assert "1" in page.filters.count_label.text()
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    assert page.table.current_id() == other
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editors and page.editors[0].record_id == other
    page.editors[0].close_without_asking()


def test_empty_states(qtbot, ctx):
    page = make_page(qtbot, ctx)
    assert page.model.total() == 0
    assert "Nog geen trajecten" in page.empty.text() and page.empty.isVisible()
    page.filters.set_value("attention", "overdue")
    assert "filters" in page.empty.text()


def test_the_model_passes_qt_model_checks(qtbot, ctx, qtmodeltester):
    make_data(ctx)
    page = make_page(qtbot, ctx)
    qtmodeltester.check(page.model)


def test_a_coachs_morning_on_the_overview(qtbot, ctx):
    from ui.pages.overview import OverviewPage

    ann, _bob, late, done, _other = make_data(ctx)
    ctx.settings().setValue("user/team_member_id", ann)
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    panel = page.my_trajectories
    assert "2, waarvan 2 met aandachtspunten" in panel.heading.text()
    rows = [
        [panel.tree.topLevelItem(i).text(c) for c in range(5)]
        for i in range(panel.tree.topLevelItemCount())
    ]
    assert {r[0] for r in rows} == {"⚠ 1 actie te laat", "⚠ feedback ontbreekt"}
    assert panel.tree.topLevelItem(0).font(1).bold()
    opened = []
    ctx.open_requested.connect(lambda kind, pid: opened.append((kind, pid)))
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.tree.itemActivated.emit(panel.tree.topLevelItem(0), 0)
    assert opened and opened[0][0] == "trajectory" and opened[0][1] in {late, done}


def test_someone_who_coaches_nothing_starts_with_everyones(qtbot, ctx):
    make_data(ctx)
    nobody = create_team_member(ctx.db, TeamMemberInput("Nieuwe collega")).id
    ctx.settings().setValue("user/team_member_id", nobody)
    page = make_page(qtbot, ctx)
    assert page.mine.isEnabled() and not page.mine.isChecked()
    assert page.model.total() == 3
    page.mine.setChecked(True)
    assert page.model.total() == 0 and "Mijn trajecten" in page.empty.text()
