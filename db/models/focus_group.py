"""Focus groups (focusgroepen) that evaluate the team's tools with local governments."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, RecordMixin
from db.models.links import link_table
from db.models.participant import ParticipantMixin

if TYPE_CHECKING:
    from db.models.feedback import Feedback
    from db.models.follow_up import FollowUpAction
    from db.models.team import TeamMember, Tool

focus_group_member = link_table(
    "focus_group_member", ("focus_group_id", "focus_group"), ("team_member_id", "team_member")
)


class FocusGroup(RecordMixin, Base):
    """A focus group on a date, planned, held or cancelled.

    Status moves planned -> held, or planned -> cancelled (and back to planned when a
    cancelled one is rescheduled); each step keeps its date: ``planned_on`` (when it was
    put in the agenda), ``date`` (when it is or was held) and ``cancelled_on``. Only held
    ones count for the plan; cancelling is not archiving (a cancelled focus group stays
    in the list, marked as cancelled).
    """

    __tablename__ = "focus_group"

    # (before ``date``, which shadows the type's name in the rest of the class body)
    status: Mapped[str] = mapped_column(
        String(20), nullable=False, default="planned", server_default="planned"
    )
    planned_on: Mapped[date | None] = mapped_column(Date)
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    date: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    topic: Mapped[str] = mapped_column(String(300), nullable=False)
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    online: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    new_tool_needs: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    organisers: Mapped[list[TeamMember]] = relationship(secondary=focus_group_member)
    participants: Mapped[list[FocusGroupParticipant]] = relationship(
        back_populates="focus_group", cascade="all, delete-orphan"
    )
    findings: Mapped[list[ToolFinding]] = relationship(
        back_populates="focus_group", cascade="all, delete-orphan"
    )
    follow_ups: Mapped[list[FollowUpAction]] = relationship(back_populates="focus_group")
    feedback: Mapped[list[Feedback]] = relationship(back_populates="focus_group")

    # migration 0006: the year's held focus groups counted from the index alone
    __table_args__ = (Index("ix_focus_group_status_date", "status", "date"),)


class FocusGroupParticipant(ParticipantMixin, RecordMixin, Base):
    """An invited local government, or one of its contact persons, and the attendance."""

    __tablename__ = "focus_group_participant"
    event_column = "focus_group_id"
    attendance_index = "ix_focus_group_participant_lg_attendance"
    new_attendance = "invited"
    government_index = True

    focus_group_id: Mapped[int] = mapped_column(
        ForeignKey("focus_group.id", ondelete="CASCADE"), nullable=False, index=True
    )

    focus_group: Mapped[FocusGroup] = relationship(back_populates="participants")


class ToolFinding(RecordMixin, Base):
    """What a focus group found about one evaluated tool."""

    __tablename__ = "tool_finding"

    focus_group_id: Mapped[int] = mapped_column(
        ForeignKey("focus_group.id", ondelete="CASCADE"), nullable=False, index=True
    )
    tool_id: Mapped[int] = mapped_column(ForeignKey("tool.id"), nullable=False)
    findings: Mapped[str] = mapped_column(Text, nullable=False, default="")

    focus_group: Mapped[FocusGroup] = relationship(back_populates="findings")
    tool: Mapped[Tool] = relationship()

    __table_args__ = (UniqueConstraint("focus_group_id", "tool_id"),)
