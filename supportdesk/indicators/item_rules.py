"""What counts for the plan's other items: held activities of some kinds (a number, or
their participant hours) and publications of one kind, as SQL conditions.

Every item of a year's plan (``supportdesk.plan_items``) says what it counts: held
activities of some kinds (a number, or the sum of their participant hours), publications
of one kind, or one of the three figures (``rules``); a milestone counts nothing (a state
and a note). As for those, only what happened counts: activities held (status "held") and dated
in the year up to today, publications published in the year up to today. An item with
``held_only`` off also counts activities not (yet) confirmed as held, never cancelled
ones. Planned activities later in the year are "gepland"; planned ones dated before
today "te bevestigen". Participant hours are the entered participant time, else
participants x duration, summed in whole minutes (exact: 23 x 150 min = 57.5 hours).

"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, and_, cast, func, select

from db.tables.activity import activity, activity_kind
from db.tables.communication import publication
from supportdesk.indicators.rules import day_after, day_before, last_counted_day, year_bounds
from supportdesk.plan_codes import ActivityStatus

_activity, _kind, _publication = activity.c, activity_kind.c, publication.c

#: an activity's participant time in minutes: entered (people left early), else computed;
#: the product in 64 bits (1,000,000 participants x 100,000 minutes is accepted, and
#: PostgreSQL's integer x integer stops at 2^31 with "integer out of range")
ACTIVITY_MINUTES = func.coalesce(
    _activity.participant_minutes,
    cast(_activity.participant_count, BigInteger) * _activity.duration_minutes,
)
_SIXTY = Decimal(60)


def minutes_to_hours(minutes: int | None) -> Decimal | None:
    """Whole minutes as hours, at most two decimals (3450 -> 57.5)."""
    if minutes is None:
        return None
    return (Decimal(int(minutes)) / _SIXTY).quantize(Decimal("0.01")).normalize()


def _of_kinds(kind_ids: tuple[str, ...]) -> ColumnElement[bool]:
    """Activities of these kinds (public ids), resolved inside the same statement."""
    return _activity.kind_id.in_(
        select(_kind.id).where(_kind.public_id.in_(kind_ids)).scalar_subquery()
    )


def activities_condition(
    year: int, kind_ids: tuple[str, ...], held_only: bool = True, today: date | None = None
) -> ColumnElement[bool]:
    """Activities of ``kind_ids`` that count for ``year`` as of ``today``: held (or, when
    not ``held_only``, not cancelled), dated in the year up to today."""
    return and_(_of_kinds(kind_ids), *counted_activity(year, held_only, today))


def counted_activity(year: int, held_only: bool, today: date | None) -> list[Any]:
    """The status and date part of ``activities_condition`` (the kinds apart)."""
    status = (
        _activity.status == ActivityStatus.HELD
        if held_only
        else _activity.status != ActivityStatus.CANCELLED
    )
    first = year_bounds(year)[0]
    return [status, _activity.date >= first, _activity.date <= last_counted_day(year, today)]


def planned_activities_condition(
    year: int, kind_ids: tuple[str, ...], today: date | None = None
) -> ColumnElement[bool]:
    """Activities of ``year`` still "gepland" and dated today or later."""
    first, last = year_bounds(year)
    since = max(first, today or date.today())
    return and_(
        _of_kinds(kind_ids),
        _activity.status == ActivityStatus.PLANNED,
        _activity.date >= since,
        _activity.date <= last,
    )


def overdue_activities_condition(
    year: int, kind_ids: tuple[str, ...], today: date | None = None
) -> ColumnElement[bool]:
    """Activities of ``year`` dated before today and still "gepland": held or not?"""
    first, last = year_bounds(year)
    today = today or date.today()
    return and_(
        _of_kinds(kind_ids),
        _activity.status == ActivityStatus.PLANNED,
        _activity.date >= first,
        _activity.date <= min(last, day_before(today)),
    )


def publications_condition(year: int, kind: str, today: date | None = None) -> ColumnElement[bool]:
    """Publications of ``kind`` published in ``year`` up to ``today``."""
    first = year_bounds(year)[0]
    return and_(
        _publication.kind == kind,
        _publication.published_on >= first,
        _publication.published_on <= last_counted_day(year, today),
    )


def planned_publications_condition(
    year: int, kind: str, today: date | None = None
) -> ColumnElement[bool]:
    """Publications of ``kind`` dated in ``year`` after ``today`` (scheduled)."""
    first, last = year_bounds(year)
    return and_(
        _publication.kind == kind,
        _publication.published_on >= max(first, day_after(today)),
        _publication.published_on <= last,
    )
