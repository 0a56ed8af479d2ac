"""One local government's whole history as one list, newest first, a page at a time.

Every event is a ``TimelineEntry``: an advice talk, each step a trajectory took (asked for,
intake, started, ended), each contact moment of a trajectory, a focus group or an activity
(network meeting, info session, training…) its people were invited to or came to (once,
with their best attendance), a good practice about it, and each follow-up action. The page is cut
in SQL (one ``UNION ALL`` ordered by date, with ``LIMIT``/``OFFSET``), so the busiest
government's first page costs what a quiet one's does; the people and files are then read
for that page only.

Where an entry stands: a talk at its date; a trajectory step at the step's date (a start or
an end is only shown once the trajectory really started or ended: a planned start is not an
event); a trajectory with no step dates at all at the day it was made; a contact moment at
its date; a focus group at its date; a follow-up action at its done date, else its due
date, else the day it was made.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from db.models import (
    Activity,
    ActivityParticipant,
    AdviceTalk,
    ContactMoment,
    ContactPerson,
    FocusGroup,
    FocusGroupParticipant,
    FollowUpAction,
    LocalGovernment,
    Publication,
    TeamMember,
    Trajectory,
)
from db.session import Database
from supportdesk.codes import Attendance, TrajectoryStatus
from supportdesk.plan_codes import PublicationKind
from supportdesk.services.attachments import FileSummary, add_file_notes

#: the kinds of entry, in the order entries of one day are listed (newest first)
KINDS = (
    "advice_talk",
    "trajectory",
    "contact_moment",
    "focus_group",
    "activity",
    "publication",
    "follow_up_action",
)

#: the record an entry of each kind opens (a contact moment opens its trajectory)
OPENS = {
    "advice_talk": "advice_talk",
    "trajectory": "trajectory",
    "contact_moment": "trajectory",
    "focus_group": "focus_group",
    "activity": "activity",
    "publication": "publication",
    "follow_up_action": "follow_up_action",
}

#: how many characters of a record's text an entry carries (its first lines)
TEXT_LIMIT = 300

_T = TrajectoryStatus
_A = Attendance


@dataclass(frozen=True)
class TimelineEntry:
    """One event. ``state`` is a code the interface labels: for a talk its channel, for a
    trajectory step the status it reached, for a contact moment its form, for a focus
    group the best attendance of this government's people, for an action ``open`` /
    ``overdue`` / ``done``. ``status`` is a focus group's own status (planned / held /
    cancelled): a cancelled one did not take place, whatever the attendance says.
    ``opens`` / ``open_id`` name the record Enter opens."""

    kind: str
    id: str
    date: date | None
    title: str
    state: str
    #: the first lines of the record's main text (question, notes, description)
    text: str = ""
    #: the people in it: contact persons and team members (an action: its owner)
    people: tuple[str, ...] = ()
    status: str = ""
    #: names and sizes of the record's files (a trajectory: also its contact moments')
    files: tuple[FileSummary, ...] = ()
    opens: str = ""
    open_id: str = ""


@dataclass(frozen=True)
class TimelinePage:
    entries: list[TimelineEntry]
    #: how many entries the whole history (with the same filter) has
    total: int


def _first_line(text: str, limit: int = 160) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _first_lines(text: str, lines: int = 3) -> str:
    kept = [ln.strip() for ln in text.strip().splitlines() if ln.strip()][:lines]
    out = "\n".join(kept)
    return out if len(out) <= TEXT_LIMIT - 1 else out[: TEXT_LIMIT - 2] + "…"


def _day(column: Any) -> ColumnElement[date]:
    """The date part of a timestamp, typed as a date on SQLite and PostgreSQL."""
    return type_coerce(func.date(column), Date)


def _text(column: Any) -> ColumnElement[str]:
    return func.substr(column, 1, TEXT_LIMIT)


def _row(
    kind: str, pid: Any, day: Any, title: Any, state: Any, text: Any, status: Any, open_id: Any
) -> list[ColumnElement[Any]]:
    return [
        literal(kind, String).label("kind"),
        literal(KINDS.index(kind), Integer).label("rank"),
        type_coerce(pid, String).label("id"),
        type_coerce(day, Date).label("day"),
        type_coerce(title, String).label("title"),
        type_coerce(state, String).label("state"),
        type_coerce(text, String).label("text"),
        type_coerce(status, String).label("status"),
        type_coerce(open_id, String).label("open_id"),
    ]


_LG = bindparam("lg_id", type_=Integer)
_TODAY = bindparam("today", type_=Date)
_SINCE = bindparam("since", type_=Date)
_UNTIL = bindparam("until", type_=Date)
_COUNT = bindparam("count", type_=Integer)
_OFFSET = bindparam("offset", type_=Integer)


def _best_attendance(attendance: Any) -> Any:
    """The best attendance of a government's people at one meeting (grouped rows)."""
    rank = func.max(
        case(
            (attendance == _A.PRESENT, 3),
            (attendance == _A.EXCUSED, 2),
            (attendance == _A.ABSENT, 1),
            else_=0,
        )
    )
    return case(
        (rank == 3, _A.PRESENT.value),
        (rank == 2, _A.EXCUSED.value),
        (rank == 1, _A.ABSENT.value),
        else_=_A.INVITED.value,
    )


def _selects(kinds: Collection[str]) -> list[Select[Any]]:
    """One select per kind (a trajectory: one per step) for the government ``:lg_id``."""
    lg_id, today = _LG, _TODAY
    selects: list[Select[Any]] = []
    if "advice_talk" in kinds:
        selects.append(
            select(
                *_row(
                    "advice_talk",
                    AdviceTalk.public_id,
                    AdviceTalk.date,
                    _text(AdviceTalk.question),
                    AdviceTalk.channel,
                    _text(AdviceTalk.advice),
                    literal(""),
                    AdviceTalk.public_id,
                )
            ).where(AdviceTalk.local_government_id == lg_id, AdviceTalk.archived.is_(False))
        )
    if "trajectory" in kinds:
        started = Trajectory.status.in_((_T.RUNNING, _T.FINISHED, _T.STOPPED))
        ended = Trajectory.status.in_((_T.FINISHED, _T.STOPPED))
        steps: list[tuple[Any, Any, Any]] = [
            (Trajectory.requested_on, literal(_T.REQUEST.value), literal(True)),
            (Trajectory.intake_on, literal(_T.INTAKE.value), Trajectory.status != _T.REQUEST),
            (Trajectory.start_date, literal(_T.RUNNING.value), started),
            (Trajectory.end_date, Trajectory.status, ended),
        ]
        mine = and_(Trajectory.local_government_id == lg_id, Trajectory.archived.is_(False))
        for column, state, shown in steps:
            selects.append(
                select(
                    *_row(
                        "trajectory",
                        Trajectory.public_id,
                        column,
                        Trajectory.title,
                        state,
                        _text(Trajectory.needs),
                        literal(""),
                        Trajectory.public_id,
                    )
                ).where(mine, column.is_not(None), shown)
            )
        # A trajectory without any step date to show stands at the day it was made.
        no_step = and_(
            Trajectory.requested_on.is_(None),
            or_(Trajectory.intake_on.is_(None), Trajectory.status == _T.REQUEST),
            or_(Trajectory.start_date.is_(None), ~started),
            or_(Trajectory.end_date.is_(None), ~ended),
        )
        selects.append(
            select(
                *_row(
                    "trajectory",
                    Trajectory.public_id,
                    _day(Trajectory.created_at),
                    Trajectory.title,
                    Trajectory.status,
                    _text(Trajectory.needs),
                    literal(""),
                    Trajectory.public_id,
                )
            ).where(mine, no_step)
        )
    if "contact_moment" in kinds:
        selects.append(
            select(
                *_row(
                    "contact_moment",
                    ContactMoment.public_id,
                    ContactMoment.date,
                    Trajectory.title,
                    ContactMoment.form,
                    _text(ContactMoment.notes),
                    literal(""),
                    Trajectory.public_id,
                )
            )
            .join(Trajectory, Trajectory.id == ContactMoment.trajectory_id)
            .where(Trajectory.local_government_id == lg_id, Trajectory.archived.is_(False))
        )
    if "focus_group" in kinds:
        selects.append(
            select(
                *_row(
                    "focus_group",
                    FocusGroup.public_id,
                    FocusGroup.date,
                    FocusGroup.topic,
                    _best_attendance(FocusGroupParticipant.attendance),
                    _text(FocusGroup.notes),
                    FocusGroup.status,
                    FocusGroup.public_id,
                )
            )
            .join(FocusGroupParticipant, FocusGroupParticipant.focus_group_id == FocusGroup.id)
            .where(
                FocusGroupParticipant.local_government_id == lg_id,
                FocusGroup.archived.is_(False),
            )
            .group_by(
                FocusGroup.id,
                FocusGroup.public_id,
                FocusGroup.date,
                FocusGroup.topic,
                FocusGroup.notes,
                FocusGroup.status,
            )
        )
    if "activity" in kinds:
        selects.append(
            select(
                *_row(
                    "activity",
                    Activity.public_id,
                    Activity.date,
                    Activity.topic,
                    _best_attendance(ActivityParticipant.attendance),
                    _text(Activity.description),
                    Activity.status,
                    Activity.public_id,
                )
            )
            .join(ActivityParticipant, ActivityParticipant.activity_id == Activity.id)
            .where(ActivityParticipant.local_government_id == lg_id, Activity.archived.is_(False))
            .group_by(
                Activity.id,
                Activity.public_id,
                Activity.date,
                Activity.topic,
                Activity.description,
                Activity.status,
            )
        )
    if "publication" in kinds:
        # the good practices about this government (articles point at a good practice)
        selects.append(
            select(
                *_row(
                    "publication",
                    Publication.public_id,
                    Publication.published_on,
                    Publication.title,
                    Publication.kind,
                    _text(Publication.notes),
                    literal(""),
                    Publication.public_id,
                )
            ).where(
                Publication.local_government_id == lg_id,
                Publication.kind == PublicationKind.GOOD_PRACTICE,
                Publication.archived.is_(False),
            )
        )
    if "follow_up_action" in kinds:
        state = case(
            (FollowUpAction.done_date.is_not(None), "done"),
            (FollowUpAction.due_date < today, "overdue"),
            else_="open",
        )
        selects.append(
            select(
                *_row(
                    "follow_up_action",
                    FollowUpAction.public_id,
                    func.coalesce(
                        FollowUpAction.done_date,
                        FollowUpAction.due_date,
                        _day(FollowUpAction.created_at),
                    ),
                    _text(FollowUpAction.description),
                    state,
                    _text(FollowUpAction.notes),
                    literal(""),
                    FollowUpAction.public_id,
                )
            ).where(FollowUpAction.local_government_id == lg_id, FollowUpAction.archived.is_(False))
        )
    return selects


def _filtered(selects: list[Select[Any]], since: bool, until: bool) -> list[Select[Any]]:
    out = []
    for sel in selects:
        day = sel.selected_columns.day
        if since:
            sel = sel.where(day >= _SINCE)
        if until:
            sel = sel.where(day <= _UNTIL)
        out.append(sel)
    return out


def _newest(sel: Select[Any]) -> Select[Any]:
    """The newest ``:count`` rows of one kind: each kind is cut before the kinds are
    merged, so the busiest government's talks are never all sorted for one page."""
    cols = sel.selected_columns
    inner = sel.order_by(cols.day.desc(), cols.id.desc()).limit(_COUNT).subquery()
    return select(inner)


@cache
def _statements(
    kinds: tuple[str, ...], since: bool, until: bool
) -> tuple[Select[Any], Select[Any]]:
    """(the counts per kind, the page) for these kinds and period bounds, built once:
    building the union costs more than running it on a busy government."""
    selects = _filtered(_selects(kinds), since, until)
    # One count per kind in one statement: a count over the merged kinds would make
    # SQLite build every row (texts and all) just to count it.
    counts = select(
        *(select(func.count()).select_from(s.subquery()).scalar_subquery() for s in selects)
    )
    page = union_all(*(_newest(sel) for sel in selects)).subquery("page")
    rows = (
        select(page)
        .order_by(page.c.day.desc(), page.c.rank.asc(), page.c.id.desc())
        .offset(_OFFSET)
        .limit(bindparam("limit", type_=Integer))
    )
    return counts, rows


def timeline_page(
    db: Database,
    local_government_id: str,
    *,
    kinds: Iterable[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    offset: int = 0,
    limit: int = 100,
    today: date | None = None,
) -> TimelinePage:
    """Entries ``offset`` … ``offset + limit`` of one government's history (public id),
    newest first, of the ``kinds`` asked for (all by default) between ``since`` and
    ``until`` (both included), and how many there are in all."""
    today = today or date.today()
    wanted = [k for k in KINDS if kinds is None or k in set(kinds)]
    with db.read() as session:
        lg_id = session.scalar(
            select(LocalGovernment.id).where(LocalGovernment.public_id == local_government_id)
        )
        if lg_id is None:
            return TimelinePage([], 0)
        if not wanted:
            return TimelinePage([], 0)
        counts_query, rows_query = _statements(tuple(wanted), since is not None, until is not None)
        offset, limit = max(offset, 0), max(limit, 0)
        params = {
            "lg_id": lg_id,
            "today": today,
            "since": since,
            "until": until,
            "count": offset + limit,
            "offset": offset,
            "limit": limit,
        }
        total = sum(int(c or 0) for c in session.execute(counts_query, params).one())
        rows = session.execute(rows_query, params).all()
        entries = [
            TimelineEntry(
                kind=kind,
                id=pid,
                date=day,
                title=_first_line(title or ""),
                state=state or "",
                text=_first_lines(text or ""),
                status=status or "",
                opens=OPENS[kind],
                open_id=open_id,
            )
            for kind, _rank, pid, day, title, state, text, status, open_id in rows
        ]
        entries = _with_people(session, entries, lg_id)
        entries = _with_files(session, entries)
    return TimelinePage(entries, int(total))


def timeline(
    db: Database, local_government_id: str, *, today: date | None = None, limit: int = 2000
) -> list[TimelineEntry]:
    """The first ``limit`` entries of a government's history, newest first."""
    return timeline_page(db, local_government_id, today=today, limit=limit).entries


def _full_name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


_CONTACT = (ContactPerson.first_name, ContactPerson.last_name)


def _contacts_of(model: Any, relation: Any) -> Select[Any]:
    return select(model.public_id, *_CONTACT).join(relation)


def _members_of(model: Any, relation: Any) -> Select[Any]:
    return select(model.public_id, TeamMember.name).join(relation)


def _contacts_and_members(model: Any, members: Any) -> tuple[Any, tuple[Select[Any], ...]]:
    """A record with contact persons (``model.contacts``) and team ``members``."""
    return model, (_contacts_of(model, model.contacts), _members_of(model, members))


def _attendees_of(model: Any, participant: Any, link: Any, lg_id: int) -> Select[Any]:
    """The contact persons of this government who were at a meeting (not the others)."""
    return (
        select(model.public_id, *_CONTACT)
        .join(participant, link == model.id)
        .join(ContactPerson, ContactPerson.id == participant.contact_person_id)
        .where(participant.local_government_id == lg_id)
    )


def _people_selects(lg_id: int) -> dict[str, tuple[Any, tuple[Select[Any], ...]]]:
    """Per kind: its model and the statements naming its people (public id, name or
    first and last name)."""
    return {
        "advice_talk": _contacts_and_members(AdviceTalk, AdviceTalk.team_members),
        "trajectory": _contacts_and_members(Trajectory, Trajectory.coaches),
        "contact_moment": _contacts_and_members(ContactMoment, ContactMoment.team_members),
        "focus_group": (
            FocusGroup,
            (
                _attendees_of(
                    FocusGroup, FocusGroupParticipant, FocusGroupParticipant.focus_group_id, lg_id
                ),
            ),
        ),
        "activity": (
            Activity,
            (
                _attendees_of(
                    Activity, ActivityParticipant, ActivityParticipant.activity_id, lg_id
                ),
                _members_of(Activity, Activity.members),
            ),
        ),
        "follow_up_action": (
            FollowUpAction,
            (
                select(FollowUpAction.public_id, TeamMember.name).join(
                    TeamMember, TeamMember.id == FollowUpAction.owner_id
                ),
            ),
        ),
    }


def _with_people(session: Session, entries: list[TimelineEntry], lg_id: int) -> list[TimelineEntry]:
    """The contact persons and team members of the page's entries, read for this page."""
    people: dict[tuple[str, str], list[str]] = {}
    for kind, (model, selects) in _people_selects(lg_id).items():
        ids = sorted({e.id for e in entries if e.kind == kind})
        if not ids:
            continue
        for sel in selects:
            for pid, *name in session.execute(sel.where(model.public_id.in_(ids))):
                full = _full_name(*name) if len(name) == 2 else str(name[0] or "")
                if full and full not in people.setdefault((kind, pid), []):
                    people[(kind, pid)].append(full)
    return [
        replace(e, people=tuple(people[(e.kind, e.id)])) if (e.kind, e.id) in people else e
        for e in entries
    ]


def _with_files(session: Session, entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """Files of talks and focus groups; a trajectory's files (and its contact moments')
    on the first step of it that the page shows (the oldest), not on every step."""
    carries: set[int] = set()
    seen: set[str] = set()
    for i in range(len(entries) - 1, -1, -1):  # oldest first
        e = entries[i]
        if e.kind == "trajectory":
            if e.id not in seen:
                seen.add(e.id)
                carries.add(i)
        elif e.kind in ("advice_talk", "focus_group"):
            carries.add(i)
    chosen = [entries[i] for i in sorted(carries)]
    noted = iter(add_file_notes(session, chosen))
    out = list(entries)
    for i in sorted(carries):
        out[i] = next(noted)
    return out


__all__ = ["KINDS", "OPENS", "TimelineEntry", "TimelinePage", "timeline", "timeline_page"]
