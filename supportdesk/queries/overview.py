"""The Overzicht page's recent activity: the latest talks, trajectories, focus groups,
activities of the plan and completed follow-up actions, merged newest first.

Each kind is read with its own small, LIMITed query ordered by an indexed date where one
exists (talk date, focus-group and activity date, done date), so the page stays quick on
a big database; the merge happens in Python on at most ``5 * limit`` rows. Dates after
``today`` (planned focus groups, say) are not activity yet and are left out. Core
statements on ``db.tables``: the app's first page reads them without the ORM.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, func, select

from db.session import Database
from db.tables.activity import activity as activity_table
from db.tables.advice import advice_talk
from db.tables.focus_group import focus_group
from db.tables.follow_up import follow_up_action as action
from db.tables.local_government import local_government
from db.tables.trajectory import trajectory
from supportdesk.codes import FocusGroupStatus
from supportdesk.queries.subjects import join_subjects


@dataclass(frozen=True)
class Activity:
    """One thing that happened: ``kind`` + ``id`` name the record to open.

    ``title`` is the record's name as typed (a government's name for a talk, a
    trajectory's title, a focus group's topic, an action's description); ``detail`` is a
    second line as typed (the talk's question, the government's name); ``status`` is a
    code for trajectories ("running", ...), focus groups and activities ("held",
    "planned"), and
    "done" for completed actions. For a
    completed action ``subject_kind``/``subject_id`` name what it belongs to.
    """

    kind: str
    id: str
    day: date
    title: str
    detail: str
    status: str = ""
    subject_kind: str = ""
    subject_id: str = ""


def _talks(conn: Connection, today: date, limit: int) -> list[Activity]:
    talk, lg = advice_talk.c, local_government.c
    stmt = (
        select(talk.public_id, talk.date, lg.name, talk.question)
        .join_from(advice_talk, local_government, lg.id == talk.local_government_id)
        .where(talk.date <= today, talk.archived.is_(False))
        .order_by(talk.date.desc(), talk.id.desc())
        .limit(limit)
    )
    return [
        Activity("advice_talk", pid, day, name, _first_line(question))
        for pid, day, name, question in conn.execute(stmt)
    ]


def _trajectories(conn: Connection, today: date, limit: int) -> list[Activity]:
    t, lg = trajectory.c, local_government.c
    day = func.coalesce(t.end_date, t.start_date, t.intake_on, t.requested_on)
    stmt = (
        select(t.public_id, day, t.title, lg.name, t.status)
        .join_from(trajectory, local_government, lg.id == t.local_government_id)
        .where(day.is_not(None), day <= today, t.archived.is_(False))
        .order_by(day.desc(), t.id.desc())
        .limit(limit)
    )
    return [
        Activity("trajectory", pid, _as_date(d), title or name, name, status)
        for pid, d, title, name, status in conn.execute(stmt)
    ]


def _meetings(conn: Connection, table: Table, kind: str, today: date, limit: int) -> list[Activity]:
    """Focus groups or activities of the plan (``table``): the same columns and rule."""
    m = table.c
    stmt = (
        select(m.public_id, m.date, m.topic, m.place, m.status)
        # A cancelled meeting did not take place: not activity. A planned one dated
        # before today carries its status: nobody confirmed yet that it was held.
        .where(
            m.date <= today,
            m.archived.is_(False),
            m.status != FocusGroupStatus.CANCELLED,
        )
        .order_by(m.date.desc(), m.id.desc())
        .limit(limit)
    )
    return [
        Activity(kind, pid, day, topic, place, status)
        for pid, day, topic, place, status in conn.execute(stmt)
    ]


#: what a completed action belongs to, in the order of the columns read for it
SUBJECT_KINDS = ("advice_talk", "trajectory", "focus_group", "activity", "local_government")


def _done_actions(conn: Connection, today: date, limit: int) -> list[Activity]:
    a, lg = action.c, local_government.c
    stmt = (
        join_subjects(
            select(
                a.public_id,
                a.done_date,
                a.description,
                lg.name,
                advice_talk.c.public_id,
                trajectory.c.public_id,
                focus_group.c.public_id,
                activity_table.c.public_id,
                lg.public_id,
            )
            .select_from(action)
            .outerjoin(local_government, lg.id == a.local_government_id)
            .outerjoin(activity_table, activity_table.c.id == a.activity_id),
            action,
        )
        .where(
            a.done_date.is_not(None),
            a.done_date <= today,
            a.archived.is_(False),
        )
        .order_by(a.done_date.desc(), a.id.desc())
        .limit(limit)
    )
    result = []
    for pid, day, description, lg_name, *subjects in conn.execute(stmt):
        subject_kind, subject_id = next(
            ((k, v) for k, v in zip(SUBJECT_KINDS, subjects, strict=True) if v), ("", "")
        )
        result.append(
            Activity(
                "follow_up_action",
                pid,
                _as_date(day),
                description,
                lg_name or "",
                "done",
                subject_kind,
                subject_id,
            )
        )
    return result


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _as_date(value: Any) -> date:
    # COALESCE over DATE columns comes back as text on SQLite.
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def recent_activity(db: Database, today: date | None = None, limit: int = 10) -> list[Activity]:
    """The ``limit`` most recent things that happened on or before ``today``, newest first."""
    today = today or date.today()
    with db.read_connection() as conn:
        items = (
            _talks(conn, today, limit)
            + _trajectories(conn, today, limit)
            + _meetings(conn, focus_group, "focus_group", today, limit)
            + _meetings(conn, activity_table, "activity", today, limit)
            + _done_actions(conn, today, limit)
        )
    items.sort(key=lambda a: a.day, reverse=True)
    return items[:limit]
