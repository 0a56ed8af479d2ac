"""How a year stands against the action plan: the figures the plan counts, beside their
targets, and the records behind each figure. This module holds THE definition of what
counts; the Overzicht, ``supportdesk stats``, the year report and ``indicator_records``
all use the conditions below, so they never disagree.

The figures are counted with SQL aggregates (one statement for all), never by loading
records, so they stay instant at 100,000 talks. What counts (the action plan's
OD 3.1-3.3) is what *happened* in the year, up to and including ``today``:

- ``advice_talks``: talks dated in the year and not after today, except questions
  answered by mail alone (``channel == "email"``). A talk dated after today is
  "gepland": it does not count yet.
- ``trajectories``: trajectories that had actually started and ran at some point in the
  year: status running, finished or stopped, a start date on or before 31 December (and
  not after today), and no end date before 1 January. A request or an intake with a
  planned start date has not started, nor has a "running" one whose start date is still
  ahead. A trajectory stopped before its planned start is "stopped without starting":
  its start date is cleared when it is stopped (``services.trajectories``), so it never
  counts. Not started yet, with a (planned) start date in the year after today:
  "gepland". A year that has not begun counts no trajectory yet.
- ``focus_groups``: focus groups with status "held" dated in the year, not after today.
  Planned ones dated today or later are "gepland"; planned ones dated before today were
  never confirmed as held and need attention ("te bevestigen"); cancelled ones never
  count.

The year runs from 1 January to 31 December inclusive, both days counting. Archived
records count: archiving hides a record from the daily lists, but the talk, trajectory
or focus group did take place (a talk that started a trajectory can only be archived,
not deleted). Deleted records are gone and do not count. Cancelling a focus group is
not archiving it: a cancelled one stays visible in the list, marked "geannuleerd".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, literal, or_, select

from db.models import AdviceTalk, FocusGroup, LocalGovernment, Target, Trajectory
from db.session import Database
from supportdesk import labels
from supportdesk.codes import (
    INDICATORS,
    OPEN_TRAJECTORY_STATUSES,
    STARTED_TRAJECTORY_STATUSES,
    Channel,
    FocusGroupStatus,
)
from supportdesk.codes import Indicator as IndicatorCode
from supportdesk.search.documents import first_line

ADVICE_TALKS: str = IndicatorCode.ADVICE_TALKS
TRAJECTORIES: str = IndicatorCode.TRAJECTORIES
FOCUS_GROUPS: str = IndicatorCode.FOCUS_GROUPS
KEYS: tuple[str, ...] = INDICATORS

# The plan's words, for reports, the command line and (translated) the Overzicht.
LABELS: dict[str, str] = labels.INDICATORS
PLAN_ITEMS: dict[str, str] = labels.PLAN_ITEMS

#: the channel of a question answered by mail alone: not an advice talk for the plan
MAIL_ONLY: str = Channel.EMAIL
#: trajectory statuses reached only once the trajectory has started
STARTED_STATUSES: tuple[str, ...] = STARTED_TRAJECTORY_STATUSES
#: trajectory statuses of one that has not started (yet) and may still start
NOT_STARTED_STATUSES: tuple[str, ...] = OPEN_TRAJECTORY_STATUSES
HELD: str = FocusGroupStatus.HELD
PLANNED: str = FocusGroupStatus.PLANNED
CANCELLED: str = FocusGroupStatus.CANCELLED


def is_mail_only(channel: str | None) -> bool:
    """A question answered by mail alone (it does not count as an advice talk)."""
    return channel == MAIL_ONLY


@dataclass(frozen=True)
class Indicator:
    """One figure of a year: what was done (``value``), what the plan asks (``target``,
    None when no target is set for that year), what is planned later in the year and not
    counted yet (``planned``), and records that need a look before they can count
    (``attention``: focus groups dated in the past and still "gepland")."""

    key: str
    value: int
    target: int | None
    planned: int = 0
    attention: int = 0

    @property
    def label(self) -> str:
        return LABELS.get(self.key, self.key)

    @property
    def reached(self) -> bool | None:
        return None if self.target is None else self.value >= self.target


@dataclass(frozen=True)
class IndicatorRecord:
    """A record behind a figure: its kind (table name), public id, date, government
    (empty for a focus group, which has several) and title as typed."""

    kind: str
    id: str
    date: date | None
    government: str
    title: str


def year_bounds(year: int) -> tuple[date, date]:
    """1 January and 31 December of ``year``; both days belong to the year."""
    return date(year, 1, 1), date(year, 12, 31)


def _last_counted_day(year: int, today: date | None) -> date:
    """The year's last day that can count: 31 December, or today if that is earlier."""
    last = year_bounds(year)[1]
    today = today or date.today()
    return min(last, today)


def talks_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Advice talks held in ``year`` up to ``today``, mail-only answers left out."""
    first = year_bounds(year)[0]
    return and_(
        AdviceTalk.date >= first,
        AdviceTalk.date <= _last_counted_day(year, today),
        AdviceTalk.channel != MAIL_ONLY,
    )


def planned_talks_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Advice talks dated in ``year`` after ``today``: planned, not counted yet."""
    first, last = year_bounds(year)
    after = max(first, _day_after(today))
    return and_(AdviceTalk.date >= after, AdviceTalk.date <= last, AdviceTalk.channel != MAIL_ONLY)


def mail_only_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Questions of ``year`` (up to ``today``) answered by mail alone: shown, not counted."""
    first = year_bounds(year)[0]
    return and_(
        AdviceTalk.date >= first,
        AdviceTalk.date <= _last_counted_day(year, today),
        AdviceTalk.channel == MAIL_ONLY,
    )


def trajectories_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Trajectories that had started (by ``today``) and ran at some point in ``year``.
    A year that has not begun by ``today`` has had nothing run in it yet (a trajectory
    running today does not count for next year before next year)."""
    first = year_bounds(year)[0]
    if (today or date.today()) < first:
        return false()
    return and_(
        Trajectory.status.in_(STARTED_STATUSES),
        Trajectory.start_date.is_not(None),
        Trajectory.start_date <= _last_counted_day(year, today),
        or_(Trajectory.end_date.is_(None), Trajectory.end_date >= first),
        # stopped without starting (an old database may still hold one): never counts
        or_(Trajectory.end_date.is_(None), Trajectory.end_date >= Trajectory.start_date),
    )


def planned_trajectories_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Trajectories not started yet whose (planned) start date falls in ``year`` after
    ``today``: a request, an intake or a "running" one entered ahead of its start.
    Like talks, only what is dated after today is "gepland": a request or intake whose
    planned start has passed without starting is neither counted nor planned."""
    first, last = year_bounds(year)
    return and_(
        Trajectory.status.in_(NOT_STARTED_STATUSES),
        Trajectory.start_date >= max(first, _day_after(today)),
        Trajectory.start_date <= last,
    )


def focus_groups_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Focus groups held in ``year`` (status "held", dated up to ``today``)."""
    first = year_bounds(year)[0]
    return and_(
        FocusGroup.status == HELD,
        FocusGroup.date >= first,
        FocusGroup.date <= _last_counted_day(year, today),
    )


def planned_focus_groups_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Focus groups of ``year`` still "gepland" and dated today or later."""
    first, last = year_bounds(year)
    since = max(first, today or date.today())
    return and_(FocusGroup.status == PLANNED, FocusGroup.date >= since, FocusGroup.date <= last)


def overdue_focus_groups_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Focus groups of ``year`` dated before today and still "gepland": held or not?"""
    first, last = year_bounds(year)
    today = today or date.today()
    return and_(
        FocusGroup.status == PLANNED,
        FocusGroup.date >= first,
        FocusGroup.date <= last,
        FocusGroup.date < today,
    )


def focus_group_needs_attention(status: str, day: date, today: date | None = None) -> bool:
    """A focus group dated before today and still "gepland" needs its status set: it
    does not count until someone says it was held (or cancelled)."""
    return status == PLANNED and day < (today or date.today())


def trajectory_has_started(status: str, start: date | None, today: date | None = None) -> bool:
    """The same rule as ``trajectories_condition`` for one trajectory in memory."""
    return status in STARTED_STATUSES and start is not None and start <= (today or date.today())


def _day_after(today: date | None) -> date:
    return date.fromordinal((today or date.today()).toordinal() + 1)


def _count(model: Any, condition: ColumnElement[bool]) -> Any:
    return select(func.count()).select_from(model).where(condition).scalar_subquery()


def year_indicators(db: Database, year: int, today: date | None = None) -> list[Indicator]:
    """The plan's figures for ``year`` as of ``today``, in the plan's order, each beside
    its target, with what is planned later in the year and what needs attention."""
    today = today or date.today()
    stmt = select(
        _count(AdviceTalk, talks_condition(year, today)),
        _count(Trajectory, trajectories_condition(year, today)),
        _count(FocusGroup, focus_groups_condition(year, today)),
        _count(AdviceTalk, planned_talks_condition(year, today)),
        _count(Trajectory, planned_trajectories_condition(year, today)),
        _count(FocusGroup, planned_focus_groups_condition(year, today)),
        _count(FocusGroup, overdue_focus_groups_condition(year, today)),
    )
    with db.read() as session:
        counts = [int(v or 0) for v in session.execute(stmt).one()]
        targets = dict(
            session.execute(select(Target.indicator, Target.value).where(Target.year == year)).all()
        )
    n = len(KEYS)
    attention = {FOCUS_GROUPS: counts[2 * n]}
    return [
        Indicator(key, counts[i], targets.get(key), counts[n + i], attention.get(key, 0))
        for i, key in enumerate(KEYS)
    ]


def _records_query(year: int, key: str, today: date) -> Any:
    lg = LocalGovernment
    if key == ADVICE_TALKS:
        t = AdviceTalk
        return (
            select(t.public_id, t.date, lg.name, t.question)
            .join(lg, lg.id == t.local_government_id)
            .where(talks_condition(year, today))
            .order_by(t.date, t.id)
        )
    if key == TRAJECTORIES:
        tr = Trajectory
        return (
            select(tr.public_id, tr.start_date, lg.name, tr.title)
            .join(lg, lg.id == tr.local_government_id)
            .where(trajectories_condition(year, today))
            .order_by(tr.start_date, tr.id)
        )
    if key == FOCUS_GROUPS:
        f = FocusGroup
        return (
            select(f.public_id, f.date, literal(""), f.topic)
            .where(focus_groups_condition(year, today))
            .order_by(f.date, f.id)
        )
    raise ValueError(f"unknown indicator {key!r}; expected one of {', '.join(KEYS)}")


_KINDS = {ADVICE_TALKS: "advice_talk", TRAJECTORIES: "trajectory", FOCUS_GROUPS: "focus_group"}


def indicator_records(
    db: Database, year: int, key: str, today: date | None = None
) -> list[IndicatorRecord]:
    """The records counted in one figure of ``year`` as of ``today``, by date (what the
    year report lists and the UI opens). An advice talk's title is the first line of its
    question."""
    stmt = _records_query(year, key, today or date.today())
    kind = _KINDS[key]
    with db.read() as session:
        rows = session.execute(stmt).all()
    out = []
    for public_id, day, government, title in rows:
        if kind == "advice_talk":
            title = first_line(title) or "Adviesgesprek"
        out.append(IndicatorRecord(kind, public_id, day, government or "", title or ""))
    return out
