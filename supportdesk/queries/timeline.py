"""One local government's whole history as one list, newest first.

Advice talks, trajectories, focus groups it was invited to and follow-up actions,
each as a ``TimelineEntry`` with the date it is placed at. A trajectory stands at its
start (or, before it started, the date it was asked for); a follow-up action at its done
date, else its due date, else the day it was made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from db.models import (
    AdviceTalk,
    FocusGroup,
    FocusGroupParticipant,
    FollowUpAction,
    LocalGovernment,
    TeamMember,
    Trajectory,
)
from db.session import Database
from supportdesk.services.attachments import FileSummary, add_file_notes

#: the kinds of entry, which are also the record kinds the main window can open
KINDS = ("advice_talk", "trajectory", "focus_group", "follow_up_action")


@dataclass(frozen=True)
class TimelineEntry:
    """One event. ``state`` is a code the interface labels: for a talk its channel, for
    a trajectory its status, for a focus group the attendance, for an action
    ``open`` / ``overdue`` / ``done``. ``status`` is a focus group's own status
    (planned / held / cancelled): a cancelled one did not take place, whatever the
    attendance says."""

    kind: str
    id: str
    date: date | None
    title: str
    state: str
    detail: str = ""
    status: str = ""
    #: names and sizes of the record's files (a trajectory: also its contact moments')
    files: tuple[FileSummary, ...] = ()


def _first_line(text: str, limit: int = 160) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def timeline(
    db: Database, local_government_id: str, *, today: date | None = None, limit: int = 2000
) -> list[TimelineEntry]:
    """The history of one government (public id), newest first, at most ``limit`` entries."""
    today = today or date.today()
    entries: list[TimelineEntry] = []
    with db.read() as session:
        lg_id = session.scalar(
            select(LocalGovernment.id).where(LocalGovernment.public_id == local_government_id)
        )
        if lg_id is None:
            return []
        for pid, day, channel, question in session.execute(
            select(AdviceTalk.public_id, AdviceTalk.date, AdviceTalk.channel, AdviceTalk.question)
            .where(AdviceTalk.local_government_id == lg_id, AdviceTalk.archived.is_(False))
            .order_by(AdviceTalk.date.desc())
            .limit(limit)
        ):
            entries.append(TimelineEntry("advice_talk", pid, day, _first_line(question), channel))
        for t in session.execute(
            select(
                Trajectory.public_id,
                Trajectory.start_date,
                Trajectory.requested_on,
                Trajectory.created_at,
                Trajectory.title,
                Trajectory.status,
                Trajectory.end_date,
            ).where(Trajectory.local_government_id == lg_id, Trajectory.archived.is_(False))
        ):
            pid, start, requested, created, title, status, end = t
            day = start or requested or created.date()
            del end
            entries.append(TimelineEntry("trajectory", pid, day, title, status))
        for pid, day, topic, attendance, fg_status in session.execute(
            select(
                FocusGroup.public_id,
                FocusGroup.date,
                FocusGroup.topic,
                FocusGroupParticipant.attendance,
                FocusGroup.status,
            )
            .join(FocusGroupParticipant, FocusGroupParticipant.focus_group_id == FocusGroup.id)
            .where(
                FocusGroupParticipant.local_government_id == lg_id,
                FocusGroup.archived.is_(False),
            )
        ):
            # One entry per focus group, with the best attendance of its contacts.
            entries.append(
                TimelineEntry("focus_group", pid, day, topic, attendance, status=fg_status)
            )
        for pid, description, due, done, created, owner in session.execute(
            select(
                FollowUpAction.public_id,
                FollowUpAction.description,
                FollowUpAction.due_date,
                FollowUpAction.done_date,
                FollowUpAction.created_at,
                TeamMember.name,
            )
            .outerjoin(TeamMember, TeamMember.id == FollowUpAction.owner_id)
            .where(FollowUpAction.local_government_id == lg_id)
            .limit(limit)
        ):
            if done is not None:
                state = "done"
            elif due is not None and due < today:
                state = "overdue"
            else:
                state = "open"
            day = done or due or created.date()
            entries.append(
                TimelineEntry(
                    "follow_up_action", pid, day, _first_line(description), state, owner or ""
                )
            )
        entries = add_file_notes(session, entries)  # names and sizes of their files
    entries = _one_per_focus_group(entries)
    entries.sort(key=lambda e: (e.date or date.min, KINDS.index(e.kind)), reverse=True)
    return entries[:limit]


_ATTENDANCE_RANK = {"present": 3, "excused": 2, "absent": 1, "invited": 0}


def _one_per_focus_group(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    best: dict[str, TimelineEntry] = {}
    rest: list[TimelineEntry] = []
    for e in entries:
        if e.kind != "focus_group":
            rest.append(e)
            continue
        seen = best.get(e.id)
        if seen is None or _ATTENDANCE_RANK.get(e.state, 0) > _ATTENDANCE_RANK.get(seen.state, 0):
            best[e.id] = e
    return rest + list(best.values())
