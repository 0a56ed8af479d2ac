"""The follow-up list: every open follow-up action, grouped by when it is due.

Groups, for a given day ``today`` (the week is Monday-first, as in Belgium):

- ``overdue``: due before today;
- ``today``: due today;
- ``week``: due after today up to and including this week's Sunday;
- ``later``: due after this week, or without a due date (those last).

Each group is fetched on its own, sorted and LIMITed in SQL, so the list opens at once
even with 100,000 actions; ``follow_up_rows`` fetches the next rows of one group as the
user scrolls. Counts come from one aggregate over the open actions (the index on
``(done_date, due_date)`` covers it). Core statements on ``db.tables``: the status bar
and the Overzicht read them without the ORM.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, and_, case, func, or_, select

from db.session import Database
from db.tables.activity import activity
from db.tables.advice import advice_talk
from db.tables.focus_group import focus_group
from db.tables.follow_up import follow_up_action
from db.tables.local_government import local_government
from db.tables.team import team_member
from db.tables.trajectory import trajectory
from supportdesk.queries.subjects import join_subjects

GROUPS: tuple[str, ...] = ("overdue", "today", "week", "later")
#: owner filter meaning "actions that nobody owns"
NO_OWNER = "-"
DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class Subject:
    """What an action belongs to: the record to open (kind + public id) and its names.

    ``kind`` is "advice_talk", "trajectory", "focus_group", "activity" or
    "local_government". ``title`` is the record's own name (a trajectory's title, a
    focus group's or an activity's topic, a government's name; for an advice talk the
    government's name) and ``day`` its date where it has one, so the interface can word
    the label in its own language.
    """

    kind: str
    id: str
    title: str
    day: date | None


@dataclass(frozen=True)
class FollowUpRow:
    id: str
    version: int
    description: str
    due_date: date | None
    owner_id: str | None
    owner_name: str
    local_government_name: str
    subject: Subject
    group: str
    archived: bool = False


@dataclass(frozen=True)
class FollowUpGroup:
    key: str
    count: int
    rows: tuple[FollowUpRow, ...]

    @property
    def has_more(self) -> bool:
        return len(self.rows) < self.count


@dataclass(frozen=True)
class FollowUpGroups:
    today: date
    groups: tuple[FollowUpGroup, ...]

    def group(self, key: str) -> FollowUpGroup:
        return next(g for g in self.groups if g.key == key)

    @property
    def overdue_count(self) -> int:
        return self.group("overdue").count


def week_end(today: date) -> date:
    """The Sunday that ends ``today``'s (Monday-first) week."""
    return today + timedelta(days=6 - today.weekday())


def _group_condition(group: str, today: date) -> Any:
    due = follow_up_action.c.due_date
    if group == "overdue":
        return due < today
    if group == "today":
        return due == today
    if group == "week":
        return and_(due > today, due <= week_end(today))
    if group == "later":
        return or_(due > week_end(today), due.is_(None))
    raise ValueError(f"unknown follow-up group {group!r}")


def _owner_condition(conn: Connection, owner_id: str | None) -> Any | None:
    """The WHERE part for the owner filter; None when everyone's actions are wanted."""
    if owner_id is None:
        return None
    if owner_id == NO_OWNER:
        return follow_up_action.c.owner_id.is_(None)
    member = conn.scalar(select(team_member.c.id).where(team_member.c.public_id == owner_id))
    # An unknown member owns nothing: match no row rather than everything.
    return follow_up_action.c.owner_id == (member if member is not None else -1)


def _open_actions(
    conn: Connection, owner_id: str | None, include_archived: bool = False
) -> list[Any]:
    """The WHERE parts of the open actions (of one owner); archived ones only when
    asked for ("Toon gearchiveerd"): they leave every daily list and count."""
    conditions: list[Any] = [follow_up_action.c.done_date.is_(None)]
    if not include_archived:
        conditions.append(follow_up_action.c.archived.is_(False))
    owner = _owner_condition(conn, owner_id)
    if owner is not None:
        conditions.append(owner)
    return conditions


_talk_lg = local_government.alias("talk_lg")


def follow_up_select() -> Any:
    """The columns of a follow-up row, by label, with what its subject needs (typed Any:
    Select's row typing varies by version); the calendar export reads the same."""
    stmt = (
        select(
            follow_up_action.c.public_id,
            follow_up_action.c.version,
            follow_up_action.c.description,
            follow_up_action.c.due_date,
            follow_up_action.c.archived,
            team_member.c.public_id.label("owner_id"),
            team_member.c.name.label("owner_name"),
            local_government.c.public_id.label("lg_id"),
            local_government.c.name.label("lg_name"),
            advice_talk.c.public_id.label("talk_id"),
            advice_talk.c.date.label("talk_date"),
            _talk_lg.c.name.label("talk_lg_name"),
            trajectory.c.public_id.label("trajectory_id"),
            trajectory.c.title.label("trajectory_title"),
            trajectory.c.start_date.label("trajectory_start"),
            focus_group.c.public_id.label("focus_group_id"),
            focus_group.c.topic.label("focus_group_topic"),
            focus_group.c.date.label("focus_group_date"),
            activity.c.public_id.label("activity_id"),
            activity.c.topic.label("activity_topic"),
            activity.c.date.label("activity_date"),
        )
        .select_from(follow_up_action)
        .outerjoin(team_member, team_member.c.id == follow_up_action.c.owner_id)
        .outerjoin(
            local_government, local_government.c.id == follow_up_action.c.local_government_id
        )
    )
    return (
        join_subjects(stmt, follow_up_action)
        .outerjoin(_talk_lg, _talk_lg.c.id == advice_talk.c.local_government_id)
        .outerjoin(activity, activity.c.id == follow_up_action.c.activity_id)
    )


def subject_of(r: Any) -> Subject:
    """What a row of ``follow_up_select`` belongs to."""
    if r.talk_id:
        return Subject("advice_talk", r.talk_id, r.talk_lg_name or r.lg_name or "", r.talk_date)
    if r.trajectory_id:
        return Subject(
            "trajectory", r.trajectory_id, r.trajectory_title or r.lg_name or "", r.trajectory_start
        )
    if r.focus_group_id:
        return Subject("focus_group", r.focus_group_id, r.focus_group_topic, r.focus_group_date)
    if r.activity_id:
        return Subject("activity", r.activity_id, r.activity_topic, r.activity_date)
    return Subject("local_government", r.lg_id or "", r.lg_name or "", None)


def _to_row(r: Any, group: str) -> FollowUpRow:
    subject = subject_of(r)
    lg_name = r.lg_name or (r.talk_lg_name or "")
    return FollowUpRow(
        id=r.public_id,
        version=r.version,
        description=r.description,
        due_date=r.due_date,
        owner_id=r.owner_id,
        owner_name=r.owner_name or "",
        local_government_name=lg_name,
        subject=subject,
        group=group,
        archived=bool(r.archived),
    )


def _page(
    conn: Connection,
    group: str,
    today: date,
    owner_id: str | None,
    offset: int,
    limit: int,
    include_archived: bool = False,
) -> tuple[FollowUpRow, ...]:
    if group == "later":
        return _later_page(conn, today, owner_id, offset, limit, include_archived)
    stmt = (
        follow_up_select()
        .where(*_open_actions(conn, owner_id, include_archived), _group_condition(group, today))
        .order_by(follow_up_action.c.due_date, follow_up_action.c.id)
        .offset(offset)
        .limit(limit)
    )
    return tuple(_to_row(r, group) for r in conn.execute(stmt))


def _later_page(
    conn: Connection,
    today: date,
    owner_id: str | None,
    offset: int,
    limit: int,
    include_archived: bool = False,
) -> tuple[FollowUpRow, ...]:
    """Dated actions after this week by due date, then the undated ones.

    Two index-ordered reads rather than one ``ORDER BY due_date IS NULL, due_date``,
    which SQLite can only do by sorting every later action first.
    """
    open_ = _open_actions(conn, owner_id, include_archived)
    dated = follow_up_action.c.due_date > week_end(today)
    rows: list[FollowUpRow] = []
    counted = _due_to_count(owner_id) > week_end(today)
    n_dated = conn.scalar(select(func.count()).select_from(follow_up_action).where(*open_, counted))
    n_dated = int(n_dated or 0)
    if offset < n_dated:
        stmt = (
            follow_up_select()
            .where(*open_, dated)
            .order_by(follow_up_action.c.due_date, follow_up_action.c.id)
            .offset(offset)
            .limit(limit)
        )
        rows.extend(_to_row(r, "later") for r in conn.execute(stmt))
    if len(rows) < limit:
        stmt = (
            follow_up_select()
            .where(*open_, follow_up_action.c.due_date.is_(None))
            .order_by(follow_up_action.c.id)
            .offset(max(0, offset - n_dated))
            .limit(limit - len(rows))
        )
        rows.extend(_to_row(r, "later") for r in conn.execute(stmt))
    return tuple(rows)


def _due_to_count(owner_id: str | None) -> Any:
    """The due date as the counts compare it.

    Counting one member's actions, SQLite (which keeps no statistics here) picks the
    index on ``(done_date, due_date)`` and checks the owner of every overdue action in
    the table: ~0.5 s at 100,000 actions. Wrapped in an expression the due date no
    longer matches that index, so the ``(owner_id, done_date)`` index is used: ten
    times faster. A plain column when counting everyone's actions (covered by the index).
    """
    if owner_id is None:
        return follow_up_action.c.due_date
    return func.coalesce(follow_up_action.c.due_date, follow_up_action.c.due_date)


def _counts(
    conn: Connection, today: date, owner_id: str | None, include_archived: bool = False
) -> dict[str, int]:
    due = _due_to_count(owner_id)
    end = week_end(today)

    def count_when(cond: Any) -> Any:
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    stmt = select(
        count_when(due < today),
        count_when(due == today),
        count_when(and_(due > today, due <= end)),
        count_when(or_(due > end, due.is_(None))),
    ).where(*_open_actions(conn, owner_id, include_archived))
    row = conn.execute(stmt).one()
    return dict(zip(GROUPS, (int(v) for v in row), strict=True))


def follow_up_groups(
    db: Database,
    today: date | None = None,
    owner_id: str | None = None,
    limit: int = DEFAULT_LIMIT,
    include_archived: bool = False,
) -> FollowUpGroups:
    """The open actions of ``owner_id`` (a team member's public id, ``NO_OWNER``, or None
    for everyone), the first ``limit`` of each group with every group's count; archived
    actions too when ``include_archived`` ("Toon gearchiveerd")."""
    today = today or date.today()
    with db.read_connection() as conn:
        counts = _counts(conn, today, owner_id, include_archived)
        groups = tuple(
            FollowUpGroup(
                key,
                counts[key],
                _page(conn, key, today, owner_id, 0, limit, include_archived)
                if counts[key]
                else (),
            )
            for key in GROUPS
        )
    return FollowUpGroups(today, groups)


def follow_up_rows(
    db: Database,
    group: str,
    offset: int,
    today: date | None = None,
    owner_id: str | None = None,
    limit: int = DEFAULT_LIMIT,
    include_archived: bool = False,
) -> tuple[FollowUpRow, ...]:
    """The next rows of one group, from ``offset`` on (for "more" as the list scrolls)."""
    today = today or date.today()
    with db.read_connection() as conn:
        return _page(conn, group, today, owner_id, offset, limit, include_archived)


def overdue_count(db: Database, today: date | None = None, owner_id: str | None = None) -> int:
    """How many open actions are past their due date (for the status bar on every page)."""
    today = today or date.today()
    with db.read_connection() as conn:
        stmt = (
            select(func.count())
            .select_from(follow_up_action)
            .where(*_open_actions(conn, owner_id), _due_to_count(owner_id) < today)
        )
        return int(conn.scalar(stmt) or 0)


def open_counts(
    db: Database, today: date | None = None, owner_id: str | None = None
) -> dict[str, int]:
    """How many open actions of ``owner_id`` (None: everyone's) fall in each group
    ("overdue", "today", "this_week", "later"), in one statement."""
    today = today or date.today()
    with db.read_connection() as conn:
        return _counts(conn, today, owner_id)
