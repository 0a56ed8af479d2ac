"""Follow-up actions (opvolgacties)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, RecordMixin

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

    __tablename__ = "follow_up_action"

    description: Mapped[str] = mapped_column(Text, nullable=False)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id"))
    due_date: Mapped[date | None] = mapped_column(Date)
    done_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    local_government_id: Mapped[int | None] = mapped_column(ForeignKey("local_government.id"))
    advice_talk_id: Mapped[int | None] = mapped_column(
        ForeignKey("advice_talk.id", ondelete="CASCADE")
    )
    trajectory_id: Mapped[int | None] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE")
    )
    focus_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("focus_group.id", ondelete="CASCADE")
    )
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))

    owner: Mapped[TeamMember | None] = relationship()
    local_government: Mapped[LocalGovernment | None] = relationship()
    advice_talk: Mapped[AdviceTalk | None] = relationship(back_populates="follow_ups")
    trajectory: Mapped[Trajectory | None] = relationship(back_populates="follow_ups")
    focus_group: Mapped[FocusGroup | None] = relationship(back_populates="follow_ups")
    activity: Mapped[Activity | None] = relationship(back_populates="follow_ups")

    __table_args__ = (
        CheckConstraint(
            "local_government_id IS NOT NULL OR advice_talk_id IS NOT NULL"
            " OR trajectory_id IS NOT NULL OR focus_group_id IS NOT NULL"
            " OR activity_id IS NOT NULL",
            name="has_subject",
        ),
        # migration 0014: ``archived`` in the three indexes the daily counts read
        # (Opvolgacties, the status bar's overdue count, "mine", the government list),
        # so leaving archived actions out keeps those counts index-only
        Index("ix_follow_up_open_due", "done_date", "archived", "due_date"),
        Index("ix_follow_up_trajectory", "trajectory_id"),
        Index("ix_follow_up_focus_group", "focus_group_id"),
        # migration 0005: open actions per government, talk and owner, index-only
        Index("ix_follow_up_lg_open", "local_government_id", "done_date", "archived", "due_date"),
        Index("ix_follow_up_talk_open", "advice_talk_id", "done_date", "due_date"),
        Index("ix_follow_up_owner_open", "owner_id", "done_date", "archived", "due_date"),
        # migration 0004: a record's open actions and their due dates, index-only
        Index("ix_follow_up_trajectory_open", "trajectory_id", "done_date", "due_date"),
        Index("ix_follow_up_focus_group_open", "focus_group_id", "done_date", "due_date"),
        # migration 0012: an activity's open actions
        Index("ix_follow_up_activity_open", "activity_id", "done_date", "due_date"),
    )
