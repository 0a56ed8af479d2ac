"""Custom support trajectories (ondersteuningstrajecten op maat) and their contact
moments, and who and what they were about (``Trajectory`` in ``db.models.trajectory``
tells the statuses and dates)."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, Index, String, Table, Text

from db.metadata import metadata, record_columns, reference
from db.tables.links import link_table

trajectory = Table(
    "trajectory",
    metadata,
    reference("local_government", nullable=False, index=True),
    Column("title", String(300), nullable=False, default=""),
    Column("status", String(20), nullable=False, default="request"),
    Column("requested_on", Date),
    Column("intake_on", Date),
    Column("start_date", Date),
    Column("planned_end_date", Date),
    Column("end_date", Date),
    Column("starting_position", String(20)),
    Column("needs", Text, nullable=False, default=""),
    Column("goals", Text, nullable=False, default=""),
    Column("approach", Text, nullable=False, default=""),
    Column("partner_involvement", Text, nullable=False, default=""),
    Column("mediawijs_involved", Boolean, nullable=False, default=False),
    Column("feedback_expected", Boolean, nullable=False, default=True),
    reference("advice_talk", "origin_advice_talk_id"),
    Column("notes", Text, nullable=False, default=""),
    Column("archived", Boolean, nullable=False, default=False),
    *record_columns(),
    Index("ix_trajectory_dates", "start_date", "end_date"),
    # migration 0013: which trajectory came from a talk, read on every talk save
    Index("ix_trajectory_origin_talk", "origin_advice_talk_id"),
)

#: one contact within a trajectory: date, form, who took part, notes
contact_moment = Table(
    "contact_moment",
    metadata,
    reference("trajectory", ondelete="CASCADE", nullable=False, index=True),
    Column("date", Date, nullable=False),
    Column("form", String(20), nullable=False),
    Column("notes", Text, nullable=False, default=""),
    *record_columns(),
    # a government's last contact reads the newest date per trajectory from the index
    Index("ix_contact_moment_trajectory_date", "trajectory_id", "date"),
)

_TRAJECTORY = ("trajectory_id", "trajectory")
_MOMENT = ("contact_moment_id", "contact_moment")
_CONTACT = ("contact_person_id", "contact_person")
_MEMBER = ("team_member_id", "team_member")
trajectory_coach = link_table("trajectory_coach", _TRAJECTORY, _MEMBER)
trajectory_contact = link_table("trajectory_contact", _TRAJECTORY, _CONTACT)
trajectory_theme = link_table("trajectory_theme", _TRAJECTORY, ("theme_id", "theme"))
contact_moment_contact = link_table("contact_moment_contact", _MOMENT, _CONTACT)
contact_moment_member = link_table("contact_moment_member", _MOMENT, _MEMBER)
