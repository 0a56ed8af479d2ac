"""The list of focus groups: filters, sort and paging in SQL, so it stays quick at 100,000.

Counts (governments invited, governments present, open actions) are correlated
subqueries on indexed columns; the evaluated tools and the next open action of just the
page's rows come from two small follow-up queries. Core statements on ``db.tables``
(the navigation's count reads without the ORM).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, bindparam, distinct, func, or_, select

from db.session import Database
from db.tables.focus_group import (
    focus_group,
    focus_group_member,
    focus_group_participant,
    tool_finding,
)
from db.tables.follow_up import follow_up_action
from db.tables.local_government import local_government
from db.tables.team import team_member, tool
from supportdesk.codes import Attendance, FocusGroupStatus
from supportdesk.indicators import focus_group_needs_attention
from supportdesk.queries._common import contains
from supportdesk.queries.paging import counted_ids, names_per_row, next_actions, rows_only
from supportdesk.queries.sorting import name_order

SORT_KEYS = ("date", "topic", "place", "governments", "present", "open_actions", "status")
#: the "when" filter: planned and still to come (today or later), held, cancelled, or
#: planned with a date that has passed ("te bevestigen": held or not?)
WHEN = ("upcoming", "held", "cancelled", "attention")


@dataclass(frozen=True)
class FocusGroupFilter:
    """What the list shows; ``None`` or empty means any. Ids are public ids.

    ``organiser_id`` is a team member ("mine"); ``local_government_id`` keeps focus
    groups that invited that government; ``tool_id`` those that evaluated that tool.
    ``text`` matches the topic, the place, the needs for new tools or the notes.
    """

    year: int | None = None
    when: str | None = None
    organiser_id: str | None = None
    local_government_id: str | None = None
    tool_id: str | None = None
    text: str = ""
    include_archived: bool = False
    today: date | None = None


class FocusGroupRow(NamedTuple):
    id: str
    date: dt.date
    topic: str
    place: str
    online: bool
    governments: int  # local governments invited
    present: int  # local governments with someone present
    open_actions: int
    next_due: dt.date | None
    next_action: str
    tools: tuple[str, ...]
    organisers: tuple[str, ...]
    status: str = FocusGroupStatus.PLANNED
    needs_attention: bool = False  # planned, and its date has passed
    archived: bool = False  # shown only with ``include_archived``


def _linked(group: Any, link: Any, record: Any, public_id: str) -> ColumnElement[bool]:
    """The focus group has a row in a link table (``group`` its focus-group column,
    ``link`` its other column) to the ``record`` (a table) with ``public_id``."""
    return (
        select(group)
        .join(record, record.c.id == link)
        .where(group == focus_group.c.id, record.c.public_id == public_id)
        .exists()
    )


def _conditions(f: FocusGroupFilter, today: date) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = []
    if not f.include_archived:
        cond.append(focus_group.c.archived.is_(False))
    if f.year is not None:
        cond.append(focus_group.c.date.between(date(f.year, 1, 1), date(f.year, 12, 31)))
    if f.when == "upcoming":
        cond += [focus_group.c.status == FocusGroupStatus.PLANNED, focus_group.c.date >= today]
    elif f.when == "held":
        cond.append(focus_group.c.status == FocusGroupStatus.HELD)
    elif f.when == "cancelled":
        cond.append(focus_group.c.status == FocusGroupStatus.CANCELLED)
    elif f.when == "attention":
        cond += [focus_group.c.status == FocusGroupStatus.PLANNED, focus_group.c.date < today]
    elif f.when:
        raise ValueError(f"unknown 'when' filter {f.when!r}")
    members = focus_group_member.c
    for public_id, group, link, record in (
        (f.organiser_id, members.focus_group_id, members.team_member_id, team_member),
        (
            f.local_government_id,
            focus_group_participant.c.focus_group_id,
            focus_group_participant.c.local_government_id,
            local_government,
        ),
        (f.tool_id, tool_finding.c.focus_group_id, tool_finding.c.tool_id, tool),
    ):
        if public_id:
            cond.append(_linked(group, link, record, public_id))
    text = f.text.strip()
    if text:
        cond.append(
            or_(
                contains(focus_group.c.topic, text),
                contains(focus_group.c.place, text),
                contains(focus_group.c.new_tool_needs, text),
                contains(focus_group.c.notes, text),
            )
        )
    return cond


def _governments(present_only: bool = False) -> Any:
    cond = [focus_group_participant.c.focus_group_id == focus_group.c.id]
    if present_only:
        cond.append(focus_group_participant.c.attendance == Attendance.PRESENT)
    return (
        select(func.count(distinct(focus_group_participant.c.local_government_id)))
        .where(*cond)
        .correlate(focus_group)
        .scalar_subquery()
    )


def _open_actions() -> Any:
    return (
        select(func.count(follow_up_action.c.id))
        .where(
            follow_up_action.c.focus_group_id == focus_group.c.id,
            follow_up_action.c.done_date.is_(None),
            follow_up_action.c.archived.is_(False),
        )
        .correlate(focus_group)
        .scalar_subquery()
    )


#: the expression each sort key orders by (built when asked: most are subqueries)
_SORTS: dict[str, Callable[[], Any]] = {
    "date": lambda: focus_group.c.date,
    "topic": lambda: name_order(focus_group.c.topic),
    "place": lambda: name_order(focus_group.c.place),
    "governments": _governments,
    "present": lambda: _governments(present_only=True),
    "open_actions": _open_actions,
    "status": lambda: focus_group.c.status,
}
#: the columns of a page's rows, by the ids of the page (built once)
_ROWS = select(
    focus_group.c.id,
    focus_group.c.public_id,
    focus_group.c.date,
    focus_group.c.topic,
    focus_group.c.place,
    focus_group.c.online,
    _governments(),
    _governments(present_only=True),
    _open_actions(),
    focus_group.c.status,
    focus_group.c.archived,
).where(focus_group.c.id.in_(bindparam("ids", expanding=True)))


def focus_groups_page(
    db: Database,
    f: FocusGroupFilter | None = None,
    *,
    sort: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = 200,
) -> tuple[list[FocusGroupRow], int | None]:
    """One page of focus groups sorted by ``sort`` (one of SORT_KEYS), newest first within.

    Two steps: the page's ids (filter, sort, offset, limit) and the count of all
    matching rows (a window count when a text is filtered on), then the counts, tools
    and next action of those rows only. The count is None when the page is empty past
    the start.
    """
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    f = f or FocusGroupFilter()
    today = f.today or date.today()
    key = _SORTS[sort]()
    conditions = _conditions(f, today)
    order = (
        key.desc() if descending else key.asc(),
        focus_group.c.date.desc() if descending else focus_group.c.date.asc(),
        focus_group.c.id.desc() if descending else focus_group.c.id.asc(),
    )
    with db.read_connection() as conn:
        if f.text.strip():
            # A text filter reads every row anyway: one scan, with a window count.
            counted = select(focus_group.c.id, func.count().over()).where(*conditions)
            ids, total = counted_ids(conn, counted.order_by(*order), offset, limit)
        else:
            # The ids and the count apart: by date (the list as it opens) the ids come
            # from the date index, stopping after the page, where a window count made
            # SQLite read and sort every focus group first (5 ms -> 1 at 100k talks).
            page = select(focus_group.c.id).where(*conditions).order_by(*order).offset(offset)
            ids = list(conn.scalars(page if limit is None else page.limit(limit)))
            count = select(func.count(focus_group.c.id)).where(*conditions)
            total = conn.scalar(count) if ids else (0 if offset == 0 else None)
        if not ids:
            return [], total
        by_id = {r[0]: r for r in conn.execute(_ROWS, {"ids": ids})}
        rows = [by_id[i] for i in ids if i in by_id]
        tools = names_per_row(
            conn,
            tool_finding.c.focus_group_id,
            tool.c.name,
            tool.c.id == tool_finding.c.tool_id,
            ids,
        )
        organisers = names_per_row(
            conn,
            focus_group_member.c.focus_group_id,
            team_member.c.name,
            team_member.c.id == focus_group_member.c.team_member_id,
            ids,
        )
        next_action = next_actions(conn, follow_up_action.c.focus_group_id, ids)
    result = [
        FocusGroupRow(
            r[1], r[2], r[3], r[4], bool(r[5]), int(r[6] or 0), int(r[7] or 0), int(r[8] or 0),
            next_action.get(r[0], (None, ""))[0], next_action.get(r[0], (None, ""))[1],
            tuple(tools.get(r[0], ())), tuple(organisers.get(r[0], ())),
            r[9], focus_group_needs_attention(r[9], r[2], today), bool(r[10]),
        )
        for r in rows
    ]  # fmt: skip
    return result, total


list_focus_groups = rows_only(focus_groups_page)


def count_focus_groups(db: Database, f: FocusGroupFilter | None = None) -> int:
    f = f or FocusGroupFilter()
    stmt = select(func.count(focus_group.c.id)).where(*_conditions(f, f.today or date.today()))
    with db.read_connection() as conn:
        return int(conn.scalar(stmt) or 0)


def focus_group_years(db: Database) -> list[int]:
    """The years that have focus groups, newest first (for the year filter)."""
    with db.read_connection() as conn:
        first, last = conn.execute(
            select(func.min(focus_group.c.date), func.max(focus_group.c.date))
        ).one()
    top = max(last.year if last else 0, date.today().year)
    if first is None:
        return [top]
    return list(range(top, first.year - 1, -1))
