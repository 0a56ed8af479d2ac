"""The list of advice talks: filters, sort and paging in SQL, so it stays quick at 100,000.

The page's rows come from one indexed query; the themes and team members of just those
rows come from a second query, which keeps the SQL the same on SQLite and PostgreSQL
(no group_concat / string_agg).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, func, or_, select

from db.models import (
    AdviceTalk,
    FollowUpAction,
    LocalGovernment,
    TeamMember,
    Theme,
    advice_talk_member,
    advice_talk_theme,
)
from db.session import Database
from supportdesk.queries._common import contains

SORT_KEYS = ("date", "local_government", "channel", "duration", "question", "open_actions")
#: the plan's flags a filter can ask for
FLAGS = ("info_session_idea", "policy_dossier_input", "signal", "experienced_government")


@dataclass(frozen=True)
class AdviceTalkFilter:
    """What the list shows; ``None`` or empty means any. Ids are public ids.

    ``flags`` lists flags (from FLAGS) that must all be set. ``text`` matches the
    question, the advice, the notes or the government's name.
    """

    year: int | None = None
    local_government_id: str | None = None
    theme_id: str | None = None
    team_member_id: str | None = None
    channel: str | None = None
    flags: tuple[str, ...] = ()
    text: str = ""
    include_archived: bool = False


class AdviceTalkRow(NamedTuple):
    id: str
    date: date
    local_government_id: str
    local_government: str
    channel: str
    duration_minutes: int | None
    question: str  # the first 200 characters
    open_actions: int
    info_session_idea: bool
    policy_dossier_input: bool
    signal: bool
    experienced_government: bool
    themes: tuple[str, ...]
    team_members: tuple[str, ...]


def _conditions(f: AdviceTalkFilter) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = []
    if not f.include_archived:
        cond.append(AdviceTalk.archived.is_(False))
    if f.year is not None:
        cond.append(AdviceTalk.date >= date(f.year, 1, 1))
        cond.append(AdviceTalk.date <= date(f.year, 12, 31))
    if f.local_government_id:
        lg = select(LocalGovernment.id).where(LocalGovernment.public_id == f.local_government_id)
        cond.append(AdviceTalk.local_government_id == lg.scalar_subquery())
    if f.channel:
        cond.append(AdviceTalk.channel == f.channel)
    if f.theme_id:
        cond.append(
            select(advice_talk_theme.c.advice_talk_id)
            .join(Theme, Theme.id == advice_talk_theme.c.theme_id)
            .where(
                advice_talk_theme.c.advice_talk_id == AdviceTalk.id, Theme.public_id == f.theme_id
            )
            .exists()
        )
    if f.team_member_id:
        cond.append(
            select(advice_talk_member.c.advice_talk_id)
            .join(TeamMember, TeamMember.id == advice_talk_member.c.team_member_id)
            .where(
                advice_talk_member.c.advice_talk_id == AdviceTalk.id,
                TeamMember.public_id == f.team_member_id,
            )
            .exists()
        )
    for flag in f.flags:
        if flag == "experienced_government":
            cond.append(AdviceTalk.experienced_government_id.is_not(None))
        elif flag in FLAGS:
            cond.append(getattr(AdviceTalk, flag).is_(True))
        else:
            raise ValueError(f"unknown flag {flag!r}")
    text = f.text.strip()
    if text:
        cond.append(
            or_(
                contains(AdviceTalk.question, text),
                contains(AdviceTalk.advice, text),
                contains(AdviceTalk.notes, text),
                contains(LocalGovernment.name, text),
            )
        )
    return cond


def _open_actions() -> Any:
    return (
        select(func.count(FollowUpAction.id))
        .where(FollowUpAction.advice_talk_id == AdviceTalk.id, FollowUpAction.done_date.is_(None))
        .correlate(AdviceTalk)
        .scalar_subquery()
    )


def _base(f: AdviceTalkFilter) -> Select[Any]:
    return (
        select(AdviceTalk.id)
        .join(LocalGovernment, LocalGovernment.id == AdviceTalk.local_government_id)
        .where(*_conditions(f))
    )


def list_advice_talks(
    db: Database,
    f: AdviceTalkFilter | None = None,
    *,
    sort: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = 200,
) -> list[AdviceTalkRow]:
    """One page of advice talks, sorted by ``sort`` (one of SORT_KEYS), newest first within."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    f = f or AdviceTalkFilter()
    open_actions = _open_actions().label("open_actions")
    keys: dict[str, Any] = {
        "date": AdviceTalk.date,
        "local_government": func.lower(LocalGovernment.name),
        "channel": AdviceTalk.channel,
        "duration": AdviceTalk.duration_minutes,
        "question": func.lower(func.substr(AdviceTalk.question, 1, 60)),
        "open_actions": open_actions,
    }
    key = keys[sort]
    stmt = (
        select(
            AdviceTalk.id,
            AdviceTalk.public_id,
            AdviceTalk.date,
            LocalGovernment.public_id,
            LocalGovernment.name,
            AdviceTalk.channel,
            AdviceTalk.duration_minutes,
            func.substr(AdviceTalk.question, 1, 200),
            open_actions,
            AdviceTalk.info_session_idea,
            AdviceTalk.policy_dossier_input,
            AdviceTalk.signal,
            AdviceTalk.experienced_government_id.is_not(None),
        )
        .join(LocalGovernment, LocalGovernment.id == AdviceTalk.local_government_id)
        .where(*_conditions(f))
        .order_by(
            key.is_(None),
            key.desc() if descending else key.asc(),
            AdviceTalk.date.desc(),
            AdviceTalk.id.desc(),
        )
        .offset(offset)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.read() as session:
        rows = session.execute(stmt).all()
        ids = [r[0] for r in rows]
        themes: dict[int, list[str]] = defaultdict(list)
        members: dict[int, list[str]] = defaultdict(list)
        if ids:
            for talk_id, name in session.execute(
                select(advice_talk_theme.c.advice_talk_id, Theme.name)
                .join(Theme, Theme.id == advice_talk_theme.c.theme_id)
                .where(advice_talk_theme.c.advice_talk_id.in_(ids))
                .order_by(Theme.name)
            ):
                themes[talk_id].append(name)
            for talk_id, name in session.execute(
                select(advice_talk_member.c.advice_talk_id, TeamMember.name)
                .join(TeamMember, TeamMember.id == advice_talk_member.c.team_member_id)
                .where(advice_talk_member.c.advice_talk_id.in_(ids))
                .order_by(TeamMember.name)
            ):
                members[talk_id].append(name)
    return [
        AdviceTalkRow(
            r[1], r[2], r[3], r[4], r[5], r[6], r[7] or "", int(r[8] or 0),
            bool(r[9]), bool(r[10]), bool(r[11]), bool(r[12]),
            tuple(themes.get(r[0], ())), tuple(members.get(r[0], ())),
        )
        for r in rows
    ]  # fmt: skip


def count_advice_talks(db: Database, f: AdviceTalkFilter | None = None) -> int:
    stmt = select(func.count()).select_from(_base(f or AdviceTalkFilter()).subquery())
    with db.read() as session:
        return int(session.scalar(stmt) or 0)


def advice_talk_years(db: Database) -> list[int]:
    """The years that have advice talks, newest first (for the year filter)."""
    with db.read() as session:
        first, last = session.execute(
            select(func.min(AdviceTalk.date), func.max(AdviceTalk.date))
        ).one()
    if first is None or last is None:
        return [date.today().year]
    top = max(last.year, date.today().year)
    return list(range(top, first.year - 1, -1))
