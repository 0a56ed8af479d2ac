"""Activities (activiteiten): the meetings, sessions and trainings of SD1 and SD2 that
the team organises or supports, with the local governments and people who came."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, RecordMixin
from db.models.links import link_table
from db.models.participant import ParticipantMixin

if TYPE_CHECKING:
    from db.models.follow_up import FollowUpAction
    from db.models.team import TeamMember, Theme


class ActivityKind(RecordMixin, Base):
    """A kind of activity from the plan (general network meeting, info session, ...);
    an editable list, seeded from the plan. ``code`` is the stable name the reference
    data and the plan items use; ``name`` is what the team reads and may change."""

    __tablename__ = "activity_kind"

    code: Mapped[str] = mapped_column(String(50), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    #: the plan's operational goal it belongs to ("OD 1.2"), for lists and reports
    plan_code: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: a ``Lead`` code: who usually leads this kind (a new activity starts with it)
    default_lead: Mapped[str] = mapped_column(String(20), nullable=False, default="vvsg")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


activity_member = link_table(
    "activity_member", ("activity_id", "activity"), ("team_member_id", "team_member")
)
activity_theme = link_table("activity_theme", ("activity_id", "activity"), ("theme_id", "theme"))


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

    __tablename__ = "activity"

    kind_id: Mapped[int] = mapped_column(ForeignKey("activity_kind.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="planned")
    planned_on: Mapped[date | None] = mapped_column(Date)
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    date: Mapped[date] = mapped_column(Date, nullable=False)
    start_minute: Mapped[int | None] = mapped_column(Integer)
    end_minute: Mapped[int | None] = mapped_column(Integer)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    online: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    topic: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    lead: Mapped[str] = mapped_column(String(20), nullable=False, default="vvsg")
    lead_partner: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    team_role: Mapped[str] = mapped_column(String(20), nullable=False, default="organiser")
    recording_url: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    participant_count: Mapped[int | None] = mapped_column(Integer)
    participant_minutes: Mapped[int | None] = mapped_column(Integer)
    feedback_score_tenths: Mapped[int | None] = mapped_column(Integer)
    feedback_responses: Mapped[int | None] = mapped_column(Integer)
    feedback_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    kind: Mapped[ActivityKind] = relationship()
    members: Mapped[list[TeamMember]] = relationship(secondary=activity_member)
    themes: Mapped[list[Theme]] = relationship(secondary=activity_theme)
    participants: Mapped[list[ActivityParticipant]] = relationship(
        back_populates="activity", cascade="all, delete-orphan"
    )
    follow_ups: Mapped[list[FollowUpAction]] = relationship(back_populates="activity")

    __table_args__ = (
        CheckConstraint("participant_count IS NULL OR participant_count >= 0", name="count"),
        CheckConstraint(
            "participant_minutes IS NULL OR participant_minutes >= 0", name="participant_time"
        ),
        CheckConstraint("duration_minutes IS NULL OR duration_minutes >= 0", name="duration"),
        CheckConstraint(
            "feedback_score_tenths IS NULL OR feedback_score_tenths BETWEEN 10 AND 50",
            name="feedback_score",
        ),
        # the year's figures per kind and status from the index alone (counts and the
        # participant time summed): each plan item reads its kinds' rows only
        Index(
            "ix_activity_kind_status_date",
            "kind_id",
            "status",
            "date",
            "participant_minutes",
            "participant_count",
            "duration_minutes",
        ),
        # the lists: by date, and a year's page without the archived ones
        Index("ix_activity_date", "date"),
        Index("ix_activity_archived_date", "archived", "date"),
    )


class ActivityParticipant(ParticipantMixin, RecordMixin, Base):
    """A local government, or one of its contact persons, at an activity, and whether
    they came (the focus groups' attendance codes)."""

    __tablename__ = "activity_participant"
    event_column = "activity_id"
    attendance_index = "ix_activity_participant_lg_attendance"
    new_attendance = "present"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), nullable=False, index=True
    )

    activity: Mapped[Activity] = relationship(back_populates="participants")
