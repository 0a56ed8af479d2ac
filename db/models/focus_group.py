"""Focus groups (focusgroepen) that evaluate the team's tools with local governments."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from db.base import Base, RecordMixin
from db.models.participant import ParticipantMixin
from db.tables.focus_group import (
    focus_group,
    focus_group_member,
    focus_group_participant,
    tool_finding,
)

if TYPE_CHECKING:
    from db.models.feedback import Feedback
    from db.models.follow_up import FollowUpAction
    from db.models.team import TeamMember, Tool


class FocusGroup(RecordMixin, Base):
    """A focus group on a date, planned, held or cancelled.

    Status moves planned -> held, or planned -> cancelled (and back to planned when a
    cancelled one is rescheduled); each step keeps its date: ``planned_on`` (when it was
    put in the agenda), ``date`` (when it is or was held) and ``cancelled_on``. Only held
    ones count for the plan; cancelling is not archiving (a cancelled focus group stays
    in the list, marked as cancelled).
    """

    __table__ = focus_group

    status: Mapped[str]
    planned_on: Mapped[date | None]
    cancelled_on: Mapped[date | None]
    date: Mapped[date]
    topic: Mapped[str]
    place: Mapped[str]
    online: Mapped[bool]
    new_tool_needs: Mapped[str]
    notes: Mapped[str]
    archived: Mapped[bool]

    organisers: Mapped[list[TeamMember]] = relationship(secondary=focus_group_member)
    participants: Mapped[list[FocusGroupParticipant]] = relationship(
        back_populates="focus_group", cascade="all, delete-orphan"
    )
    findings: Mapped[list[ToolFinding]] = relationship(
        back_populates="focus_group", cascade="all, delete-orphan"
    )
    follow_ups: Mapped[list[FollowUpAction]] = relationship(back_populates="focus_group")
    feedback: Mapped[list[Feedback]] = relationship(back_populates="focus_group")


class FocusGroupParticipant(ParticipantMixin, RecordMixin, Base):
    """An invited local government, or one of its contact persons, and the attendance."""

    __table__ = focus_group_participant

    focus_group_id: Mapped[int]

    focus_group: Mapped[FocusGroup] = relationship(back_populates="participants")


class ToolFinding(RecordMixin, Base):
    """What a focus group found about one evaluated tool."""

    __table__ = tool_finding

    focus_group_id: Mapped[int]
    tool_id: Mapped[int]
    findings: Mapped[str]

    focus_group: Mapped[FocusGroup] = relationship(back_populates="findings")
    tool: Mapped[Tool] = relationship()
