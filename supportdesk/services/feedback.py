"""Feedback (a score from 1 to 5 and words) on one piece of support: an advice talk, a
trajectory, a focus group, or a local government in general.

For feedback on a talk or a trajectory ``local_government_id`` is filled with that
government too, so a government's feedback is one lookup; the subject is the most
specific one set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from db.models import AdviceTalk, ContactPerson, Feedback, FocusGroup, LocalGovernment, Trajectory
from db.session import Database
from supportdesk.field_rules import rule
from supportdesk.services._base import (
    delete_record,
    edit_record,
    find_ref,
    new_record,
    read_record,
)
from supportdesk.services._feedback_views import FeedbackView, feedback_view
from supportdesk.validation import Checker


@dataclass(frozen=True)
class FeedbackInput:
    """Exactly one of the four subject ids is set."""

    score: int
    text: str = ""
    given_on: date | None = None  # None: today
    advice_talk_id: str | None = None
    trajectory_id: str | None = None
    focus_group_id: str | None = None
    local_government_id: str | None = None
    contact_person_id: str | None = None


_SUBJECTS: dict[str, type[Any]] = {
    "advice_talk_id": AdviceTalk,
    "trajectory_id": Trajectory,
    "focus_group_id": FocusGroup,
    "local_government_id": LocalGovernment,
}


def _apply(session: Session, fb: Feedback, data: FeedbackInput) -> None:
    chk = Checker()
    score = rule("feedback", "score").apply(chk, data.score)
    text = rule("feedback", "text").apply(chk, data.text)
    given_on = chk.date("given_on", data.given_on or date.today(), "De datum")
    named = [f for f in _SUBJECTS if getattr(data, f)]
    subject: Any = None
    if len(named) != 1:
        chk.fail(
            "subject",
            "Feedback gaat over precies één adviesgesprek, traject, focusgroep of lokaal bestuur.",
        )
    else:
        field = named[0]
        subject = find_ref(chk, session, _SUBJECTS[field], getattr(data, field), field)
    lg: LocalGovernment | None = None
    if isinstance(subject, (AdviceTalk, Trajectory)):
        lg = subject.local_government
    elif isinstance(subject, LocalGovernment):
        lg = subject
    contact = find_ref(
        chk,
        session,
        ContactPerson,
        data.contact_person_id,
        "contact_person_id",
        required=False,
    )
    if contact is not None and lg is not None and contact.local_government_id != lg.id:
        chk.fail("contact_person_id", f"{contact.full_name} is geen contactpersoon van {lg.name}.")
    chk.raise_if_any()
    assert given_on is not None
    fb.score, fb.text, fb.given_on = score, text, given_on
    fb.advice_talk_id = subject.id if isinstance(subject, AdviceTalk) else None
    fb.trajectory = subject if isinstance(subject, Trajectory) else None
    fb.focus_group = subject if isinstance(subject, FocusGroup) else None
    fb.local_government_id = lg.id if lg is not None else None
    fb.contact_person_id = contact.id if contact is not None else None


def give_feedback(db: Database, data: FeedbackInput) -> FeedbackView:
    """Record the feedback a local government gave on a piece of support."""
    return new_record(db, Feedback(), _apply, data, feedback_view)


def update_feedback(
    db: Database, public_id: str, data: FeedbackInput, expected_version: int | None
) -> FeedbackView:
    return edit_record(db, Feedback, public_id, expected_version, _apply, data, feedback_view)


def delete_feedback(db: Database, public_id: str, expected_version: int | None = None) -> None:
    delete_record(db, Feedback, public_id, expected_version)


def get_feedback(db: Database, public_id: str) -> FeedbackView:
    return read_record(db, Feedback, public_id, feedback_view)
