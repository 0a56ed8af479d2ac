"""The list of activities: filters, sort and paging in SQL, so it stays quick at 100,000.

Two steps as for focus groups: the page's ids with a window count of all matching rows,
then the columns, governments present and participant hours of just those rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, func, or_, select

from db.models import Activity, ActivityKind, ActivityParticipant, LocalGovernment
from db.session import Database
from supportdesk.codes import Attendance
from supportdesk.indicators import ACTIVITY_MINUTES, minutes_to_hours
from supportdesk.plan_codes import ActivityStatus
from supportdesk.queries._common import contains
from supportdesk.queries.sorting import name_order

SORT_KEYS = ("date", "kind", "topic", "status", "participants", "participant_hours")
#: the status filter: a status, or "attention" (planned and dated before today)
STATUSES = ("planned", "held", "cancelled", "attention")


@dataclass(frozen=True)
class ActivityFilter:
    """What the list shows; None or empty means any. Ids are public ids. ``text``
    matches the topic, the place, the description, the partner and the notes."""

    year: int | None = None
    kind_id: str | None = None
    status: str | None = None
    local_government_id: str | None = None
    text: str = ""
    include_archived: bool = False
    today: date | None = None


class ActivityRow(NamedTuple):
    id: str
    date: dt.date
    kind: str
    kind_code: str
    status: str
    needs_attention: bool
    topic: str
    place: str
    online: bool
    participants: int | None
    participant_hours: Decimal | None
    lead: str
    team_role: str
    governments: int  # local governments with someone present
    feedback_score: Decimal | None
    archived: bool


def _conditions(f: ActivityFilter, today: date) -> list[ColumnElement[bool]]:
    a = Activity
    cond: list[ColumnElement[bool]] = []
    if not f.include_archived:
        cond.append(a.archived.is_(False))
    if f.year is not None:
        cond.append(a.date.between(date(f.year, 1, 1), date(f.year, 12, 31)))
    if f.kind_id:
        kind = select(ActivityKind.id).where(ActivityKind.public_id == f.kind_id)
        cond.append(a.kind_id == kind.scalar_subquery())
    if f.status == "attention":
        cond += [a.status == ActivityStatus.PLANNED, a.date < today]
    elif f.status:
        cond.append(a.status == f.status)
    if f.local_government_id:
        lg = select(LocalGovernment.id).where(LocalGovernment.public_id == f.local_government_id)
        came = select(ActivityParticipant.activity_id).where(
            ActivityParticipant.local_government_id == lg.scalar_subquery()
        )
        cond.append(a.id.in_(came))
    if f.text.strip():
        columns = (a.topic, a.place, a.description, a.lead_partner, a.notes)
        cond.append(or_(*(contains(c, f.text) for c in columns)))
    return cond


def _governments() -> Any:
    return (
        select(func.count(func.distinct(ActivityParticipant.local_government_id)))
        .where(
            ActivityParticipant.activity_id == Activity.id,
            ActivityParticipant.attendance == Attendance.PRESENT,
        )
        .scalar_subquery()
    )


def activities_page(
    db: Database,
    f: ActivityFilter | None = None,
    *,
    sort: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = 200,
) -> tuple[list[ActivityRow], int | None]:
    """One page of activities sorted by ``sort`` (one of SORT_KEYS), newest first
    within; the count of all matching ones (None when the page is empty past the start)."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    f = f or ActivityFilter()
    today = f.today or date.today()
    kind_name = (
        select(ActivityKind.name).where(ActivityKind.id == Activity.kind_id).scalar_subquery()
    )
    keys: dict[str, Any] = {
        "date": Activity.date,
        "kind": name_order(kind_name),
        "topic": name_order(Activity.topic),
        "status": Activity.status,
        "participants": Activity.participant_count,
        "participant_hours": ACTIVITY_MINUTES,
    }
    key = keys[sort]
    page = (
        select(Activity.id, func.count().over())
        .where(*_conditions(f, today))
        .order_by(
            key.desc() if descending else key.asc(),
            Activity.date.desc() if descending else Activity.date.asc(),
            Activity.id.desc() if descending else Activity.id.asc(),
        )
        .offset(offset)
    )
    if limit is not None:
        page = page.limit(limit)
    a, k = Activity, ActivityKind
    with db.read() as session:
        found = session.execute(page).all()
        if not found:
            return [], (0 if offset == 0 else None)
        ids = [r[0] for r in found]
        total = int(found[0][1])
        details = session.execute(
            select(
                a.id, a.public_id, a.date, k.name, k.code, a.status, a.topic, a.place, a.online,
                a.participant_count, ACTIVITY_MINUTES, a.lead, a.team_role, _governments(),
                a.feedback_score_tenths, a.archived,
            )
            .join(k, k.id == a.kind_id)
            .where(a.id.in_(ids))
        )  # fmt: skip
        by_id = {r[0]: r for r in details}
    rows = []
    for i in ids:
        r = by_id.get(i)
        if r is None:
            continue
        (_, pid, day, kind, code, status, topic, place, online, count, minutes, lead, role,
         governments, tenths, archived) = r  # fmt: skip
        rows.append(
            ActivityRow(
                pid, day, kind, code, status,
                status == ActivityStatus.PLANNED and day < today,
                topic, place, bool(online), count, minutes_to_hours(minutes), lead, role,
                int(governments or 0), None if tenths is None else Decimal(tenths) / 10,
                bool(archived),
            )
        )  # fmt: skip
    return rows, total


def activity_years(db: Database) -> list[int]:
    """The years that have activities, newest first (this year always)."""
    with db.read() as session:
        first, last = session.execute(
            select(func.min(Activity.date), func.max(Activity.date))
        ).one()
    top = max(last.year if last else 0, date.today().year)
    if first is None:
        return [top]
    return list(range(top, first.year - 1, -1))
