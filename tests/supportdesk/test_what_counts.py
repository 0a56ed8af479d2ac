"""What counts for the plan, at every edge, and the same answer everywhere.

A dataset with known answers is built through the services (as the app does): talks on
every channel around 1/1 and 31/12, archived, deleted, mail-only and planned ones;
trajectories at request, intake, running, finished, stopped after starting and stopped
before their planned start; focus groups held, planned (past and future), cancelled and
archived. The figures of ``year_indicators`` (the Overzicht), ``stats --json``,
``year_report_data`` and ``indicator_records`` must all agree with the known answers,
and ``supportdesk check`` must find nothing wrong. Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from db.models import FocusGroup
from db.session import Database
from supportdesk.errors import ValidationError
from supportdesk.indicators import (
    ADVICE_TALKS,
    FOCUS_GROUPS,
    KEYS,
    TRAJECTORIES,
    indicator_records,
    year_indicators,
)
from supportdesk.reports.data.year import year_report_data
from supportdesk.services.advice import (
    archive_advice_talk,
    delete_advice_talk,
)
from supportdesk.services.focus_groups import (
    FocusGroupInput,
    archive_focus_group,
    change_focus_group_status,
    create_focus_group,
    get_focus_group,
    update_focus_group,
)
from supportdesk.services.trajectories import (
    archive_trajectory,
    change_status,
)
from tests.supportdesk.plan_records import (
    assert_check_clean,
    focus_group,
    talk,
    trajectory,
)

Y = 2025
MID = date(Y, 6, 15)  # "today" inside the year, for what is still planned
AFTER = date(Y + 1, 3, 1)  # "today" after the year: everything of the year has happened


def _figures(db: Database, today: date) -> dict[str, tuple[int, int, int]]:
    return {i.key: (i.value, i.planned, i.attention) for i in year_indicators(db, Y, today)}


def _all_agree(db: Database, today: date) -> None:
    """The Overzicht's figures, the records behind them and the year report agree."""
    figures = {i.key: i.value for i in year_indicators(db, Y, today)}
    for key in KEYS:
        assert len(indicator_records(db, Y, key, today)) == figures[key], key
    report = year_report_data(db, Y, today=today)
    assert {r.key: r.value for r in report.indicators} == figures
    assert len(report.talks) == figures[ADVICE_TALKS]
    assert len(report.trajectories) == figures[TRAJECTORIES]
    assert len(report.focus_groups) == figures[FOCUS_GROUPS]


# --- advice talks -------------------------------------------------------------------


def test_talks_count_from_1_january_to_31_december_held_not_mail_only(db: Database) -> None:
    talk(db, date(Y - 1, 12, 31), question="Oudjaar vorig jaar")
    talk(db, date(Y, 1, 1), question="Nieuwjaar")
    talk(db, date(Y, 12, 31), "on_site", "Oudjaar")
    talk(db, date(Y + 1, 1, 1), question="Volgend jaar")
    talk(db, date(Y, 3, 1), "email", "Enkel per mail")
    archived = talk(db, date(Y, 4, 1), "online", "Gearchiveerd")
    archive_advice_talk(db, archived)
    deleted = talk(db, date(Y, 5, 1), question="Gewist")
    delete_advice_talk(db, deleted)
    assert _figures(db, AFTER)[ADVICE_TALKS] == (3, 0, 0)
    titles = [r.title for r in indicator_records(db, Y, ADVICE_TALKS, AFTER)]
    assert titles == ["Nieuwjaar", "Gearchiveerd", "Oudjaar"]
    _all_agree(db, AFTER)
    report = year_report_data(db, Y, today=AFTER)
    assert report.mail_only == 1
    assert_check_clean(db)


def test_talks_dated_after_today_are_planned_not_counted(db: Database) -> None:
    talk(db, MID, question="Vandaag")
    talk(db, MID + timedelta(days=1), question="Morgen")
    talk(db, date(Y, 12, 31), question="Oudjaar")
    talk(db, MID + timedelta(days=2), "email", "Mail morgen")  # never counts, nor planned
    assert _figures(db, MID)[ADVICE_TALKS] == (1, 2, 0)
    assert _figures(db, date(Y, 12, 31))[ADVICE_TALKS] == (3, 0, 0)
    _all_agree(db, MID)


# --- trajectories -------------------------------------------------------------------


def test_a_request_or_intake_with_a_planned_start_has_not_started(db: Database) -> None:
    trajectory(db, "request", "Aanvraag", start_date=date(Y, 2, 1))
    trajectory(db, "intake", "Intake", intake_on=date(Y, 1, 10), start_date=date(Y, 3, 1))
    # before the planned starts: "gepland"; once they have passed without a start, the
    # year's figure neither counts them nor calls them planned
    assert _figures(db, date(Y, 1, 15))[TRAJECTORIES] == (0, 2, 0)
    assert _figures(db, date(Y, 2, 15))[TRAJECTORIES] == (0, 1, 0)
    assert _figures(db, AFTER)[TRAJECTORIES] == (0, 0, 0)
    assert indicator_records(db, Y, TRAJECTORIES, AFTER) == []
    _all_agree(db, AFTER)


def test_a_trajectory_counts_from_the_day_it_starts_in_every_year_it_ran(db: Database) -> None:
    tid = trajectory(db, "intake", "Loopt", intake_on=date(Y - 1, 11, 1))
    change_status(db, tid, "running", date(Y - 1, 12, 31))
    assert _figures(db, date(Y - 1, 12, 30))[TRAJECTORIES][0] == 0
    for year_today in (date(Y - 1, 12, 31), AFTER):
        assert year_indicators(db, Y - 1, year_today)[1].value == 1
    assert _figures(db, MID)[TRAJECTORIES] == (1, 0, 0)
    change_status(db, tid, "finished", date(Y + 1, 1, 1))
    assert _figures(db, AFTER)[TRAJECTORIES] == (1, 0, 0)
    assert year_indicators(db, Y + 1, AFTER)[1].value == 1  # ended on New Year's Day
    assert year_indicators(db, Y + 2, date(Y + 2, 6, 1))[1].value == 0
    _all_agree(db, AFTER)
    assert_check_clean(db)


def test_finished_on_31_december_does_not_count_the_next_year(db: Database) -> None:
    trajectory(
        db,
        "finished",
        "Vorig jaar",
        intake_on=date(Y - 1, 1, 5),
        start_date=date(Y - 1, 2, 1),
        end_date=date(Y - 1, 12, 31),
    )
    assert _figures(db, AFTER)[TRAJECTORIES] == (0, 0, 0)
    assert year_indicators(db, Y - 1, AFTER)[1].value == 1


def test_running_with_a_start_date_after_today_is_planned(db: Database) -> None:
    trajectory(db, "running", "Start later", start_date=MID + timedelta(days=1))
    assert _figures(db, MID)[TRAJECTORIES] == (0, 1, 0)
    assert _figures(db, AFTER)[TRAJECTORIES] == (1, 0, 0)
    _all_agree(db, MID)


def test_stopped_before_the_planned_start_never_counts_and_check_stays_clean(
    db: Database,
) -> None:
    tid = trajectory(db, "intake", "Afgeblazen", intake_on=date(Y, 1, 10), start_date=date(Y, 5, 1))
    view = change_status(db, tid, "stopped", date(Y, 3, 1))
    assert view.stopped_without_starting
    assert view.start_date is None and view.end_date == date(Y, 3, 1)
    req = trajectory(
        db, "request", "Nooit begonnen", requested_on=date(Y, 1, 5), start_date=date(Y, 2, 1)
    )
    change_status(db, req, "stopped", date(Y, 1, 20))
    assert _figures(db, AFTER)[TRAJECTORIES] == (0, 0, 0)
    _all_agree(db, AFTER)
    assert_check_clean(db)


def test_stopped_after_starting_counts_and_archived_counts(db: Database) -> None:
    tid = trajectory(db, "intake", "Gestopt", intake_on=date(Y, 1, 2))
    change_status(db, tid, "running", date(Y, 2, 1))
    view = change_status(db, tid, "stopped", date(Y, 4, 1))
    assert not view.stopped_without_starting
    other = trajectory(db, "running", "Gearchiveerd", start_date=date(Y, 1, 1))
    archive_trajectory(db, other)
    assert _figures(db, AFTER)[TRAJECTORIES] == (2, 0, 0)
    _all_agree(db, AFTER)
    assert_check_clean(db)


# --- focus groups -------------------------------------------------------------------


def test_only_held_focus_groups_count_on_1_january_and_31_december(db: Database) -> None:
    focus_group(db, date(Y - 1, 12, 31), "Vorig jaar")
    focus_group(db, date(Y, 1, 1), "Nieuwjaar")
    focus_group(db, date(Y, 12, 31), "Oudjaar")
    focus_group(db, date(Y + 1, 1, 1), "Volgend jaar")
    archived = focus_group(db, date(Y, 5, 1), "Gearchiveerd")
    archive_focus_group(db, archived)
    cancelled = focus_group(db, date(Y, 6, 1), "Geannuleerd", status="planned")
    view = change_focus_group_status(db, cancelled, "cancelled", date(Y, 5, 20))
    assert view.status == "cancelled" and view.cancelled_on == date(Y, 5, 20)
    assert not view.archived  # cancelling is not archiving
    not_confirmed = focus_group(db, date(Y, 7, 1), "Nooit bevestigd", status="planned")
    assert get_focus_group(db, not_confirmed).needs_attention
    assert _figures(db, AFTER)[FOCUS_GROUPS] == (3, 0, 1)
    titles = [r.title for r in indicator_records(db, Y, FOCUS_GROUPS, AFTER)]
    assert titles == ["Nieuwjaar", "Gearchiveerd", "Oudjaar"]
    _all_agree(db, AFTER)
    assert_check_clean(db)


def test_planned_focus_groups_after_today_are_planned_and_held_ones_count(
    db: Database,
) -> None:
    today = date.today()
    future = focus_group(db, today + timedelta(days=10), "Volgende maand", status="planned")
    view = get_focus_group(db, future)
    assert view.status == "planned" and view.planned_on == today
    assert not view.needs_attention
    year = (today + timedelta(days=10)).year
    planned = year_indicators(db, year, today)[2]
    assert (planned.value, planned.planned, planned.attention) == (0, 1, 0)
    with pytest.raises(ValidationError, match="nog moet plaatsvinden"):
        change_focus_group_status(db, future, "held")
    with pytest.raises(ValidationError, match="nog moet plaatsvinden"):
        create_focus_group(db, FocusGroupInput(today + timedelta(days=1), "X"), status="held")
    past = focus_group(db, today - timedelta(days=3), "Vorige week", status="planned")
    assert get_focus_group(db, past).needs_attention
    held = change_focus_group_status(db, past, "held")
    assert held.status == "held" and not held.needs_attention
    with pytest.raises(ValidationError, match="nog moet plaatsvinden"):
        update_focus_group(
            db, past, FocusGroupInput(today + timedelta(days=5), "Vorige week"), held.version
        )
    with pytest.raises(ValidationError, match="kan alleen"):
        change_focus_group_status(db, past, "cancelled")
    figures = year_indicators(db, (today - timedelta(days=3)).year, today)[2]
    assert figures.value == 1
    assert_check_clean(db)


def test_a_cancelled_focus_group_can_be_planned_again(db: Database) -> None:
    fid = focus_group(db, date.today() + timedelta(days=30), "Verzet", status="planned")
    change_focus_group_status(db, fid, "cancelled")
    view = change_focus_group_status(db, fid, "planned")
    assert view.status == "planned" and view.cancelled_on is None
    with db.read() as s:
        assert s.scalar(select(FocusGroup.status).where(FocusGroup.public_id == fid)) == "planned"
