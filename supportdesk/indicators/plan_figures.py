"""Every item of a year's plan with its figure (``supportdesk.plan_items`` says what an
item counts; ``item_rules`` and ``rules`` what counts), the records behind an item, and
its figure per month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    case,
    func,
    literal,
    select,
    union_all,
)

from db.session import Database
from db.tables.activity import activity, activity_kind, activity_participant
from db.tables.advice import advice_talk
from db.tables.communication import publication
from db.tables.focus_group import focus_group
from db.tables.local_government import local_government
from db.tables.trajectory import trajectory
from supportdesk.codes import Attendance
from supportdesk.indicators.figures import (
    IndicatorRecord,
    count_of,
    figure_columns,
    indicator_records,
)
from supportdesk.indicators.item_rules import (
    ACTIVITY_MINUTES,
    activities_condition,
    counted_activity,
    minutes_to_hours,
    overdue_activities_condition,
    planned_activities_condition,
    planned_publications_condition,
    publications_condition,
)
from supportdesk.indicators.rules import (
    ADVICE_TALKS,
    FOCUS_GROUPS,
    TRAJECTORIES,
    focus_groups_condition,
    talks_condition,
    trajectories_condition,
    year_bounds,
)
from supportdesk.plan_codes import CountedRecord, MilestoneState
from supportdesk.plan_items import PlanItemView, read_year


@dataclass(frozen=True)
class PlanFigure:
    """One item of a year's plan with its figure: ``value`` is a number of records or
    participant hours (a Decimal), None for a milestone; ``planned`` later in the year,
    ``attention`` to confirm (activities and focus groups dated before today, still
    planned)."""

    item: PlanItemView
    value: int | Decimal | None
    planned: int = 0
    attention: int = 0

    @property
    def target(self) -> int | None:
        return self.item.target

    @property
    def unit(self) -> str:
        return self.item.unit

    @property
    def reached(self) -> bool | None:
        """Reached the target (a milestone: done); None when there is nothing to reach."""
        if self.item.is_milestone:
            return self.item.milestone_state == MilestoneState.DONE
        if self.target is None or self.value is None:
            return None
        return self.value >= self.target


#: the items that count one of the three figures
FIGURE_OF: dict[str, str] = {
    CountedRecord.ADVICE_TALK: ADVICE_TALKS,
    CountedRecord.TRAJECTORY: TRAJECTORIES,
    CountedRecord.FOCUS_GROUP: FOCUS_GROUPS,
}


def _sum_or_count(table: Table, condition: ColumnElement[bool], hours: bool) -> Any:
    what = func.coalesce(func.sum(ACTIVITY_MINUTES), 0) if hours else func.count()
    return select(what).select_from(table).where(condition).scalar_subquery()


def _item_columns(item: PlanItemView, year: int, today: date) -> list[Any]:
    """The value, planned and attention subqueries of one item (three columns)."""
    kinds = tuple(k.id for k in item.activity_kinds)
    counted = item.counted
    if counted == CountedRecord.ACTIVITY:
        return [
            _sum_or_count(
                activity,
                activities_condition(year, kinds, item.held_only, today),
                item.counts_hours,
            ),
            count_of(activity, planned_activities_condition(year, kinds, today)),
            count_of(activity, overdue_activities_condition(year, kinds, today)),
        ]
    if counted == CountedRecord.PUBLICATION:
        kind = item.publication_kind or ""
        return [
            count_of(publication, publications_condition(year, kind, today)),
            count_of(publication, planned_publications_condition(year, kind, today)),
            literal(0),
        ]
    if counted in FIGURE_OF:
        return figure_columns(FIGURE_OF[counted], year, today)
    return [literal(None), literal(0), literal(0)]  # a milestone counts nothing


def year_plan_figures(db: Database, year: int, today: date | None = None) -> list[PlanFigure]:
    """Every item of ``year``'s plan with its figure as of ``today``, in the plan's
    order: all figures in ONE SQL statement (three scalar subqueries per item)."""
    today = today or date.today()
    with db.read_connection() as conn:
        items = read_year(conn, year)
        columns = [c for item in items for c in _item_columns(item, year, today)]
        row = conn.execute(select(*columns)).one() if columns else ()
    out = []
    for i, item in enumerate(items):
        value, planned, attention = row[3 * i : 3 * i + 3]
        shown: int | Decimal | None
        if item.is_milestone:
            shown = None
        elif item.counts_hours:
            shown = minutes_to_hours(int(value or 0))
        else:
            shown = int(value or 0)
        out.append(PlanFigure(item, shown, int(planned or 0), int(attention or 0)))
    return out


def _activity_records(
    conn: Connection, item: PlanItemView, year: int, today: date
) -> list[IndicatorRecord]:
    """The activities behind an item: found from the activity kinds (a join, so the
    (kind, status, date) index answers: at 100,000 activities ~30 ms instead of ~120 ms
    through the date index), the governments present counted in one grouped query."""
    a, k, p = activity.c, activity_kind.c, activity_participant.c
    kinds = tuple(ref.id for ref in item.activity_kinds)
    where = [k.public_id.in_(kinds), *counted_activity(year, item.held_only, today)]
    stmt = (
        select(
            a.id, a.public_id, a.date, a.topic, a.participant_count, ACTIVITY_MINUTES,
            a.feedback_score_tenths,
        )
        .join(activity_kind, k.id == a.kind_id)
        .where(*where)
        .order_by(a.date, a.id)
    )  # fmt: skip
    rows = conn.execute(stmt).all()
    ids = select(a.id).join(activity_kind, k.id == a.kind_id).where(*where)
    governments: dict[int, int] = dict(
        conn.execute(
            select(p.activity_id, func.count(func.distinct(p.local_government_id)))
            .where(p.attendance == Attendance.PRESENT, p.activity_id.in_(ids))
            .group_by(p.activity_id)
        ).all()
    )
    return [
        IndicatorRecord(
            "activity",
            pid,
            day,
            _governments_word(governments.get(ident)),
            topic,
            count,
            minutes_to_hours(minutes),
            None if tenths is None else Decimal(tenths) / 10,
            None if minutes is None else int(minutes),
        )
        for ident, pid, day, topic, count, minutes, tenths in rows
    ]


def plan_item_records(
    db: Database, year: int, key: str, today: date | None = None
) -> list[IndicatorRecord]:
    """The records behind one item's figure (by date), as the Overzicht opens them and
    the year report lists them; an activity's row carries its participants, participant
    hours and feedback score. Unknown key: ValueError; a milestone: no records."""
    today = today or date.today()
    with db.read_connection() as conn:
        item = next((i for i in read_year(conn, year) if i.key == key), None)
        if item is None:
            raise ValueError(f"no plan item {key!r} in {year}")
        if item.counted == CountedRecord.ACTIVITY:
            return _activity_records(conn, item, year, today)
        if item.counted == CountedRecord.PUBLICATION:
            p, lg = publication.c, local_government
            stmt = (
                select(p.public_id, p.published_on, lg.c.name, p.title)
                .outerjoin(lg, lg.c.id == p.local_government_id)
                .where(publications_condition(year, item.publication_kind or "", today))
                .order_by(p.published_on, p.id)
            )
            return [
                IndicatorRecord("publication", pid, day, gov or "", title)
                for pid, day, gov, title in conn.execute(stmt)
            ]
    legacy = FIGURE_OF.get(CountedRecord(item.counted))
    return [] if legacy is None else indicator_records(db, year, legacy, today)


def _governments_word(n: int | None) -> str:
    """An activity's governments present, for the list's government column."""
    if not n:
        return ""
    return "1 lokaal bestuur" if n == 1 else f"{n} lokale besturen"


def plan_item_months(
    db: Database, year: int, today: date | None = None
) -> dict[str, list[int | Decimal]]:
    """Per item key of ``year``'s plan, its figure per month (January first), by the
    item's own counting rule: what ``year_plan_figures`` counts, spread over the months
    of the records' dates (participant hours summed; a trajectory in the month it started,
    January when it started before the year). Milestones are left out. One statement:
    a grouped select per item, joined with UNION ALL.

    Each item is grouped by day, in the order of the date index, and the days are added
    up per month here: grouping by a month computed for every row took three times as
    long (at 100,000 talks 23 ms against 7 for a year's talks on SQLite)."""
    today = today or date.today()
    first = year_bounds(year)[0]
    with db.read_connection() as conn:
        items = [i for i in read_year(conn, year) if not i.is_milestone]
        parts = [_daily(i, index, year, first, today) for index, i in enumerate(items)]
        rows = conn.execute(union_all(*parts)).all() if parts else []
    totals: list[list[int]] = [[0] * 12 for _ in items]
    for index, day, value in rows:
        totals[int(index)][_month_of(day) - 1] += int(value or 0)
    out: dict[str, list[int | Decimal]] = {}
    for item, months in zip(items, totals, strict=True):
        out[item.key] = [
            (minutes_to_hours(m) or 0) if item.counts_hours and m else m for m in months
        ]
    return out


def _month_of(day: Any) -> int:
    """The month of a day as the driver returns it (a date; text on SQLite when the day
    is computed, as a trajectory's)."""
    return day.month if isinstance(day, date) else int(str(day)[5:7])


def _daily(item: PlanItemView, index: int, year: int, first: date, today: date) -> Any:
    """(index, day, value) rows of one item, grouped by day."""
    if item.counted == CountedRecord.ACTIVITY:
        kinds = tuple(k.id for k in item.activity_kinds)
        value = func.coalesce(func.sum(ACTIVITY_MINUTES), 0) if item.counts_hours else func.count()
        day: Any = activity.c.date
        condition = activities_condition(year, kinds, item.held_only, today)
    elif item.counted == CountedRecord.PUBLICATION:
        value, day = func.count(), publication.c.published_on
        condition = publications_condition(year, item.publication_kind or "", today)
    elif item.counted == CountedRecord.FOCUS_GROUP:
        value, day = func.count(), focus_group.c.date
        condition = focus_groups_condition(year, today)
    elif item.counted == CountedRecord.ADVICE_TALK:
        value, day = func.count(), advice_talk.c.date
        condition = talks_condition(year, today)
    else:
        value = func.count()
        start = trajectory.c.start_date
        day = case((start < first, literal(first)), else_=start)
        condition = trajectories_condition(year, today)
    return select(literal(index), day, value).where(condition).group_by(day)
