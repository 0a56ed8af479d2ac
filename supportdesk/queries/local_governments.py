"""The list of local governments: filters, open follow-up actions, last contact; in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, func, or_, select, union_all
from sqlalchemy.orm import Session

from db.models import (
    AdviceTalk,
    ContactMoment,
    FocusGroup,
    FocusGroupParticipant,
    FollowUpAction,
    LocalGovernment,
    LocalGovernmentAlias,
    Trajectory,
)
from db.session import Database
from supportdesk.codes import Attendance
from supportdesk.queries._common import starts_with
from supportdesk.queries.folded import name_contains
from supportdesk.queries.paging import rows_only, total_if_known
from supportdesk.queries.read_cache import cached, is_cached, keeps
from supportdesk.queries.sorting import name_order

SORT_KEYS = (
    "name",
    "nis_code",
    "province",
    "kind",
    "starting_position",
    "open_actions",
    "last_contact",
)


@dataclass(frozen=True)
class LocalGovernmentFilter:
    """What the list shows. ``None`` means any; ``text`` matches name, NIS code or a
    former municipality's name. ``starting_position=""`` selects those with none set."""

    text: str = ""
    province: str | None = None
    kind: str | None = None
    starting_position: str | None = None
    include_archived: bool = False


class LocalGovernmentRow(NamedTuple):
    id: str
    name: str
    nis_code: str | None
    province: str | None
    kind: str
    starting_position: str | None
    open_actions: int
    last_contact: date | None
    archived: bool


def _open_actions() -> Any:
    """A government's open follow-up actions, counted on the (government, done date,
    archived) index: one seek per government (3 ms for all at 100,000 talks; grouping
    the whole index took 8)."""
    return (
        select(func.count(FollowUpAction.id))
        .where(
            FollowUpAction.local_government_id == LocalGovernment.id,
            FollowUpAction.done_date.is_(None),
            FollowUpAction.archived.is_(False),
        )
        .correlate(LocalGovernment)
        .scalar_subquery()
    )


def _last_contacts(ids: Sequence[int] | None = None) -> Any:
    """The last contact of every government at once (``lg_id``, ``d``), or of those
    with ``ids``: the newest talk, contact moment and attended focus group per
    government, the latter two grouped in one pass over an index (migration 0010),
    then the newest of the three (MAX over the rows ignores NULLs on SQLite and
    PostgreSQL alike, unlike the scalar max()/greatest()). Correlated per government
    this was ~0.25 s for all at 100,000 talks."""
    # Talks: one index seek per government (the max of (government, date)) is cheaper
    # than grouping all 100,000 index entries. An archived talk still took place, and
    # without a condition on ``archived`` the index answers max(date) at once.
    newest_talk = (
        select(func.max(AdviceTalk.date))
        .where(AdviceTalk.local_government_id == LocalGovernment.id)
        .correlate(LocalGovernment)
        .scalar_subquery()
    )
    talk = select(LocalGovernment.id.label("lg_id"), newest_talk.label("d"))
    moment = (
        select(Trajectory.local_government_id, func.max(ContactMoment.date))
        .join(ContactMoment, ContactMoment.trajectory_id == Trajectory.id)
        .group_by(Trajectory.local_government_id)
    )
    group = (
        select(FocusGroupParticipant.local_government_id, func.max(FocusGroup.date))
        .join(FocusGroup, FocusGroup.id == FocusGroupParticipant.focus_group_id)
        .where(FocusGroupParticipant.attendance == Attendance.PRESENT)
        .group_by(FocusGroupParticipant.local_government_id)
    )
    if ids is not None:
        talk = talk.where(LocalGovernment.id.in_(ids))
        moment = moment.where(Trajectory.local_government_id.in_(ids))
        group = group.where(FocusGroupParticipant.local_government_id.in_(ids))
    dates = union_all(talk, moment, group).subquery()
    return select(dates.c.lg_id, func.max(dates.c.d).label("d")).group_by(dates.c.lg_id).subquery()


def _conditions(f: LocalGovernmentFilter) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = []
    if not f.include_archived:
        cond.append(LocalGovernment.archived.is_(False))
    if f.province is not None:
        cond.append(LocalGovernment.province == f.province)
    if f.kind is not None:
        cond.append(LocalGovernment.kind == f.kind)
    if f.starting_position == "":
        cond.append(LocalGovernment.starting_position.is_(None))
    elif f.starting_position is not None:
        cond.append(LocalGovernment.starting_position == f.starting_position)
    text = f.text.strip()
    if text:
        alias = (
            select(LocalGovernmentAlias.id)
            .where(
                LocalGovernmentAlias.local_government_id == LocalGovernment.id,
                name_contains(LocalGovernmentAlias.name, text),
            )
            .exists()
        )
        cond.append(
            or_(
                name_contains(LocalGovernment.name, text),
                starts_with(LocalGovernment.nis_code, text),
                alias,
            )
        )
    return cond


def local_governments_page(
    db: Database,
    f: LocalGovernmentFilter | None = None,
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
) -> tuple[list[LocalGovernmentRow], int | None]:
    """One page of the list, sorted by ``sort`` (one of SORT_KEYS), then by name, and the
    total when the page tells it (``paging.total_if_known``).

    Empty values (no NIS code, never contacted) sort last in both directions.
    """
    rows = _page_rows(db, f or LocalGovernmentFilter(), sort, descending, offset, limit)
    return rows, total_if_known(rows, offset, limit)


list_local_governments = rows_only(local_governments_page)


#: (open actions, last contact) per government id
Figures = dict[int, tuple[int, date | None]]
FIGURES = ("open_actions", "last_contact")
#: a page of at least this many rows reads every government's figures at once (and
#: keeps them for the next sort, where they can be kept); a shorter one reads those of
#: its own rows
_ALL_FIGURES_FROM = 50


def _figures(session: Session, ids: Sequence[int] | None = None) -> Figures:
    """Open actions and last contact of every government, or of those with ``ids``."""
    contacts = _last_contacts(ids)
    stmt = select(LocalGovernment.id, _open_actions(), contacts.c.d).outerjoin(
        contacts, contacts.c.lg_id == LocalGovernment.id
    )
    if ids is not None:
        stmt = stmt.where(LocalGovernment.id.in_(ids))
    return {lg_id: (int(n or 0), last) for lg_id, n, last in session.execute(stmt)}


def _by_figure(ids: list[int], figures: Figures, sort: str, descending: bool) -> list[int]:
    """``ids`` (in name order) sorted by a figure, governments without one last in both
    directions; the sort is stable, so equal figures stay in name order."""
    at = FIGURES.index(sort)
    known = [i for i in ids if figures.get(i, (0, None))[at] is not None]
    known.sort(key=lambda i: figures[i][at], reverse=descending)  # type: ignore[arg-type,return-value]
    return known + [i for i in ids if figures.get(i, (0, None))[at] is None]


def _page_rows(
    db: Database,
    f: LocalGovernmentFilter,
    sort: str,
    descending: bool,
    offset: int,
    limit: int | None,
) -> list[LocalGovernmentRow]:
    """The page's ids in order, then their columns; the figures (open actions, last
    contact) of every government are read at once and kept while the database does not
    change (``read_cache``), so sorting by them again or by another column reads only
    the governments' own columns. Sorting by a figure sorts the ids in name order by it
    here (the same order the SQL ``ORDER BY figure, name, id`` gave)."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    with db.read() as session:
        # First in the read: the kept figures are checked against the data version
        # before this read's snapshot can be older than it.
        warm = is_cached(session, _FIGURES_KEY)
        figures = cached(session, _FIGURES_KEY, _figures) if warm or sort in FIGURES else None
        key = name_order(LocalGovernment.name) if sort in FIGURES else _PLAIN[sort]
        order = [] if sort in FIGURES else [key.is_(None), key.desc() if descending else key.asc()]
        ids_stmt = (
            select(LocalGovernment.id)
            .where(*_conditions(f))
            .order_by(*order, name_order(LocalGovernment.name), LocalGovernment.id)
        )
        if sort in FIGURES:
            assert figures is not None
            ordered = _by_figure(list(session.scalars(ids_stmt)), figures, sort, descending)
            ids = ordered[offset : None if limit is None else offset + limit]
        else:
            ids_stmt = ids_stmt.offset(offset)
            if limit is not None:
                ids_stmt = ids_stmt.limit(limit)
            ids = list(session.scalars(ids_stmt))
        if not ids:
            return []
        if figures is None:
            if len(ids) >= _ALL_FIGURES_FROM and keeps(session):
                figures = cached(session, _FIGURES_KEY, _figures)
            else:
                figures = _figures(session, ids)
        found = {
            row[0]: row[1:]
            for row in session.execute(
                select(
                    LocalGovernment.id,
                    LocalGovernment.public_id,
                    LocalGovernment.name,
                    LocalGovernment.nis_code,
                    LocalGovernment.province,
                    LocalGovernment.kind,
                    LocalGovernment.starting_position,
                    LocalGovernment.archived,
                ).where(LocalGovernment.id.in_(ids))
            )
        }
    rows = []
    for i in ids:
        if i in found:
            public_id, name, nis, province, kind, position, archived = found[i]
            open_actions, last = figures.get(i, (0, None))
            rows.append(
                LocalGovernmentRow(
                    public_id, name, nis, province, kind, position, open_actions, last, archived
                )
            )
    return rows


_FIGURES_KEY = "local_government_figures"
_PLAIN: dict[str, Any] = {
    "name": name_order(LocalGovernment.name),
    "nis_code": LocalGovernment.nis_code,
    "province": LocalGovernment.province,
    "kind": LocalGovernment.kind,
    "starting_position": LocalGovernment.starting_position,
}


def count_local_governments(db: Database, f: LocalGovernmentFilter | None = None) -> int:
    stmt = select(func.count(LocalGovernment.id)).where(*_conditions(f or LocalGovernmentFilter()))
    with db.read() as session:
        return int(session.scalar(stmt) or 0)


def provinces(db: Database) -> list[str]:
    """The provinces that occur, for the province filter."""
    stmt = (
        select(LocalGovernment.province)
        .where(LocalGovernment.province.is_not(None))
        .distinct()
        .order_by(LocalGovernment.province)
    )
    with db.read() as session:
        return [p for p in session.scalars(stmt) if p]
