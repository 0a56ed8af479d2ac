"""Follow-up actions (opvolgacties)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from db.base import Base, RecordMixin
from db.tables.follow_up import follow_up_action

if TYPE_CHECKING:
    from db.models.activity import Activity
    from db.models.advice import AdviceTalk
    from db.models.focus_group import FocusGroup
    from db.models.local_government import LocalGovernment
    from db.models.team import TeamMember
    from db.models.trajectory import Trajectory


class FollowUpAction(RecordMixin, Base):
    """Something to do, attached to an advice talk, a trajectory, a focus group, an
    activity or a local government. ``local_government_id`` is also filled for actions
    of a talk or a trajectory (the same government), so a government's actions are one
    indexed lookup.
    Done actions keep their ``done_date`` and stay; an archived action (migration 0014)
    leaves the daily lists and counts but stays in the history.
    """

    __table__ = follow_up_action

    description: Mapped[str]
    owner_id: Mapped[int | None]
    due_date: Mapped[date | None]
    done_date: Mapped[date | None]
    notes: Mapped[str]
    archived: Mapped[bool]
    local_government_id: Mapped[int | None]
    advice_talk_id: Mapped[int | None]
    trajectory_id: Mapped[int | None]
    focus_group_id: Mapped[int | None]
    activity_id: Mapped[int | None]

    owner: Mapped[TeamMember | None] = relationship()
    local_government: Mapped[LocalGovernment | None] = relationship()
    advice_talk: Mapped[AdviceTalk | None] = relationship(back_populates="follow_ups")
    trajectory: Mapped[Trajectory | None] = relationship(back_populates="follow_ups")
    focus_group: Mapped[FocusGroup | None] = relationship(back_populates="follow_ups")
    activity: Mapped[Activity | None] = relationship(back_populates="follow_ups")
