"""What counts for the plan's three figures (advice talks, trajectories, focus groups):
the SQL conditions every count and list uses, and the same rules for one record in
memory. The rules in words are in the package's docstring (``supportdesk.indicators``).
The conditions are on the Core tables (``db.tables``): they serve Core statements and ORM
statements on the same tables alike."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, false, or_

from db.tables.advice import advice_talk
from db.tables.focus_group import focus_group
from db.tables.trajectory import trajectory
from supportdesk.codes import (
    INDICATORS,
    OPEN_TRAJECTORY_STATUSES,
    STARTED_TRAJECTORY_STATUSES,
    Channel,
    FocusGroupStatus,
)
from supportdesk.codes import Indicator as IndicatorCode

ADVICE_TALKS: str = IndicatorCode.ADVICE_TALKS
TRAJECTORIES: str = IndicatorCode.TRAJECTORIES
FOCUS_GROUPS: str = IndicatorCode.FOCUS_GROUPS
KEYS: tuple[str, ...] = INDICATORS

#: the channel of a question answered by mail alone: not an advice talk for the plan
MAIL_ONLY: str = Channel.EMAIL
#: trajectory statuses reached only once the trajectory has started
STARTED_STATUSES: tuple[str, ...] = STARTED_TRAJECTORY_STATUSES
#: trajectory statuses of one that has not started (yet) and may still start
NOT_STARTED_STATUSES: tuple[str, ...] = OPEN_TRAJECTORY_STATUSES
HELD: str = FocusGroupStatus.HELD
PLANNED: str = FocusGroupStatus.PLANNED
CANCELLED: str = FocusGroupStatus.CANCELLED

_talk, _trajectory, _group = advice_talk.c, trajectory.c, focus_group.c


def is_mail_only(channel: str | None) -> bool:
    """A question answered by mail alone (it does not count as an advice talk)."""
    return channel == MAIL_ONLY


def year_bounds(year: int) -> tuple[date, date]:
    """1 January and 31 December of ``year``; both days belong to the year."""
    return date(year, 1, 1), date(year, 12, 31)


def last_counted_day(year: int, today: date | None) -> date:
    """The year's last day that can count: 31 December, or today if that is earlier."""
    last = year_bounds(year)[1]
    today = today or date.today()
    return min(last, today)


def talks_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Advice talks held in ``year`` up to ``today``, mail-only answers left out."""
    first = year_bounds(year)[0]
    return and_(
        _talk.date >= first,
        _talk.date <= last_counted_day(year, today),
        _talk.channel != MAIL_ONLY,
    )


def planned_talks_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Advice talks dated in ``year`` after ``today``: planned, not counted yet."""
    first, last = year_bounds(year)
    after = max(first, day_after(today))
    return and_(_talk.date >= after, _talk.date <= last, _talk.channel != MAIL_ONLY)


def mail_only_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Questions of ``year`` (up to ``today``) answered by mail alone: shown, not counted."""
    first = year_bounds(year)[0]
    return and_(
        _talk.date >= first,
        _talk.date <= last_counted_day(year, today),
        _talk.channel == MAIL_ONLY,
    )


def trajectories_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Trajectories that had started (by ``today``) and ran at some point in ``year``.
    A year that has not begun by ``today`` has had nothing run in it yet (a trajectory
    running today does not count for next year before next year)."""
    first = year_bounds(year)[0]
    if (today or date.today()) < first:
        return false()
    return and_(
        _trajectory.status.in_(STARTED_STATUSES),
        _trajectory.start_date.is_not(None),
        _trajectory.start_date <= last_counted_day(year, today),
        or_(_trajectory.end_date.is_(None), _trajectory.end_date >= first),
        # stopped without starting (an old database may still hold one): never counts
        or_(_trajectory.end_date.is_(None), _trajectory.end_date >= _trajectory.start_date),
    )


def planned_trajectories_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Trajectories not started yet whose (planned) start date falls in ``year`` after
    ``today``: a request, an intake or a "running" one entered ahead of its start.
    Like talks, only what is dated after today is "gepland": a request or intake whose
    planned start has passed without starting is neither counted nor planned."""
    first, last = year_bounds(year)
    return and_(
        _trajectory.status.in_(NOT_STARTED_STATUSES),
        _trajectory.start_date >= max(first, day_after(today)),
        _trajectory.start_date <= last,
    )


def focus_groups_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Focus groups held in ``year`` (status "held", dated up to ``today``)."""
    first = year_bounds(year)[0]
    return and_(
        _group.status == HELD,
        _group.date >= first,
        _group.date <= last_counted_day(year, today),
    )


def planned_focus_groups_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Focus groups of ``year`` still "gepland" and dated today or later."""
    first, last = year_bounds(year)
    since = max(first, today or date.today())
    return and_(_group.status == PLANNED, _group.date >= since, _group.date <= last)


def overdue_focus_groups_condition(year: int, today: date | None = None) -> ColumnElement[bool]:
    """Focus groups of ``year`` dated before today and still "gepland": held or not?"""
    first, last = year_bounds(year)
    today = today or date.today()
    return and_(
        _group.status == PLANNED,
        _group.date >= first,
        _group.date <= last,
        _group.date < today,
    )


def focus_group_needs_attention(status: str, day: date, today: date | None = None) -> bool:
    """A focus group dated before today and still "gepland" needs its status set: it
    does not count until someone says it was held (or cancelled)."""
    return status == PLANNED and day < (today or date.today())


def trajectory_has_started(status: str, start: date | None, today: date | None = None) -> bool:
    """The same rule as ``trajectories_condition`` for one trajectory in memory."""
    return status in STARTED_STATUSES and start is not None and start <= (today or date.today())


def day_after(today: date | None) -> date:
    return date.fromordinal((today or date.today()).toordinal() + 1)


def day_before(today: date) -> date:
    return date.fromordinal(today.toordinal() - 1)
