"""Focus groups (focusgroepen) that evaluate the team's tools with local governments:
the groups (``FocusGroup`` in ``db.models.focus_group`` tells their states), who
organised them, who was invited and came, and what each found about a tool."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from db.metadata import metadata, record_columns, reference
from db.tables.links import link_table
from db.tables.participant import participant_table

focus_group = Table(
    "focus_group",
    metadata,
    Column("status", String(20), nullable=False, default="planned", server_default="planned"),
    Column("planned_on", Date),
    Column("cancelled_on", Date),
    Column("date", Date, nullable=False, index=True),
    Column("topic", String(300), nullable=False),
    Column("place", String(300), nullable=False, default=""),
    Column("online", Boolean, nullable=False, default=False),
    Column("new_tool_needs", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("archived", Boolean, nullable=False, default=False),
    *record_columns(),
    # migration 0006: the year's held focus groups counted from the index alone
    Index("ix_focus_group_status_date", "status", "date"),
)

focus_group_member = link_table(
    "focus_group_member", ("focus_group_id", "focus_group"), ("team_member_id", "team_member")
)

#: an invited local government, or one of its contact persons, and the attendance
focus_group_participant = participant_table(
    "focus_group",
    new_attendance="invited",
    attendance_index="ix_focus_group_participant_lg_attendance",
    government_index=True,
)

#: what a focus group found about one evaluated tool
tool_finding = Table(
    "tool_finding",
    metadata,
    reference("focus_group", ondelete="CASCADE", nullable=False, index=True),
    reference("tool", nullable=False),
    Column("findings", Text, nullable=False, default=""),
    *record_columns(),
    UniqueConstraint("focus_group_id", "tool_id"),
)
