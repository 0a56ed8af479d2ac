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
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    and_,
    case,
    cast,
    extract,
    false,
    func,
    literal,
    or_,
    select,
    union_all,
)

from db.models import (
    Activity,
    ActivityKind,
    ActivityParticipant,
    AdviceTalk,
    FocusGroup,
    LocalGovernment,
    Publication,
    Target,
    Trajectory,
)
from db.session import Database
from supportdesk import labels
from supportdesk.codes import (
    INDICATORS,
    OPEN_TRAJECTORY_STATUSES,
    STARTED_TRAJECTORY_STATUSES,
    Attendance,
    Channel,
    FocusGroupStatus,
)
from supportdesk.codes import Indicator as IndicatorCode
from supportdesk.plan_codes import ActivityStatus, CountedRecord, MilestoneState
from supportdesk.plan_items import PlanItemView, read_year
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
    # activities: the number of participants, participant hours and feedback score
    participants: int | None = None
    participant_hours: Decimal | None = None
    feedback_score: Decimal | None = None
    #: the exact participant time, so a total is summed in minutes (3 x 9.33 h is 28 h)
    participant_minutes: int | None = None


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


# -- the whole plan (issue 14) ------------------------------------------------------------
#
# Every item of a year's plan (``supportdesk.plan_items``) says what it counts: held
# activities of some kinds (a number, or the sum of their participant hours), publications
# of one kind, or one of the three figures above; a milestone counts nothing (a state and
# a note). As above, only what happened counts: activities held (status "held") and dated
# in the year up to today, publications published in the year up to today. An item with
# ``held_only`` off also counts activities not (yet) confirmed as held, never cancelled
# ones. Planned activities later in the year are "gepland"; planned ones dated before
# today "te bevestigen". Participant hours are the entered participant time, else
# participants x duration, summed in whole minutes (exact: 23 x 150 min = 57.5 hours).

#: an activity's participant time in minutes: entered (people left early), else computed;
#: the product in 64 bits (1,000,000 participants x 100,000 minutes is accepted, and
#: PostgreSQL's integer x integer stops at 2^31 with "integer out of range")
ACTIVITY_MINUTES = func.coalesce(
    Activity.participant_minutes,
    cast(Activity.participant_count, BigInteger) * Activity.duration_minutes,
)
_SIXTY = Decimal(60)


def minutes_to_hours(minutes: int | None) -> Decimal | None:
    """Whole minutes as hours, at most two decimals (3450 -> 57.5)."""
    if minutes is None:
        return None
    return (Decimal(int(minutes)) / _SIXTY).quantize(Decimal("0.01")).normalize()


def _of_kinds(kind_ids: tuple[str, ...]) -> ColumnElement[bool]:
    """Activities of these kinds (public ids), resolved inside the same statement."""
    return Activity.kind_id.in_(
        select(ActivityKind.id).where(ActivityKind.public_id.in_(kind_ids)).scalar_subquery()
    )


def activities_condition(
    year: int, kind_ids: tuple[str, ...], held_only: bool = True, today: date | None = None
) -> ColumnElement[bool]:
    """Activities of ``kind_ids`` that count for ``year`` as of ``today``: held (or, when
    not ``held_only``, not cancelled), dated in the year up to today."""
    return and_(_of_kinds(kind_ids), *_counted_activity(year, held_only, today))


def _counted_activity(year: int, held_only: bool, today: date | None) -> list[Any]:
    """The status and date part of ``activities_condition`` (the kinds apart)."""
    status = (
        Activity.status == ActivityStatus.HELD
        if held_only
        else Activity.status != ActivityStatus.CANCELLED
    )
    first = year_bounds(year)[0]
    return [status, Activity.date >= first, Activity.date <= _last_counted_day(year, today)]


def planned_activities_condition(
    year: int, kind_ids: tuple[str, ...], today: date | None = None
) -> ColumnElement[bool]:
    """Activities of ``year`` still "gepland" and dated today or later."""
    first, last = year_bounds(year)
    since = max(first, today or date.today())
    return and_(
        _of_kinds(kind_ids),
        Activity.status == ActivityStatus.PLANNED,
        Activity.date >= since,
        Activity.date <= last,
    )


def overdue_activities_condition(
    year: int, kind_ids: tuple[str, ...], today: date | None = None
) -> ColumnElement[bool]:
    """Activities of ``year`` dated before today and still "gepland": held or not?"""
    first, last = year_bounds(year)
    today = today or date.today()
    return and_(
        _of_kinds(kind_ids),
        Activity.status == ActivityStatus.PLANNED,
        Activity.date >= first,
        Activity.date <= min(last, _day_before(today)),
    )


def publications_condition(year: int, kind: str, today: date | None = None) -> ColumnElement[bool]:
    """Publications of ``kind`` published in ``year`` up to ``today``."""
    first = year_bounds(year)[0]
    return and_(
        Publication.kind == kind,
        Publication.published_on >= first,
        Publication.published_on <= _last_counted_day(year, today),
    )


def planned_publications_condition(
    year: int, kind: str, today: date | None = None
) -> ColumnElement[bool]:
    """Publications of ``kind`` dated in ``year`` after ``today`` (scheduled)."""
    first, last = year_bounds(year)
    return and_(
        Publication.kind == kind,
        Publication.published_on >= max(first, _day_after(today)),
        Publication.published_on <= last,
    )


def _day_before(today: date) -> date:
    return date.fromordinal(today.toordinal() - 1)


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


def _sum_or_count(model: Any, condition: ColumnElement[bool], hours: bool) -> Any:
    what = func.coalesce(func.sum(ACTIVITY_MINUTES), 0) if hours else func.count()
    return select(what).select_from(model).where(condition).scalar_subquery()


def _item_columns(item: PlanItemView, year: int, today: date) -> list[Any]:
    """The value, planned and attention subqueries of one item (three columns)."""
    kinds = tuple(k.id for k in item.activity_kinds)
    counted = item.counted
    if counted == CountedRecord.ACTIVITY:
        return [
            _sum_or_count(
                Activity,
                activities_condition(year, kinds, item.held_only, today),
                item.counts_hours,
            ),
            _count(Activity, planned_activities_condition(year, kinds, today)),
            _count(Activity, overdue_activities_condition(year, kinds, today)),
        ]
    if counted == CountedRecord.PUBLICATION:
        kind = item.publication_kind or ""
        return [
            _count(Publication, publications_condition(year, kind, today)),
            _count(Publication, planned_publications_condition(year, kind, today)),
            literal(0),
        ]
    if counted == CountedRecord.FOCUS_GROUP:
        return [
            _count(FocusGroup, focus_groups_condition(year, today)),
            _count(FocusGroup, planned_focus_groups_condition(year, today)),
            _count(FocusGroup, overdue_focus_groups_condition(year, today)),
        ]
    if counted == CountedRecord.ADVICE_TALK:
        return [
            _count(AdviceTalk, talks_condition(year, today)),
            _count(AdviceTalk, planned_talks_condition(year, today)),
            literal(0),
        ]
    if counted == CountedRecord.TRAJECTORY:
        return [
            _count(Trajectory, trajectories_condition(year, today)),
            _count(Trajectory, planned_trajectories_condition(year, today)),
            literal(0),
        ]
    return [literal(None), literal(0), literal(0)]  # a milestone counts nothing


def year_plan_figures(db: Database, year: int, today: date | None = None) -> list[PlanFigure]:
    """Every item of ``year``'s plan with its figure as of ``today``, in the plan's
    order: all figures in ONE SQL statement (three scalar subqueries per item)."""
    today = today or date.today()
    with db.read() as session:
        items = read_year(session, year)
        columns = [c for item in items for c in _item_columns(item, year, today)]
        row = session.execute(select(*columns)).one() if columns else ()
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
    session: Any, item: PlanItemView, year: int, today: date
) -> list[IndicatorRecord]:
    """The activities behind an item: found from the activity kinds (a join, so the
    (kind, status, date) index answers: at 100,000 activities ~30 ms instead of ~120 ms
    through the date index), the governments present counted in one grouped query."""
    a, p = Activity, ActivityParticipant
    kinds = tuple(k.id for k in item.activity_kinds)
    where = [ActivityKind.public_id.in_(kinds), *_counted_activity(year, item.held_only, today)]
    stmt = (
        select(
            a.id, a.public_id, a.date, a.topic, a.participant_count, ACTIVITY_MINUTES,
            a.feedback_score_tenths,
        )
        .join(ActivityKind, ActivityKind.id == a.kind_id)
        .where(*where)
        .order_by(a.date, a.id)
    )  # fmt: skip
    rows = session.execute(stmt).all()
    ids = select(a.id).join(ActivityKind, ActivityKind.id == a.kind_id).where(*where)
    governments = dict(
        session.execute(
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
    with db.read() as session:
        item = next((i for i in read_year(session, year) if i.key == key), None)
        if item is None:
            raise ValueError(f"no plan item {key!r} in {year}")
        if item.counted == CountedRecord.ACTIVITY:
            return _activity_records(session, item, year, today)
        if item.counted == CountedRecord.PUBLICATION:
            p, lg = Publication, LocalGovernment
            stmt = (
                select(p.public_id, p.published_on, lg.name, p.title)
                .outerjoin(lg, lg.id == p.local_government_id)
                .where(publications_condition(year, item.publication_kind or "", today))
                .order_by(p.published_on, p.id)
            )
            return [
                IndicatorRecord("publication", pid, day, gov or "", title)
                for pid, day, gov, title in session.execute(stmt)
            ]
    legacy = {
        CountedRecord.ADVICE_TALK: ADVICE_TALKS,
        CountedRecord.TRAJECTORY: TRAJECTORIES,
        CountedRecord.FOCUS_GROUP: FOCUS_GROUPS,
    }.get(CountedRecord(item.counted))
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
    a grouped select per item, joined with UNION ALL."""
    today = today or date.today()
    first = year_bounds(year)[0]
    with db.read() as session:
        items = [i for i in read_year(session, year) if not i.is_milestone]
        parts = [_monthly(i, index, year, first, today) for index, i in enumerate(items)]
        rows = session.execute(union_all(*parts)).all() if parts else []
    out: dict[str, list[int | Decimal]] = {i.key: [0] * 12 for i in items}
    for index, month, value in rows:
        item = items[int(index)]
        shown = minutes_to_hours(int(value or 0)) if item.counts_hours else int(value or 0)
        out[item.key][int(month) - 1] = shown if shown is not None else 0
    return out


def _monthly(item: PlanItemView, index: int, year: int, first: date, today: date) -> Any:
    """(index, month, value) rows of one item, grouped by month."""
    if item.counted == CountedRecord.ACTIVITY:
        kinds = tuple(k.id for k in item.activity_kinds)
        value = func.coalesce(func.sum(ACTIVITY_MINUTES), 0) if item.counts_hours else func.count()
        day: Any = Activity.date
        condition = activities_condition(year, kinds, item.held_only, today)
    elif item.counted == CountedRecord.PUBLICATION:
        value, day = func.count(), Publication.published_on
        condition = publications_condition(year, item.publication_kind or "", today)
    elif item.counted == CountedRecord.FOCUS_GROUP:
        value, day = func.count(), FocusGroup.date
        condition = focus_groups_condition(year, today)
    elif item.counted == CountedRecord.ADVICE_TALK:
        value, day = func.count(), AdviceTalk.date
        condition = talks_condition(year, today)
    else:
        value = func.count()
        day = case((Trajectory.start_date < first, literal(first)), else_=Trajectory.start_date)
        condition = trajectories_condition(year, today)
    month = extract("month", day)
    return select(literal(index), month, value).where(condition).group_by(month)
