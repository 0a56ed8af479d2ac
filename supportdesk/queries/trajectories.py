"""The list of trajectories: filters, sort and paging in SQL, so it stays quick at 100,000.

Each row carries what a coach looks at in the morning: the next open follow-up action,
how many actions are overdue, whether the planned end has passed while the trajectory
is still open, and whether closing feedback is missing. The page's rows come from one
query (the next action's date and the counts as correlated subqueries on indexed
columns); the coaches and the next action's words for just those rows come from two
small follow-up queries, which keeps the SQL the same on SQLite and PostgreSQL. Core
statements on ``db.tables``: the navigation counts and the Overzicht's "my trajectories"
read them without the ORM.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, case, func, or_, select

from db.session import Database
from db.tables.feedback import feedback
from db.tables.follow_up import follow_up_action
from db.tables.local_government import local_government
from db.tables.team import team_member
from db.tables.trajectory import trajectory, trajectory_coach
from supportdesk.codes import (
    OPEN_TRAJECTORY_STATUSES,
    STARTING_POSITIONS,
    TRAJECTORY_STATUSES,
    TrajectoryStatus,
)
from supportdesk.queries._common import contains
from supportdesk.queries.folded import name_contains
from supportdesk.queries.paging import counted_ids, names_per_row, next_actions, rows_only
from supportdesk.queries.sorting import name_order

SORT_KEYS = (
    "local_government",
    "title",
    "status",
    "start_date",
    "planned_end_date",
    "next_due",
    "starting_position",
)
#: statuses of a trajectory that is not closed yet
OPEN_STATUSES = OPEN_TRAJECTORY_STATUSES
#: what the "attention" filter can ask for
ATTENTION = ("any", "overdue", "feedback_missing")


@dataclass(frozen=True)
class TrajectoryFilter:
    """What the list shows; ``None`` or empty means any. Ids are public ids.

    ``statuses`` lists the statuses to show (empty: all). ``year`` keeps trajectories
    under way at some point in that year: begun (started, or else taken in or asked for)
    on or before its last day and not ended before its first. ``coach_id`` is a team
    member ("mine" is the current member). ``attention`` is "overdue" (an open action
    past its due date, or the planned end passed while still open), "feedback_missing",
    or "any" of the two. ``text`` matches the title, the needs, the goals or the
    government's name.
    """

    statuses: tuple[str, ...] = ()
    coach_id: str | None = None
    year: int | None = None
    starting_position: str | None = None  # "" means "not known"
    local_government_id: str | None = None
    attention: str | None = None
    text: str = ""
    include_archived: bool = False
    today: date | None = None  # None: today's date (tests fix it)


class TrajectoryRow(NamedTuple):
    id: str
    title: str  # as typed; may be empty (the interface then names the government)
    local_government_id: str
    local_government: str
    status: str
    starting_position: str | None
    requested_on: date | None
    start_date: date | None
    planned_end_date: date | None
    end_date: date | None
    next_due: date | None  # the due date of the next open action (None: none with a date)
    next_action: str  # that action's description ("" when there is no open action)
    open_actions: int
    overdue_actions: int
    past_planned_end: bool  # still open, and the planned end date has passed
    feedback_missing: bool  # finished, feedback expected, none recorded
    coaches: tuple[str, ...]
    archived: bool = False  # shown only with ``include_archived``

    @property
    def overdue(self) -> bool:
        return self.overdue_actions > 0 or self.past_planned_end

    @property
    def needs_attention(self) -> bool:
        return self.overdue or self.feedback_missing


def _open_actions(today: date | None = None) -> Any:
    cond = [
        follow_up_action.c.trajectory_id == trajectory.c.id,
        follow_up_action.c.done_date.is_(None),
        follow_up_action.c.archived.is_(False),
    ]
    if today is not None:
        cond.append(follow_up_action.c.due_date < today)
    return select(func.count(follow_up_action.c.id)).where(*cond).correlate(trajectory)


def _next_due() -> Any:
    return (
        select(func.min(follow_up_action.c.due_date))
        .where(
            follow_up_action.c.trajectory_id == trajectory.c.id,
            follow_up_action.c.done_date.is_(None),
            follow_up_action.c.archived.is_(False),
        )
        .correlate(trajectory)
        .scalar_subquery()
    )


def _has_feedback() -> Any:
    return select(feedback.c.id).where(feedback.c.trajectory_id == trajectory.c.id).exists()


def _feedback_missing() -> ColumnElement[bool]:
    return and_(
        trajectory.c.status == TrajectoryStatus.FINISHED,
        trajectory.c.feedback_expected.is_(True),
        ~_has_feedback(),
    )


def _feedback_missing_filter() -> ColumnElement[bool]:
    """As ``_feedback_missing``, with the feedback looked up once as a set (for WHERE)."""
    with_feedback = select(feedback.c.trajectory_id).where(feedback.c.trajectory_id.is_not(None))
    return and_(
        trajectory.c.status == TrajectoryStatus.FINISHED,
        trajectory.c.feedback_expected.is_(True),
        trajectory.c.id.not_in(with_feedback),
    )


def _past_planned_end(today: date) -> ColumnElement[bool]:
    return and_(
        trajectory.c.status.in_(OPEN_STATUSES),
        trajectory.c.planned_end_date.is_not(None),
        trajectory.c.planned_end_date < today,
    )


def _overdue(today: date) -> ColumnElement[bool]:
    """An open action past its due date (one lookup of the trajectory's own actions per
    trajectory), or the planned end passed while still open.

    ``coalesce(done_date, NULL) IS NULL`` is ``done_date IS NULL`` that SQLite cannot
    answer with the (done date, archived, due date) index: with it, SQLite walked every
    open overdue action of the database for each trajectory (15,000 × 15,000 at 100,000
    talks: minutes for the navigation bar's count at start) instead of the
    trajectory's few actions (~0.1 s for all)."""
    late_action = (
        select(follow_up_action.c.id)
        .where(
            follow_up_action.c.trajectory_id == trajectory.c.id,
            func.coalesce(follow_up_action.c.done_date, None).is_(None),
            follow_up_action.c.archived.is_(False),
            follow_up_action.c.due_date < today,
        )
        .exists()
    )
    return or_(late_action, _past_planned_end(today))


def _conditions(f: TrajectoryFilter, today: date) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = []
    if not f.include_archived:
        cond.append(trajectory.c.archived.is_(False))
    if f.statuses:
        unknown = [s for s in f.statuses if s not in TRAJECTORY_STATUSES]
        if unknown:
            raise ValueError(f"unknown status {unknown[0]!r}")
        cond.append(trajectory.c.status.in_(f.statuses))
    if f.year is not None:
        begun = func.coalesce(
            trajectory.c.start_date, trajectory.c.intake_on, trajectory.c.requested_on
        )
        cond.append(or_(begun.is_(None), begun <= date(f.year, 12, 31)))
        cond.append(
            or_(trajectory.c.end_date.is_(None), trajectory.c.end_date >= date(f.year, 1, 1))
        )
    if f.starting_position is not None:
        if f.starting_position == "":
            cond.append(trajectory.c.starting_position.is_(None))
        else:
            cond.append(trajectory.c.starting_position == f.starting_position)
    if f.local_government_id:
        lg = select(local_government.c.id).where(
            local_government.c.public_id == f.local_government_id
        )
        cond.append(trajectory.c.local_government_id == lg.scalar_subquery())
    if f.coach_id:
        member = select(team_member.c.id).where(team_member.c.public_id == f.coach_id)
        coached = select(trajectory_coach.c.trajectory_id).where(
            trajectory_coach.c.team_member_id == member.scalar_subquery()
        )
        cond.append(trajectory.c.id.in_(coached))
    if f.attention:
        if f.attention == "overdue":
            cond.append(_overdue(today))
        elif f.attention == "feedback_missing":
            cond.append(_feedback_missing_filter())
        elif f.attention == "any":
            cond.append(or_(_overdue(today), _feedback_missing_filter()))
        else:
            raise ValueError(f"unknown attention filter {f.attention!r}")
    text = f.text.strip()
    if text:
        cond.append(
            or_(
                contains(trajectory.c.title, text),
                contains(trajectory.c.needs, text),
                contains(trajectory.c.goals, text),
                trajectory.c.local_government_id.in_(
                    select(local_government.c.id).where(
                        name_contains(local_government.c.name, text)
                    )
                ),
            )
        )
    return cond


def _status_order() -> Any:
    return case(
        *((trajectory.c.status == s, n) for n, s in enumerate(TRAJECTORY_STATUSES)), else_=99
    )


def _position_order() -> Any:
    positions = enumerate(STARTING_POSITIONS)
    return case(*((trajectory.c.starting_position == s, n) for n, s in positions), else_=None)


def trajectories_page(
    db: Database,
    f: TrajectoryFilter | None = None,
    *,
    sort: str = "status",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
) -> tuple[list[TrajectoryRow], int | None]:
    """One page of trajectories sorted by ``sort`` (one of SORT_KEYS); rows without a
    value for the sort key come last, then the most recently started first.

    Two steps, so the costly columns (counts, next action, feedback) are worked out for
    the page's rows only: the ids of the page (filter, sort, offset, limit) with the
    number of all matching rows (a window count, so the list is read once for both),
    then those rows in full. The count is None when the page is empty past the start.
    """
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    f = f or TrajectoryFilter()
    today = f.today or date.today()
    lg_name = (
        select(name_order(local_government.c.name))
        .where(local_government.c.id == trajectory.c.local_government_id)
        .correlate(trajectory)
        .scalar_subquery()
    )
    keys: dict[str, tuple[Any, bool]] = {  # the key, and whether it can be NULL
        "local_government": (lg_name, False),
        "title": (name_order(trajectory.c.title), False),
        "status": (_status_order(), False),
        "start_date": (trajectory.c.start_date, True),
        "planned_end_date": (trajectory.c.planned_end_date, True),
        "next_due": (_next_due(), True),
        "starting_position": (_position_order(), True),
    }
    key, nullable = keys[sort]
    first = key.desc() if descending else key.asc()
    # NULLS LAST (SQLite 3.30+, PostgreSQL) evaluates the key once, unlike "key IS NULL".
    order: list[Any] = [
        first.nulls_last() if nullable else first,
        trajectory.c.start_date.desc().nulls_last(),
        trajectory.c.id.desc(),
    ]
    page = (
        select(trajectory.c.id, func.count().over()).where(*_conditions(f, today)).order_by(*order)
    )
    with db.read_connection() as conn:
        ids, total = counted_ids(conn, page, offset, limit)
        if not ids:
            return [], total
        stmt = (
            select(
                trajectory.c.id,
                trajectory.c.public_id,
                trajectory.c.title,
                local_government.c.public_id,
                local_government.c.name,
                trajectory.c.status,
                trajectory.c.starting_position,
                trajectory.c.requested_on,
                trajectory.c.start_date,
                trajectory.c.planned_end_date,
                trajectory.c.end_date,
                _next_due(),
                _open_actions().scalar_subquery(),
                _open_actions(today).scalar_subquery(),
                _past_planned_end(today),
                _feedback_missing(),
                trajectory.c.archived,
            )
            .join(local_government, local_government.c.id == trajectory.c.local_government_id)
            .where(trajectory.c.id.in_(ids))
        )
        by_id = {r[0]: r for r in conn.execute(stmt)}
        rows = [by_id[i] for i in ids if i in by_id]
        coaches = names_per_row(
            conn,
            trajectory_coach.c.trajectory_id,
            team_member.c.name,
            team_member.c.id == trajectory_coach.c.team_member_id,
            ids,
        )
        next_action = next_actions(conn, follow_up_action.c.trajectory_id, ids)
    result = [
        TrajectoryRow(
            r[1], r[2] or "", r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
            next_action.get(r[0], (None, ""))[1], int(r[12] or 0), int(r[13] or 0), bool(r[14]),
            bool(r[15]), tuple(coaches.get(r[0], ())), bool(r[16]),
        )
        for r in rows
    ]  # fmt: skip
    return result, total


list_trajectories = rows_only(trajectories_page)


def count_trajectories(db: Database, f: TrajectoryFilter | None = None) -> int:
    f = f or TrajectoryFilter()
    today = f.today or date.today()
    stmt = select(func.count(trajectory.c.id)).where(*_conditions(f, today))
    with db.read_connection() as conn:
        return int(conn.scalar(stmt) or 0)


def trajectory_years(db: Database) -> list[int]:
    """The years trajectories were under way in, newest first (for the year filter)."""
    begun = func.coalesce(
        trajectory.c.start_date, trajectory.c.intake_on, trajectory.c.requested_on
    )
    with db.read_connection() as conn:
        first = conn.scalar(select(func.min(begun)))
    top = date.today().year
    if first is None:
        return [top]
    return list(range(top, min(first.year, top) - 1, -1))
