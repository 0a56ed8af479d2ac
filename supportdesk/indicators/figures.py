"""The plan's three figures of a year (advice talks, trajectories, focus groups) beside
their targets, and the records behind each; counted with ``rules``' conditions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Table, func, literal, select

from db.session import Database
from db.tables.advice import advice_talk
from db.tables.focus_group import focus_group
from db.tables.local_government import local_government
from db.tables.targets import target
from db.tables.trajectory import trajectory
from supportdesk import labels
from supportdesk.indicators.rules import (
    ADVICE_TALKS,
    FOCUS_GROUPS,
    KEYS,
    TRAJECTORIES,
    focus_groups_condition,
    overdue_focus_groups_condition,
    planned_focus_groups_condition,
    planned_talks_condition,
    planned_trajectories_condition,
    talks_condition,
    trajectories_condition,
)
from supportdesk.search.titles import first_line

# The plan's words, for reports, the command line and (translated) the Overzicht.
LABELS: dict[str, str] = labels.INDICATORS
PLAN_ITEMS: dict[str, str] = labels.PLAN_ITEMS


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


def count_of(table: Table, condition: ColumnElement[bool]) -> Any:
    """A scalar subquery counting the rows of ``table`` that meet ``condition``."""
    return select(func.count()).select_from(table).where(condition).scalar_subquery()


Condition = Callable[[int, date], ColumnElement[bool]]


class Figure(NamedTuple):
    """One of the three figures: its record kind (table name) and table, the date and
    title its records are listed by, and its conditions (``attention`` None: nothing of
    this kind waits to be confirmed)."""

    kind: str
    table: Table
    day: Any
    title: Any
    counted: Condition
    planned: Condition
    attention: Condition | None


FIGURES: dict[str, Figure] = {
    ADVICE_TALKS: Figure(
        "advice_talk",
        advice_talk,
        advice_talk.c.date,
        advice_talk.c.question,
        talks_condition,
        planned_talks_condition,
        None,
    ),
    TRAJECTORIES: Figure(
        "trajectory",
        trajectory,
        trajectory.c.start_date,
        trajectory.c.title,
        trajectories_condition,
        planned_trajectories_condition,
        None,
    ),
    FOCUS_GROUPS: Figure(
        "focus_group",
        focus_group,
        focus_group.c.date,
        focus_group.c.topic,
        focus_groups_condition,
        planned_focus_groups_condition,
        overdue_focus_groups_condition,
    ),
}


def figure_columns(key: str, year: int, today: date) -> list[Any]:
    """The counted, planned and attention subqueries of one figure (three columns)."""
    f = FIGURES[key]
    attention = literal(0) if f.attention is None else count_of(f.table, f.attention(year, today))
    return [
        count_of(f.table, f.counted(year, today)),
        count_of(f.table, f.planned(year, today)),
        attention,
    ]


def year_indicators(db: Database, year: int, today: date | None = None) -> list[Indicator]:
    """The plan's figures for ``year`` as of ``today``, in the plan's order, each beside
    its target, with what is planned later in the year and what needs attention."""
    today = today or date.today()
    stmt = select(*(c for key in KEYS for c in figure_columns(key, year, today)))
    t = target.c
    with db.read_connection() as conn:
        counts = [int(v or 0) for v in conn.execute(stmt).one()]
        targets = dict(conn.execute(select(t.indicator, t.value).where(t.year == year)).all())
    return [
        Indicator(key, counts[3 * i], targets.get(key), counts[3 * i + 1], counts[3 * i + 2])
        for i, key in enumerate(KEYS)
    ]


def _records_query(year: int, key: str, today: date) -> Any:
    if key not in FIGURES:
        raise ValueError(f"unknown indicator {key!r}; expected one of {', '.join(KEYS)}")
    f = FIGURES[key]
    c, lg = f.table.c, local_government
    if f.table is focus_group:  # several governments: none is joined
        stmt = select(c.public_id, f.day, literal(""), f.title)
    else:
        stmt = select(c.public_id, f.day, lg.c.name, f.title).join(
            lg, lg.c.id == c.local_government_id
        )
    return stmt.where(f.counted(year, today)).order_by(f.day, c.id)


def indicator_records(
    db: Database, year: int, key: str, today: date | None = None
) -> list[IndicatorRecord]:
    """The records counted in one figure of ``year`` as of ``today``, by date (what the
    year report lists and the UI opens). An advice talk's title is the first line of its
    question."""
    stmt = _records_query(year, key, today or date.today())
    kind = FIGURES[key].kind
    with db.read_connection() as conn:
        rows = conn.execute(stmt).all()
    out = []
    for public_id, day, government, title in rows:
        if kind == "advice_talk":
            title = first_line(title) or "Adviesgesprek"
        out.append(IndicatorRecord(kind, public_id, day, government or "", title or ""))
    return out
