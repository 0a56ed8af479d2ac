"""The Overzicht page's recent activity: the latest talks, trajectories, focus groups,
activities of the plan and completed follow-up actions, merged newest first.

Each kind is read with its own small, LIMITed query ordered by an indexed date where one
exists (talk date, focus-group and activity date, done date), so the page stays quick on
a big database; the merge happens in Python on at most ``5 * limit`` rows. Dates after
``today`` (planned focus groups, say) are not activity yet and are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Activity as ActivityRecord
from db.models import AdviceTalk, FocusGroup, FollowUpAction, LocalGovernment, Trajectory
from db.session import Database
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


def _talks(session: Session, today: date, limit: int) -> list[Activity]:
    stmt = (
        select(AdviceTalk.public_id, AdviceTalk.date, LocalGovernment.name, AdviceTalk.question)
        .join(LocalGovernment, LocalGovernment.id == AdviceTalk.local_government_id)
        .where(AdviceTalk.date <= today, AdviceTalk.archived.is_(False))
        .order_by(AdviceTalk.date.desc(), AdviceTalk.id.desc())
        .limit(limit)
    )
    return [
        Activity("advice_talk", pid, day, name, _first_line(question))
        for pid, day, name, question in session.execute(stmt)
    ]


def _trajectories(session: Session, today: date, limit: int) -> list[Activity]:
    day = func.coalesce(
        Trajectory.end_date, Trajectory.start_date, Trajectory.intake_on, Trajectory.requested_on
    )
    stmt = (
        select(Trajectory.public_id, day, Trajectory.title, LocalGovernment.name, Trajectory.status)
        .join(LocalGovernment, LocalGovernment.id == Trajectory.local_government_id)
        .where(day.is_not(None), day <= today, Trajectory.archived.is_(False))
        .order_by(day.desc(), Trajectory.id.desc())
        .limit(limit)
    )
    return [
        Activity("trajectory", pid, _as_date(d), title or name, name, status)
        for pid, d, title, name, status in session.execute(stmt)
    ]


def _meetings(session: Session, model: Any, kind: str, today: date, limit: int) -> list[Activity]:
    """Focus groups or activities of the plan (``model``): the same columns and rule."""
    stmt = (
        select(model.public_id, model.date, model.topic, model.place, model.status)
        # A cancelled meeting did not take place: not activity. A planned one dated
        # before today carries its status: nobody confirmed yet that it was held.
        .where(
            model.date <= today,
            model.archived.is_(False),
            model.status != FocusGroupStatus.CANCELLED,
        )
        .order_by(model.date.desc(), model.id.desc())
        .limit(limit)
    )
    return [
        Activity(kind, pid, day, topic, place, status)
        for pid, day, topic, place, status in session.execute(stmt)
    ]


#: what a completed action belongs to, in the order of the columns read for it
SUBJECT_KINDS = ("advice_talk", "trajectory", "focus_group", "activity", "local_government")


def _done_actions(session: Session, today: date, limit: int) -> list[Activity]:
    stmt = (
        join_subjects(
            select(
                FollowUpAction.public_id,
                FollowUpAction.done_date,
                FollowUpAction.description,
                LocalGovernment.name,
                AdviceTalk.public_id,
                Trajectory.public_id,
                FocusGroup.public_id,
                ActivityRecord.public_id,
                LocalGovernment.public_id,
            )
            .outerjoin(LocalGovernment, LocalGovernment.id == FollowUpAction.local_government_id)
            .outerjoin(ActivityRecord, ActivityRecord.id == FollowUpAction.activity_id),
            FollowUpAction,
        )
        .where(
            FollowUpAction.done_date.is_not(None),
            FollowUpAction.done_date <= today,
            FollowUpAction.archived.is_(False),
        )
        .order_by(FollowUpAction.done_date.desc(), FollowUpAction.id.desc())
        .limit(limit)
    )
    result = []
    for pid, day, description, lg_name, *subjects in session.execute(stmt):
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
    with db.read() as session:
        items = (
            _talks(session, today, limit)
            + _trajectories(session, today, limit)
            + _meetings(session, FocusGroup, "focus_group", today, limit)
            + _meetings(session, ActivityRecord, "activity", today, limit)
            + _done_actions(session, today, limit)
        )
    items.sort(key=lambda a: a.day, reverse=True)
    return items[:limit]
