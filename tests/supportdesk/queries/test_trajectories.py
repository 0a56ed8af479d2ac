"""The trajectory list query: the coach's columns, every filter, sort and paging."""

from datetime import date

import pytest

from supportdesk.queries.trajectories import (
    SORT_KEYS,
    TrajectoryFilter,
    count_trajectories,
    list_trajectories,
    trajectory_years,
)
from supportdesk.services.feedback import FeedbackInput, give_feedback
from supportdesk.services.follow_ups import FollowUpInput, complete_follow_up
from supportdesk.services.team import TeamMemberInput, create_team_member
from supportdesk.services.trajectories import TrajectoryInput, change_status, create_trajectory
from tests.supportdesk.queries._data import government

TODAY = date(2025, 6, 2)


@pytest.fixture
def tracks(db):
    ann = create_team_member(db, TeamMemberInput("Ann Özdemir")).id
    bob = create_team_member(db, TeamMemberInput("Bob")).id
    gent, brugge, aalst = (government(db, n) for n in ("Gent", "Brugge", "Aalst"))
    late = create_trajectory(
        db,
        TrajectoryInput(
            gent,
            title="Digihelpers <&> Gent",
            requested_on=date(2024, 9, 1),
            intake_on=date(2024, 10, 1),
            start_date=date(2024, 11, 1),
            planned_end_date=date(2025, 9, 1),
            starting_position="starting",
            needs="Vrijwilligers vinden",
            coach_ids=(ann,),
            new_follow_ups=(
                FollowUpInput("Verslag sturen", due_date=date(2025, 5, 20), owner_id=ann),
                FollowUpInput("Tweede overleg", due_date=date(2025, 7, 1)),
                FollowUpInput("Klaar", due_date=date(2025, 1, 1), done_date=date(2025, 1, 2)),
            ),
        ),
        status="running",
    )
    done = create_trajectory(
        db,
        TrajectoryInput(
            brugge,
            title="Toegankelijke website",
            requested_on=date(2024, 1, 5),
            intake_on=date(2024, 1, 20),
            start_date=date(2024, 2, 1),
            planned_end_date=date(2024, 12, 1),
            starting_position="growing",
            coach_ids=(ann, bob),
        ),
        status="running",
    )
    done = change_status(db, done.id, "finished", date(2024, 12, 10))
    ended = create_trajectory(
        db,
        TrajectoryInput(
            aalst,
            requested_on=date(2025, 3, 1),
            planned_end_date=date(2025, 5, 1),
            coach_ids=(bob,),
        ),
    )
    return {"ann": ann, "bob": bob, "late": late.id, "done": done.id, "request": ended.id,
            "gent": gent}  # fmt: skip


def ids(db, **kw):
    return {r.id for r in list_trajectories(db, TrajectoryFilter(today=TODAY, **kw))}


def test_rows_carry_what_a_coach_looks_at(db, tracks):
    rows = {r.id: r for r in list_trajectories(db, TrajectoryFilter(today=TODAY))}
    late = rows[tracks["late"]]
    assert late.title == "Digihelpers <&> Gent" and late.local_government == "Gent"
    assert late.next_due == date(2025, 5, 20) and late.next_action == "Verslag sturen"
    assert late.open_actions == 2 and late.overdue_actions == 1 and late.overdue
    assert late.coaches == ("Ann Özdemir",) and not late.feedback_missing
    done = rows[tracks["done"]]
    assert done.status == "finished" and done.feedback_missing and not done.overdue
    assert done.coaches == ("Ann Özdemir", "Bob") and done.next_action == ""
    request = rows[tracks["request"]]
    assert request.title == "" and request.past_planned_end and request.overdue


def test_feedback_recorded_is_no_longer_missing(db, tracks):
    give_feedback(db, FeedbackInput(score=4, text="Goed", trajectory_id=tracks["done"]))
    assert ids(db, attention="feedback_missing") == set()


def test_filters(db, tracks):
    assert ids(db, statuses=("running",)) == {tracks["late"]}
    assert ids(db, statuses=("request", "intake", "running")) == {tracks["late"], tracks["request"]}
    assert ids(db, coach_id=tracks["ann"]) == {tracks["late"], tracks["done"]}
    assert ids(db, coach_id=tracks["bob"]) == {tracks["done"], tracks["request"]}
    assert ids(db, year=2024) == {tracks["late"], tracks["done"]}
    assert ids(db, year=2025) == {tracks["late"], tracks["request"]}
    assert ids(db, starting_position="growing") == {tracks["done"]}
    assert ids(db, starting_position="") == {tracks["request"]}
    assert ids(db, local_government_id=tracks["gent"]) == {tracks["late"]}
    assert ids(db, attention="overdue") == {tracks["late"], tracks["request"]}
    assert ids(db, attention="feedback_missing") == {tracks["done"]}
    assert ids(db, attention="any") == {tracks["late"], tracks["done"], tracks["request"]}
    assert ids(db, text="<&>") == {tracks["late"]}
    assert ids(db, text="vrijwilligers") == {tracks["late"]}
    assert ids(db, text="aalst") == {tracks["request"]}
    assert count_trajectories(db, TrajectoryFilter(coach_id=tracks["ann"])) == 2
    with pytest.raises(ValueError):
        list_trajectories(db, TrajectoryFilter(statuses=("nope",)))
    with pytest.raises(ValueError):
        list_trajectories(db, TrajectoryFilter(attention="nope"))


def test_done_actions_do_not_make_it_late(db, tracks):
    from supportdesk.services.trajectories import get_trajectory

    view = get_trajectory(db, tracks["late"])
    late_action = next(a for a in view.follow_ups if a.description == "Verslag sturen")
    complete_follow_up(db, late_action.id, date(2025, 6, 1))
    row = next(r for r in list_trajectories(db, TrajectoryFilter(today=TODAY)) if r.id == view.id)
    assert row.overdue_actions == 0 and not row.overdue
    assert row.next_action == "Tweede overleg" and row.next_due == date(2025, 7, 1)


def test_sort_by_next_due_puts_the_soonest_first(db, tracks):
    rows = list_trajectories(db, TrajectoryFilter(today=TODAY), sort="next_due")
    assert rows[0].id == tracks["late"] and rows[0].next_due == date(2025, 5, 20)
    rows = list_trajectories(db, TrajectoryFilter(today=TODAY), sort="next_due", descending=True)
    assert rows[0].id == tracks["late"]  # the only one with an open action; none last


@pytest.mark.parametrize("key", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_key_and_paging(db, tracks, key, descending):
    both = list_trajectories(db, sort=key, descending=descending)
    first = list_trajectories(db, sort=key, descending=descending, limit=2)
    second = list_trajectories(db, sort=key, descending=descending, offset=2, limit=2)
    assert [r.id for r in first + second] == [r.id for r in both]
    assert len(both) == 3


def test_status_sorts_in_step_order_by_default(db, tracks):
    rows = list_trajectories(db)
    assert [r.status for r in rows] == ["request", "running", "finished"]


def test_years(db, tracks):
    years = trajectory_years(db)
    assert years[-1] == 2024 and years[0] >= 2025
    with pytest.raises(ValueError):
        list_trajectories(db, sort="nope")


def test_a_page_counts_all_matching_rows_in_the_same_read(db, tracks):
    from supportdesk.queries.trajectories import trajectories_page

    rows, total = trajectories_page(db, TrajectoryFilter(coach_id=tracks["ann"]), limit=1)
    assert len(rows) == 1 and total == 2
    assert trajectories_page(db, TrajectoryFilter(text="nergens"))[1] == 0
    assert trajectories_page(db, offset=10)[1] is None
