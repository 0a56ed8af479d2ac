"""Custom support trajectories (ondersteuningstrajecten op maat) and contact moments."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from db.base import Base, RecordMixin
from db.tables.trajectory import (
    contact_moment,
    contact_moment_contact,
    contact_moment_member,
    trajectory,
    trajectory_coach,
    trajectory_contact,
    trajectory_theme,
)

if TYPE_CHECKING:
    from db.models.advice import AdviceTalk
    from db.models.contacts import ContactPerson
    from db.models.feedback import Feedback
    from db.models.follow_up import FollowUpAction
    from db.models.local_government import LocalGovernment
    from db.models.team import TeamMember, Theme


class Trajectory(RecordMixin, Base):
    """A multi-month custom support track with one local government.

    Status moves request -> intake -> running -> finished or stopped; each step's date
    is kept (``requested_on``, ``intake_on``, ``start_date``, ``end_date``). A trajectory
    counts as running in a year when it started on or before the year's end and did not
    end before the year's start.
    """

    __table__ = trajectory

    local_government_id: Mapped[int]
    title: Mapped[str]
    status: Mapped[str]
    requested_on: Mapped[date | None]
    intake_on: Mapped[date | None]
    start_date: Mapped[date | None]
    planned_end_date: Mapped[date | None]
    end_date: Mapped[date | None]
    starting_position: Mapped[str | None]
    needs: Mapped[str]
    goals: Mapped[str]
    approach: Mapped[str]
    partner_involvement: Mapped[str]
    mediawijs_involved: Mapped[bool]
    feedback_expected: Mapped[bool]
    origin_advice_talk_id: Mapped[int | None]
    notes: Mapped[str]
    archived: Mapped[bool]

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


class ContactMoment(RecordMixin, Base):
    """One contact within a trajectory: date, form, who took part, notes."""

    __table__ = contact_moment

    trajectory_id: Mapped[int]
    date: Mapped[date]
    form: Mapped[str]
    notes: Mapped[str]

    trajectory: Mapped[Trajectory] = relationship(back_populates="contact_moments")
    contacts: Mapped[list[ContactPerson]] = relationship(secondary=contact_moment_contact)
    team_members: Mapped[list[TeamMember]] = relationship(secondary=contact_moment_member)
