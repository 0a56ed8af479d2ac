"""Custom support trajectories (ondersteuningstrajecten op maat) and contact moments."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, RecordMixin
from db.models.links import link_table

if TYPE_CHECKING:
    from db.models.advice import AdviceTalk
    from db.models.contacts import ContactPerson
    from db.models.feedback import Feedback
    from db.models.follow_up import FollowUpAction
    from db.models.local_government import LocalGovernment
    from db.models.team import TeamMember, Theme


_TRAJECTORY = ("trajectory_id", "trajectory")
_MOMENT = ("contact_moment_id", "contact_moment")
_CONTACT = ("contact_person_id", "contact_person")
_MEMBER = ("team_member_id", "team_member")
trajectory_coach = link_table("trajectory_coach", _TRAJECTORY, _MEMBER)
trajectory_contact = link_table("trajectory_contact", _TRAJECTORY, _CONTACT)
trajectory_theme = link_table("trajectory_theme", _TRAJECTORY, ("theme_id", "theme"))
contact_moment_contact = link_table("contact_moment_contact", _MOMENT, _CONTACT)
contact_moment_member = link_table("contact_moment_member", _MOMENT, _MEMBER)


class Trajectory(RecordMixin, Base):
    """A multi-month custom support track with one local government.

    Status moves request -> intake -> running -> finished or stopped; each step's date
    is kept (``requested_on``, ``intake_on``, ``start_date``, ``end_date``). A trajectory
    counts as running in a year when it started on or before the year's end and did not
    end before the year's start.
    """

    __tablename__ = "trajectory"

    local_government_id: Mapped[int] = mapped_column(
        ForeignKey("local_government.id"), nullable=False, index=True
    )
    title: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="request")
    requested_on: Mapped[date | None] = mapped_column(Date)
    intake_on: Mapped[date | None] = mapped_column(Date)
    start_date: Mapped[date | None] = mapped_column(Date)
    planned_end_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    starting_position: Mapped[str | None] = mapped_column(String(20))
    needs: Mapped[str] = mapped_column(Text, nullable=False, default="")
    goals: Mapped[str] = mapped_column(Text, nullable=False, default="")
    approach: Mapped[str] = mapped_column(Text, nullable=False, default="")
    partner_involvement: Mapped[str] = mapped_column(Text, nullable=False, default="")
    mediawijs_involved: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    feedback_expected: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    origin_advice_talk_id: Mapped[int | None] = mapped_column(ForeignKey("advice_talk.id"))
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    local_government: Mapped[LocalGovernment] = relationship()
    origin_advice_talk: Mapped[AdviceTalk | None] = relationship()
    coaches: Mapped[list[TeamMember]] = relationship(secondary=trajectory_coach)
    contacts: Mapped[list[ContactPerson]] = relationship(secondary=trajectory_contact)
    themes: Mapped[list[Theme]] = relationship(secondary=trajectory_theme)
    contact_moments: Mapped[list[ContactMoment]] = relationship(
        back_populates="trajectory", cascade="all, delete-orphan", order_by="ContactMoment.date"
    )
    follow_ups: Mapped[list[FollowUpAction]] = relationship(back_populates="trajectory")
    feedback: Mapped[list[Feedback]] = relationship(back_populates="trajectory")

    __table_args__ = (
        Index("ix_trajectory_dates", "start_date", "end_date"),
        # migration 0013: which trajectory came from a talk, read on every talk save
        Index("ix_trajectory_origin_talk", "origin_advice_talk_id"),
    )


class ContactMoment(RecordMixin, Base):
    """One contact within a trajectory: date, form, who took part, notes."""

    __tablename__ = "contact_moment"

    trajectory_id: Mapped[int] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), nullable=False, index=True
    )
    date: Mapped[date] = mapped_column(Date, nullable=False)
    form: Mapped[str] = mapped_column(String(20), nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    trajectory: Mapped[Trajectory] = relationship(back_populates="contact_moments")
    contacts: Mapped[list[ContactPerson]] = relationship(secondary=contact_moment_contact)
    team_members: Mapped[list[TeamMember]] = relationship(secondary=contact_moment_member)

    # A government's last contact reads the newest date per trajectory from the index.
    __table_args__ = (Index("ix_contact_moment_trajectory_date", "trajectory_id", "date"),)
