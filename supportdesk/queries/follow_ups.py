"""The follow-up list: every open follow-up action, grouped by when it is due.

Groups, for a given day ``today`` (the week is Monday-first, as in Belgium):

- ``overdue``: due before today;
- ``today``: due today;
- ``week``: due after today up to and including this week's Sunday;
- ``later``: due after this week, or without a due date (those last).

Each group is fetched on its own, sorted and LIMITed in SQL, so the list opens at once
even with 100,000 actions; ``follow_up_rows`` fetches the next rows of one group as the
user scrolls. Counts come from one aggregate over the open actions (the index on
``(done_date, due_date)`` covers it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from db.models import (
    Activity,
    AdviceTalk,
    FocusGroup,
    FollowUpAction,
    LocalGovernment,
    TeamMember,
    Trajectory,
)
from db.session import Database
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
    due = FollowUpAction.due_date
    if group == "overdue":
        return due < today
    if group == "today":
        return due == today
    if group == "week":
        return and_(due > today, due <= week_end(today))
    if group == "later":
        return or_(due > week_end(today), due.is_(None))
    raise ValueError(f"unknown follow-up group {group!r}")


def _owner_condition(session: Session, owner_id: str | None) -> Any | None:
    """The WHERE part for the owner filter; None when everyone's actions are wanted."""
    if owner_id is None:
        return None
    if owner_id == NO_OWNER:
        return FollowUpAction.owner_id.is_(None)
    member = session.scalar(select(TeamMember.id).where(TeamMember.public_id == owner_id))
    # An unknown member owns nothing: match no row rather than everything.
    return FollowUpAction.owner_id == (member if member is not None else -1)


def _open_actions(
    session: Session, owner_id: str | None, include_archived: bool = False
) -> list[Any]:
    """The WHERE parts of the open actions (of one owner); archived ones only when
    asked for ("Toon gearchiveerd"): they leave every daily list and count."""
    conditions: list[Any] = [FollowUpAction.done_date.is_(None)]
    if not include_archived:
        conditions.append(FollowUpAction.archived.is_(False))
    owner = _owner_condition(session, owner_id)
    if owner is not None:
        conditions.append(owner)
    return conditions


_TalkLG = aliased(LocalGovernment)


def follow_up_select() -> Any:
    """The columns of a follow-up row, by label, with what its subject needs (typed Any:
    Select's row typing varies by version); the calendar export reads the same."""
    stmt = (
        select(
            FollowUpAction.public_id,
            FollowUpAction.version,
            FollowUpAction.description,
            FollowUpAction.due_date,
            FollowUpAction.archived,
            TeamMember.public_id.label("owner_id"),
            TeamMember.name.label("owner_name"),
            LocalGovernment.public_id.label("lg_id"),
            LocalGovernment.name.label("lg_name"),
            AdviceTalk.public_id.label("talk_id"),
            AdviceTalk.date.label("talk_date"),
            _TalkLG.name.label("talk_lg_name"),
            Trajectory.public_id.label("trajectory_id"),
            Trajectory.title.label("trajectory_title"),
            Trajectory.start_date.label("trajectory_start"),
            FocusGroup.public_id.label("focus_group_id"),
            FocusGroup.topic.label("focus_group_topic"),
            FocusGroup.date.label("focus_group_date"),
            Activity.public_id.label("activity_id"),
            Activity.topic.label("activity_topic"),
            Activity.date.label("activity_date"),
        )
        .select_from(FollowUpAction)
        .outerjoin(TeamMember, TeamMember.id == FollowUpAction.owner_id)
        .outerjoin(LocalGovernment, LocalGovernment.id == FollowUpAction.local_government_id)
    )
    return (
        join_subjects(stmt, FollowUpAction)
        .outerjoin(_TalkLG, _TalkLG.id == AdviceTalk.local_government_id)
        .outerjoin(Activity, Activity.id == FollowUpAction.activity_id)
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
    session: Session,
    group: str,
    today: date,
    owner_id: str | None,
    offset: int,
    limit: int,
    include_archived: bool = False,
) -> tuple[FollowUpRow, ...]:
    if group == "later":
        return _later_page(session, today, owner_id, offset, limit, include_archived)
    stmt = (
        follow_up_select()
        .where(*_open_actions(session, owner_id, include_archived), _group_condition(group, today))
        .order_by(FollowUpAction.due_date, FollowUpAction.id)
        .offset(offset)
        .limit(limit)
    )
    return tuple(_to_row(r, group) for r in session.execute(stmt))


def _later_page(
    session: Session,
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
    open_ = _open_actions(session, owner_id, include_archived)
    dated = FollowUpAction.due_date > week_end(today)
    rows: list[FollowUpRow] = []
    counted = _due_to_count(owner_id) > week_end(today)
    n_dated = session.scalar(
        select(func.count()).select_from(FollowUpAction).where(*open_, counted)
    )
    n_dated = int(n_dated or 0)
    if offset < n_dated:
        stmt = (
            follow_up_select()
            .where(*open_, dated)
            .order_by(FollowUpAction.due_date, FollowUpAction.id)
            .offset(offset)
            .limit(limit)
        )
        rows.extend(_to_row(r, "later") for r in session.execute(stmt))
    if len(rows) < limit:
        stmt = (
            follow_up_select()
            .where(*open_, FollowUpAction.due_date.is_(None))
            .order_by(FollowUpAction.id)
            .offset(max(0, offset - n_dated))
            .limit(limit - len(rows))
        )
        rows.extend(_to_row(r, "later") for r in session.execute(stmt))
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
        return FollowUpAction.due_date
    return func.coalesce(FollowUpAction.due_date, FollowUpAction.due_date)


def _counts(
    session: Session, today: date, owner_id: str | None, include_archived: bool = False
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
    ).where(*_open_actions(session, owner_id, include_archived))
    row = session.execute(stmt).one()
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
    with db.read() as session:
        counts = _counts(session, today, owner_id, include_archived)
        groups = tuple(
            FollowUpGroup(
                key,
                counts[key],
                _page(session, key, today, owner_id, 0, limit, include_archived)
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
    with db.read() as session:
        return _page(session, group, today, owner_id, offset, limit, include_archived)


def overdue_count(db: Database, today: date | None = None, owner_id: str | None = None) -> int:
    """How many open actions are past their due date (for the status bar on every page)."""
    today = today or date.today()
    with db.read() as session:
        stmt = (
            select(func.count())
            .select_from(FollowUpAction)
            .where(*_open_actions(session, owner_id), _due_to_count(owner_id) < today)
        )
        return int(session.scalar(stmt) or 0)


def open_counts(
    db: Database, today: date | None = None, owner_id: str | None = None
) -> dict[str, int]:
    """How many open actions of ``owner_id`` (None: everyone's) fall in each group
    ("overdue", "today", "this_week", "later"), in one statement."""
    today = today or date.today()
    with db.read() as session:
        return _counts(session, today, owner_id)
