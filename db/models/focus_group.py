"""Focus groups (focusgroepen) that evaluate the team's tools with local governments."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, RecordMixin

if TYPE_CHECKING:
    from db.models.contacts import ContactPerson
    from db.models.feedback import Feedback
    from db.models.follow_up import FollowUpAction
    from db.models.local_government import LocalGovernment
    from db.models.team import TeamMember, Tool

focus_group_member = Table(
    "focus_group_member",
    Base.metadata,
    Column("focus_group_id", ForeignKey("focus_group.id", ondelete="CASCADE"), primary_key=True),
    Column("team_member_id", ForeignKey("team_member.id", ondelete="CASCADE"), primary_key=True),
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


class FocusGroupParticipant(RecordMixin, Base):
    """An invited local government, or one of its contact persons, and the attendance."""

    __tablename__ = "focus_group_participant"

    focus_group_id: Mapped[int] = mapped_column(
        ForeignKey("focus_group.id", ondelete="CASCADE"), nullable=False, index=True
    )
    local_government_id: Mapped[int] = mapped_column(
        ForeignKey("local_government.id"), nullable=False, index=True
    )
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id"))
    attendance: Mapped[str] = mapped_column(String(20), nullable=False, default="invited")

    focus_group: Mapped[FocusGroup] = relationship(back_populates="participants")
    local_government: Mapped[LocalGovernment] = relationship()
    contact_person: Mapped[ContactPerson | None] = relationship()

    __table_args__ = (
        UniqueConstraint("focus_group_id", "local_government_id", "contact_person_id"),
        # A government's last contact: the groups it attended, from the index alone.
        Index(
            "ix_focus_group_participant_lg_attendance",
            "local_government_id",
            "attendance",
            "focus_group_id",
        ),
    )


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
