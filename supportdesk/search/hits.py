"""Turning found documents into hits: public ids and subtitles, read per kind in one
statement each (at most ``limit`` records, so a handful of small queries)."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam, case, func, literal, select

from db.models import (
    Activity,
    ActivityKind,
    AdviceTalk,
    ContactPerson,
    FocusGroup,
    FollowUpAction,
    LocalGovernment,
    Publication,
    Trajectory,
)
from supportdesk.search.kinds import (
    ACTIVITY,
    ADVICE_TALK,
    CONTACT_PERSON,
    FOCUS_GROUP,
    LOCAL_GOVERNMENT,
    PUBLICATION,
    TRAJECTORY,
)
from supportdesk.search.why import Reason, reasons


@dataclass(frozen=True)
class SearchHit:
    """One found record: its kind (table name), public id, title as typed, a subtitle
    naming its government and a date, and the score it was ordered by (higher is
    better; comparable only within one search)."""

    kind: str
    id: str
    title: str
    subtitle: str
    score: float
    #: why it matched when the title does not show it (``supportdesk.search.why``): the
    #: former municipality's name that matched, or the words of the text around the match
    alias: str = ""
    snippet: str = ""


@dataclass(frozen=True)
class Found:
    """A matching document before its record is looked up."""

    kind: str
    record_id: int
    title: str
    score: float


_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)


@functools.cache
def _details_query(kind: str) -> Any:
    """(id, public id, subtitle parts...) of the found records of one kind (``ids``).
    Built once per kind: building it on every keystroke cost ~0.3 ms a kind."""
    lg = LocalGovernment
    if kind == LOCAL_GOVERNMENT:
        return select(lg.id, lg.public_id, lg.province).where(lg.id.in_(_IDS))
    if kind == CONTACT_PERSON:
        cp = ContactPerson
        return (
            select(cp.id, cp.public_id, lg.name, cp.role)
            .join(lg, lg.id == cp.local_government_id)
            .where(cp.id.in_(_IDS))
        )
    if kind == ADVICE_TALK:
        t = AdviceTalk
        return (
            select(t.id, t.public_id, lg.name, t.date)
            .join(lg, lg.id == t.local_government_id)
            .where(t.id.in_(_IDS))
        )
    if kind == TRAJECTORY:
        tr = Trajectory
        return (
            select(tr.id, tr.public_id, lg.name, func.coalesce(tr.start_date, tr.requested_on))
            .join(lg, lg.id == tr.local_government_id)
            .where(tr.id.in_(_IDS))
        )
    if kind == FOCUS_GROUP:
        f = FocusGroup
        place = case((f.place != "", f.place), (f.online, literal("online")), else_=literal(""))
        return select(f.id, f.public_id, f.date, place).where(f.id.in_(_IDS))
    if kind == ACTIVITY:
        act, k = Activity, ActivityKind
        return (
            select(act.id, act.public_id, k.name, act.date)
            .join(k, k.id == act.kind_id)
            .where(act.id.in_(_IDS))
        )
    if kind == PUBLICATION:
        p = Publication
        return (
            select(p.id, p.public_id, lg.name, p.published_on)
            .outerjoin(lg, lg.id == p.local_government_id)
            .where(p.id.in_(_IDS))
        )
    a = FollowUpAction
    return (
        select(a.id, a.public_id, lg.name, a.due_date)
        .outerjoin(lg, lg.id == a.local_government_id)
        .where(a.id.in_(_IDS))
    )


def _part(value: object) -> str:
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value) if value else ""


def _details(conn: Connection, kind: str, ids: list[int]) -> dict[int, tuple[str, str]]:
    """record id -> (public id, subtitle) for the found records of one kind. The
    subtitle names the government and a date: "Gent · 06/05/2025"."""
    out: dict[int, tuple[str, str]] = {}
    for record_id, public_id, *parts in conn.execute(_details_query(kind), {"ids": ids}):
        out[record_id] = (public_id, " · ".join(p for p in map(_part, parts) if p))
    return out


def to_hits(conn: Connection, found: Sequence[Found], terms: Sequence[str] = ()) -> list[SearchHit]:
    """Hits in the order found, each saying why it matched where its title does not
    (``terms``: the query's folded words); a document whose record is gone (deleted with
    a Core statement, before ``reindex_all``) is skipped."""
    by_kind: dict[str, list[int]] = defaultdict(list)
    for f in found:
        by_kind[f.kind].append(f.record_id)
    details = {kind: _details(conn, kind, ids) for kind, ids in by_kind.items()}
    why = reasons(conn, [(f.kind, f.record_id, f.title) for f in found], terms)
    hits = []
    for f in found:
        d = details[f.kind].get(f.record_id)
        if d is not None:
            r = why.get((f.kind, f.record_id), Reason())
            hits.append(SearchHit(f.kind, d[0], f.title, d[1], f.score, r.alias, r.snippet))
    return hits
