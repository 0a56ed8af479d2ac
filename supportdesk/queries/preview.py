"""What a list's preview pane shows of the selected record without opening it: its
title, its status, its main texts (as typed, in full) and its open and done follow-up
actions, newest due first.

A few small statements by public id (indexed), read when the selection moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from db.models import Activity, AdviceTalk, FocusGroup, FollowUpAction, Trajectory
from db.session import Database

#: the record kinds with a preview, their model, status column and label group, and the
#: text fields shown (field names; the interface words them)
KINDS: dict[str, tuple[Any, str, str, tuple[str, ...]]] = {
    "advice_talk": (AdviceTalk, "channel", "channel", ("question", "advice", "notes")),
    "trajectory": (
        Trajectory,
        "status",
        "trajectory_status",
        ("needs", "goals", "approach", "notes"),
    ),
    "focus_group": (FocusGroup, "status", "focus_group_status", ("new_tool_needs", "notes")),
    "activity": (Activity, "status", "activity_status", ("description", "feedback_text", "notes")),
}

#: the follow-up column that points at each kind
_SUBJECT = {
    "advice_talk": FollowUpAction.advice_talk_id,
    "trajectory": FollowUpAction.trajectory_id,
    "focus_group": FollowUpAction.focus_group_id,
    "activity": FollowUpAction.activity_id,
}


@dataclass(frozen=True)
class PreviewAction:
    description: str
    due_date: date | None
    done_date: date | None
    #: "open", "overdue" or "done" (labelled by the interface)
    state: str


@dataclass(frozen=True)
class Preview:
    kind: str
    id: str
    date: date | None
    title: str
    #: the status code and the label group that words it
    status: str
    status_group: str
    #: (field name, text as typed) of the fields that hold text
    texts: tuple[tuple[str, str], ...]
    actions: tuple[PreviewAction, ...]


def _title(kind: str, record: Any) -> str:
    """A talk by its government (its question follows in full); a trajectory by its
    title, else its government; a focus group or activity by its topic."""
    if kind == "advice_talk":
        return str(record.local_government.name)
    if kind == "trajectory":
        return str(record.title or record.local_government.name)
    return str(record.topic)


def preview(db: Database, kind: str, public_id: str, today: date | None = None) -> Preview | None:
    """The preview of one record, or None when its kind has none or it is gone."""
    if kind not in KINDS:
        return None
    model, status_column, group, fields = KINDS[kind]
    today = today or date.today()
    with db.read() as session:
        record = session.scalar(select(model).where(model.public_id == public_id))
        if record is None:
            return None
        texts = tuple(
            (field, str(getattr(record, field) or ""))
            for field in fields
            if str(getattr(record, field) or "").strip()
        )
        actions = []
        for description, due, done in session.execute(
            select(FollowUpAction.description, FollowUpAction.due_date, FollowUpAction.done_date)
            .where(_SUBJECT[kind] == record.id, FollowUpAction.archived.is_(False))
            .order_by(
                FollowUpAction.done_date.is_not(None),
                FollowUpAction.due_date.is_(None),
                FollowUpAction.due_date,
                FollowUpAction.id,
            )
        ):
            if done is not None:
                state = "done"
            elif due is not None and due < today:
                state = "overdue"
            else:
                state = "open"
            actions.append(PreviewAction(description, due, done, state))
        day = getattr(record, "date", None) or getattr(record, "start_date", None)
        if day is None and kind == "trajectory":
            day = record.requested_on
        return Preview(
            kind=kind,
            id=public_id,
            date=day,
            title=_title(kind, record),
            status=str(getattr(record, status_column) or ""),
            status_group=group,
            texts=texts,
            actions=tuple(actions),
        )
