"""How a year stands against the action plan: the figures the plan counts, beside their
targets, and the records behind each figure.

The figures are counted with SQL aggregates (one statement for all three), never by
loading records, so they stay instant at 100,000 talks. What counts (DOMAIN.md, the
plan's OD 3.1-3.3):

- ``advice_talks``: talks dated in the year, except questions answered by mail alone
  (``channel == "email"``);
- ``trajectories``: trajectories running at some point in the year: started on or
  before 31 December and not ended before 1 January (a request without a start date
  has not started);
- ``focus_groups``: focus groups held (dated) in the year.

Archived records count: archiving hides a record from the daily lists, but the talk,
trajectory or focus group did take place (a talk that started a trajectory can only be
archived, not deleted).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal, or_, select

from db.models import AdviceTalk, FocusGroup, LocalGovernment, Target, Trajectory
from db.session import Database
from supportdesk.search.documents import first_line

ADVICE_TALKS = "advice_talks"
TRAJECTORIES = "trajectories"
FOCUS_GROUPS = "focus_groups"
KEYS: tuple[str, ...] = (ADVICE_TALKS, TRAJECTORIES, FOCUS_GROUPS)

# The plan's words, for reports and the command line (the UI translates its own).
LABELS: dict[str, str] = {
    ADVICE_TALKS: "Adviesgesprekken met lokale besturen",
    TRAJECTORIES: "Ondersteuningstrajecten op maat",
    FOCUS_GROUPS: "Focusgroepen met lokale besturen",
}
PLAN_ITEMS: dict[str, str] = {
    ADVICE_TALKS: "OD 3.2",
    TRAJECTORIES: "OD 3.3",
    FOCUS_GROUPS: "OD 3.1",
}

MAIL_ONLY = "email"


@dataclass(frozen=True)
class Indicator:
    """One figure of a year: what was done (``value``) and what the plan asks
    (``target``, None when no target is set for that year)."""

    key: str
    value: int
    target: int | None

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


def _year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def talks_condition(year: int) -> ColumnElement[bool]:
    first, last = _year(year)
    return and_(AdviceTalk.date.between(first, last), AdviceTalk.channel != MAIL_ONLY)


def trajectories_condition(year: int) -> ColumnElement[bool]:
    first, last = _year(year)
    return and_(
        Trajectory.start_date.is_not(None),
        Trajectory.start_date <= last,
        or_(Trajectory.end_date.is_(None), Trajectory.end_date >= first),
    )


def focus_groups_condition(year: int) -> ColumnElement[bool]:
    first, last = _year(year)
    return FocusGroup.date.between(first, last)


def _count(model: Any, condition: ColumnElement[bool]) -> Any:
    return select(func.count()).select_from(model).where(condition).scalar_subquery()


def year_indicators(db: Database, year: int) -> list[Indicator]:
    """The plan's figures for ``year``, in the plan's order, each beside its target."""
    stmt = select(
        _count(AdviceTalk, talks_condition(year)),
        _count(Trajectory, trajectories_condition(year)),
        _count(FocusGroup, focus_groups_condition(year)),
    )
    with db.read() as session:
        counts = session.execute(stmt).one()
        targets = dict(
            session.execute(select(Target.indicator, Target.value).where(Target.year == year)).all()
        )
    return [
        Indicator(key, int(value or 0), targets.get(key))
        for key, value in zip(KEYS, counts, strict=True)
    ]


def _records_query(year: int, key: str) -> Any:
    lg = LocalGovernment
    if key == ADVICE_TALKS:
        t = AdviceTalk
        return (
            select(t.public_id, t.date, lg.name, t.question)
            .join(lg, lg.id == t.local_government_id)
            .where(talks_condition(year))
            .order_by(t.date, t.id)
        )
    if key == TRAJECTORIES:
        tr = Trajectory
        return (
            select(tr.public_id, tr.start_date, lg.name, tr.title)
            .join(lg, lg.id == tr.local_government_id)
            .where(trajectories_condition(year))
            .order_by(tr.start_date, tr.id)
        )
    if key == FOCUS_GROUPS:
        f = FocusGroup
        return (
            select(f.public_id, f.date, literal(""), f.topic)
            .where(focus_groups_condition(year))
            .order_by(f.date, f.id)
        )
    raise ValueError(f"unknown indicator {key!r}; expected one of {', '.join(KEYS)}")


_KINDS = {ADVICE_TALKS: "advice_talk", TRAJECTORIES: "trajectory", FOCUS_GROUPS: "focus_group"}


def indicator_records(db: Database, year: int, key: str) -> list[IndicatorRecord]:
    """The records counted in one figure of ``year``, by date (what the year report
    lists and the UI opens). An advice talk's title is the first line of its question."""
    stmt = _records_query(year, key)
    kind = _KINDS[key]
    with db.read() as session:
        rows = session.execute(stmt).all()
    out = []
    for public_id, day, government, title in rows:
        if kind == "advice_talk":
            title = first_line(title) or "Adviesgesprek"
        out.append(IndicatorRecord(kind, public_id, day, government or "", title or ""))
    return out
