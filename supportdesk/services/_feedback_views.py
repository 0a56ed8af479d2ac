"""How feedback is shown, with its subject: shared by the feedback service and the
services of the subjects (a talk, trajectory or focus group lists its feedback)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AdviceTalk, ContactPerson, Feedback, LocalGovernment
from supportdesk.services._base import Ref, opt_ref
from supportdesk.services.follow_ups import talk_ref, trajectory_ref


@dataclass(frozen=True)
class FeedbackView:
    id: str
    version: int
    score: int
    text: str
    given_on: date
    subject_kind: str  # "advice_talk", "trajectory", "focus_group" or "local_government"
    subject: Ref
    local_government: Ref | None
    contact_person: Ref | None
    advice_talk_id: str | None
    trajectory_id: str | None
    focus_group_id: str | None


def feedback_view(session: Session, fb: Feedback) -> FeedbackView:
    talk = session.get(AdviceTalk, fb.advice_talk_id) if fb.advice_talk_id else None
    lg = session.get(LocalGovernment, fb.local_government_id) if fb.local_government_id else None
    contact = session.get(ContactPerson, fb.contact_person_id) if fb.contact_person_id else None
    if talk is not None:
        kind, subject = "advice_talk", talk_ref(talk)
    elif fb.trajectory is not None:
        kind, subject = "trajectory", trajectory_ref(fb.trajectory)
    elif fb.focus_group is not None:
        kind, subject = "focus_group", Ref(fb.focus_group.public_id, fb.focus_group.topic)
    else:
        assert lg is not None  # the table's check constraint: there is always a subject
        kind, subject = "local_government", Ref(lg.public_id, lg.name)
    return FeedbackView(
        id=fb.public_id,
        version=fb.version,
        score=fb.score,
        text=fb.text,
        given_on=fb.given_on,
        subject_kind=kind,
        subject=subject,
        local_government=opt_ref(lg),
        contact_person=opt_ref(contact),
        advice_talk_id=talk.public_id if talk else None,
        trajectory_id=fb.trajectory.public_id if fb.trajectory else None,
        focus_group_id=fb.focus_group.public_id if fb.focus_group else None,
    )


def feedback_views(session: Session, **where: int) -> tuple[FeedbackView, ...]:
    """The feedback on one subject (e.g. ``trajectory_id=7``), oldest first."""
    q = select(Feedback).order_by(Feedback.given_on, Feedback.id)
    for column, value in where.items():
        q = q.where(getattr(Feedback, column) == value)
    return tuple(feedback_view(session, fb) for fb in session.scalars(q))
