"""Activities (activiteiten): the meetings, sessions and trainings of SD1 and SD2 that
the team organises or supports, with the local governments and people who came."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from db.base import Base, RecordMixin
from db.models.participant import ParticipantMixin
from db.tables.activity import (
    activity,
    activity_kind,
    activity_member,
    activity_participant,
    activity_theme,
)

if TYPE_CHECKING:
    from db.models.follow_up import FollowUpAction
    from db.models.team import TeamMember, Theme


class ActivityKind(RecordMixin, Base):
    """A kind of activity from the plan (general network meeting, info session, ...);
    an editable list, seeded from the plan. ``code`` is the stable name the reference
    data and the plan items use; ``name`` is what the team reads and may change."""

    __table__ = activity_kind

    code: Mapped[str]
    name: Mapped[str]
    #: the plan's operational goal it belongs to ("OD 1.2"), for lists and reports
    plan_code: Mapped[str]
    description: Mapped[str]
    #: a ``Lead`` code: who usually leads this kind (a new activity starts with it)
    default_lead: Mapped[str]
    position: Mapped[int]
    archived: Mapped[bool]


class Activity(RecordMixin, Base):
    """A meeting, session or training on a date: planned, held or cancelled (each step
    keeps its date, as for focus groups); only held ones count for the plan.

    Times are minutes after midnight (``start_minute``, ``end_minute``); the duration in
    minutes is kept in ``duration_minutes`` (from the times, or entered when there are
    none, e.g. a multi-day training). Participant time is ``participant_minutes`` when
    entered (people left early), else participants × duration: whole minutes, so the
    year's sums are exact (23 people × 150 minutes = 57.5 participant hours).
    Feedback is the survey's summary: the average score in tenths (43 = 4.3), the
    number of responses and the words.
    """

    __table__ = activity

    kind_id: Mapped[int]
    status: Mapped[str]
    planned_on: Mapped[date | None]
    cancelled_on: Mapped[date | None]
    date: Mapped[date]
    start_minute: Mapped[int | None]
    end_minute: Mapped[int | None]
    duration_minutes: Mapped[int | None]
    online: Mapped[bool]
    place: Mapped[str]
    topic: Mapped[str]
    description: Mapped[str]
    lead: Mapped[str]
    lead_partner: Mapped[str]
    team_role: Mapped[str]
    recording_url: Mapped[str]
    participant_count: Mapped[int | None]
    participant_minutes: Mapped[int | None]
    feedback_score_tenths: Mapped[int | None]
    feedback_responses: Mapped[int | None]
    feedback_text: Mapped[str]
    notes: Mapped[str]
    archived: Mapped[bool]

    kind: Mapped[ActivityKind] = relationship()
    members: Mapped[list[TeamMember]] = relationship(secondary=activity_member)
    themes: Mapped[list[Theme]] = relationship(secondary=activity_theme)
    participants: Mapped[list[ActivityParticipant]] = relationship(
        back_populates="activity", cascade="all, delete-orphan"
    )
    follow_ups: Mapped[list[FollowUpAction]] = relationship(back_populates="activity")


class ActivityParticipant(ParticipantMixin, RecordMixin, Base):
    """A local government, or one of its contact persons, at an activity, and whether
    they came (the focus groups' attendance codes)."""

    __table__ = activity_participant

    activity_id: Mapped[int]

    activity: Mapped[Activity] = relationship(back_populates="participants")
