"""The list of advice talks: filters, sort and paging in SQL, so it stays quick at 100,000.

The page's rows come from one indexed query; the themes and team members of just those
rows come from a second query, which keeps the SQL the same on SQLite and PostgreSQL
(no group_concat / string_agg).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Integer, false, func, select
from sqlalchemy import text as text_
from sqlalchemy.orm import Session

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
from supportdesk.queries._common import storable
from supportdesk.queries.paging import names_per_row, rows_only, total_if_known
from supportdesk.queries.sorting import name_order
from supportdesk.search.kinds import ADVICE_TALK, KIND_CODES, KIND_SLOTS
from supportdesk.search.query import fts5_query, query_words, tsquery

SORT_KEYS = ("date", "local_government", "channel", "duration", "question", "open_actions")
#: the plan's flags a filter can ask for
FLAGS = ("info_session_idea", "policy_dossier_input", "signal", "experienced_government")


@dataclass(frozen=True)
class AdviceTalkFilter:
    """What the list shows; ``None`` or empty means any. Ids are public ids.

    ``flags`` lists flags (from FLAGS) that must all be set. ``text``: every word must
    start a word of the talk (question, advice, notes, government, people, themes,
    tools), through the search index; see ``text_matches``.
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
    archived: bool = False  # shown only with ``include_archived``


def _conditions(f: AdviceTalkFilter, session: Session) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = []
    matching = _text_condition(session, f.text)
    if matching is not None:
        cond.append(matching)
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
    return cond


BROAD = 3000  # a text matching more talk documents than this is "broad" (see _text_condition)


def text_terms(text: str) -> list[str]:
    """The folded words of a text filter, one-letter words left out: they match nearly
    everything and are slow to look up."""
    return [t for t in query_words(text) if len(t) > 1]


def _text_condition(session: Session, text: str) -> ColumnElement[bool] | None:
    """Talks whose search document (``supportdesk.search``: question, advice, notes,
    government, people, themes, tools; folded) has every word of ``text`` as a word
    prefix; None when there is nothing to look for.

    Two ways to the same result, chosen by how many documents match, so a keystroke
    stays quick at 100,000 talks: a narrow text takes the full-text index's few
    matches as a list; a broad one ("di", matching most talks) would make that list
    huge (0.4 s), so each talk met while walking the date index is checked against its
    folded document with LIKE, and the walk stops once a page is full.
    """
    if not storable(text):
        return false()  # no record holds a lone surrogate or a NUL
    terms = text_terms(text)
    if not terms:
        return None
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite:
        # Only talk documents count (a document's kind is in its id, ``document_id``):
        # "oz" matches thousands of contacts (Özdemir) but few talks.
        talks_only = f"rowid % {KIND_SLOTS} = {KIND_CODES[ADVICE_TALK]}"
        probe = text_(
            f"SELECT rowid FROM search_fts WHERE search_fts MATCH :q AND {talks_only} "
            "ORDER BY rowid DESC LIMIT 1 OFFSET :skip"
        )
        broad = session.execute(probe, {"q": fts5_query(terms), "skip": BROAD}).first()
        if broad is None:
            # The match runs once, as a list of talk ids read off the document ids
            # (joined instead, it would probe the full-text index once per talk).
            ids = text_(
                f"SELECT rowid / {KIND_SLOTS} AS record_id FROM search_fts "
                f"WHERE search_fts MATCH :fts_query AND {talks_only}"
            ).bindparams(fts_query=fts5_query(terms))
            return AdviceTalk.id.in_(ids.columns(record_id=Integer))
    else:
        ids = text_(
            "SELECT d.record_id FROM search_document AS d "
            "WHERE d.tsv @@ to_tsquery('simple', :ts_query) AND d.kind = 'advice_talk'"
        ).bindparams(ts_query=tsquery(terms))
        return AdviceTalk.id.in_(ids.columns(record_id=Integer))
    body = " || ".join(["' '", "d.body"])
    likes = " AND ".join(f"({body}) LIKE :w{i}" for i in range(len(terms)))
    check = text_(
        "EXISTS (SELECT 1 FROM search_document AS d WHERE d.kind = 'advice_talk' "
        f"AND d.record_id = advice_talk.id AND {likes})"
    ).bindparams(**{f"w{i}": f"% {t}%" for i, t in enumerate(terms)})
    return check  # type: ignore[return-value]


def _open_counts() -> Any:
    """Open actions per talk, as a subquery (found through the index on done_date)."""
    return (
        select(FollowUpAction.advice_talk_id.label("talk_id"), func.count().label("n"))
        .where(
            FollowUpAction.done_date.is_(None),
            FollowUpAction.archived.is_(False),
            FollowUpAction.advice_talk_id.is_not(None),
        )
        .group_by(FollowUpAction.advice_talk_id)
        .subquery()
    )


def _page_ids(
    session: Session,
    f: AdviceTalkFilter,
    sort: str,
    descending: bool,
    offset: int,
    limit: int | None,
) -> list[int]:
    """Step one: the ids of one page, in order, touching only what the sort needs."""
    stmt = select(AdviceTalk.id).where(*_conditions(f, session))
    if sort == "local_government":
        # By name as a Dutch reader expects (accents and case ignored, then as
        # tie-breakers); the key is computed per government row joined.
        stmt = stmt.join(LocalGovernment, LocalGovernment.id == AdviceTalk.local_government_id)
        key: Any = name_order(LocalGovernment.name)
    elif sort == "open_actions":
        counts = _open_counts()
        stmt = stmt.outerjoin(counts, counts.c.talk_id == AdviceTalk.id)
        key = func.coalesce(counts.c.n, 0)
    elif sort == "question":
        key = name_order(func.substr(AdviceTalk.question, 1, 60))
    elif sort == "duration":
        key = AdviceTalk.duration_minutes
    elif sort == "channel":
        key = AdviceTalk.channel
    else:
        key = AdviceTalk.date
    order: list[Any] = []
    if sort == "duration":
        order.append(key.is_(None))  # talks without a duration last, both ways
    order.append(key.desc() if descending else key.asc())
    if sort == "local_government":
        order.append(LocalGovernment.id)
    if sort != "date":
        order.append(AdviceTalk.date.desc())
    order.append(AdviceTalk.id.desc() if sort != "date" or descending else AdviceTalk.id.asc())
    stmt = stmt.order_by(*order).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def advice_talks_page(
    db: Database,
    f: AdviceTalkFilter | None = None,
    *,
    sort: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = 200,
) -> tuple[list[AdviceTalkRow], int | None]:
    """One page of advice talks, sorted by ``sort`` (one of SORT_KEYS), newest first
    within, and the total when the page tells it (``paging.total_if_known``; no window
    count here: counting every matching talk would undo the index walk below).

    Two steps keep it quick at any size: the page's ids in order (an index walk for the
    date; one pass for other sorts), then the columns, counts, themes and team members
    of just those rows.
    """
    rows = _page_rows(db, f or AdviceTalkFilter(), sort, descending, offset, limit)
    return rows, total_if_known(rows, offset, limit)


list_advice_talks = rows_only(advice_talks_page)


def _page_rows(
    db: Database,
    f: AdviceTalkFilter,
    sort: str,
    descending: bool,
    offset: int,
    limit: int | None,
) -> list[AdviceTalkRow]:
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    with db.read() as session:
        ids = _page_ids(session, f, sort, descending, offset, limit)
        if not ids:
            return []
        open_actions = (
            select(func.count(FollowUpAction.id))
            .where(
                FollowUpAction.advice_talk_id == AdviceTalk.id,
                FollowUpAction.done_date.is_(None),
                FollowUpAction.archived.is_(False),
            )
            .correlate(AdviceTalk)
            .scalar_subquery()
        )
        rows = {
            r[0]: r
            for r in session.execute(
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
                    AdviceTalk.archived,
                )
                .join(LocalGovernment, LocalGovernment.id == AdviceTalk.local_government_id)
                .where(AdviceTalk.id.in_(ids))
            )
        }
        themes = names_per_row(
            session,
            advice_talk_theme.c.advice_talk_id,
            Theme.name,
            Theme.id == advice_talk_theme.c.theme_id,
            ids,
            Theme.name,
        )
        members = names_per_row(
            session,
            advice_talk_member.c.advice_talk_id,
            TeamMember.name,
            TeamMember.id == advice_talk_member.c.team_member_id,
            ids,
            TeamMember.name,
        )
    return [
        AdviceTalkRow(
            r[1], r[2], r[3], r[4], r[5], r[6], r[7] or "", int(r[8] or 0),
            bool(r[9]), bool(r[10]), bool(r[11]), bool(r[12]),
            tuple(themes.get(r[0], ())), tuple(members.get(r[0], ())), bool(r[13]),
        )
        for r in (rows[i] for i in ids if i in rows)
    ]  # fmt: skip


def count_advice_talks(
    db: Database, f: AdviceTalkFilter | None = None, *, cap: int | None = None
) -> int:
    """How many talks the filter selects; with ``cap``, counting stops at ``cap`` + 1
    (the list then says "more than cap"), which keeps a broad filter quick."""
    with db.read() as session:
        inner = select(AdviceTalk.id).where(*_conditions(f or AdviceTalkFilter(), session))
        if cap is not None:
            inner = inner.limit(cap + 1)
        stmt = select(func.count()).select_from(inner.subquery())
        return int(session.scalar(stmt) or 0)


def advice_talk_years(db: Database) -> list[int]:
    """The years that have advice talks, newest first (for the year filter)."""
    with db.read() as session:
        # Two queries: SQLite answers a lone min() or max() from the date index at once,
        # but both in one SELECT with a scan of every talk.
        first = session.scalar(select(func.min(AdviceTalk.date)))
        last = session.scalar(select(func.max(AdviceTalk.date)))
    if first is None or last is None:
        return [date.today().year]
    top = max(last.year, date.today().year)
    return list(range(top, first.year - 1, -1))
