"""Activities (activiteiten): the meetings, sessions and trainings of SD1 and SD2 that
the team organises or supports, their kinds, and the local governments and people who
came (``Activity`` in ``db.models.activity`` says what the times and figures mean)."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from db.metadata import metadata, record_columns, reference
from db.tables.links import link_table
from db.tables.participant import participant_table

#: a kind of activity from the plan; ``code`` is the stable name the reference data and
#: the plan items use, ``name`` what the team reads and may change
activity_kind = Table(
    "activity_kind",
    metadata,
    Column("code", String(50), nullable=False, unique=True),
    Column("name", String(200), nullable=False, unique=True),
    # the plan's operational goal it belongs to ("OD 1.2"), for lists and reports
    Column("plan_code", String(20), nullable=False, default=""),
    Column("description", Text, nullable=False, default=""),
    # a ``Lead`` code: who usually leads this kind (a new activity starts with it)
    Column("default_lead", String(20), nullable=False, default="vvsg"),
    Column("position", Integer, nullable=False, default=0),
    Column("archived", Boolean, nullable=False, default=False),
    *record_columns(),
)

activity = Table(
    "activity",
    metadata,
    reference("activity_kind", "kind_id", nullable=False),
    Column("status", String(20), nullable=False, default="planned"),
    Column("planned_on", Date),
    Column("cancelled_on", Date),
    Column("date", Date, nullable=False),
    Column("start_minute", Integer),
    Column("end_minute", Integer),
    Column("duration_minutes", Integer),
    Column("online", Boolean, nullable=False, default=False),
    Column("place", String(300), nullable=False, default=""),
    Column("topic", String(300), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("lead", String(20), nullable=False, default="vvsg"),
    Column("lead_partner", String(200), nullable=False, default=""),
    Column("team_role", String(20), nullable=False, default="organiser"),
    Column("recording_url", String(500), nullable=False, default=""),
    Column("participant_count", Integer),
    Column("participant_minutes", Integer),
    Column("feedback_score_tenths", Integer),
    Column("feedback_responses", Integer),
    Column("feedback_text", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("archived", Boolean, nullable=False, default=False),
    *record_columns(),
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

activity_member = link_table(
    "activity_member", ("activity_id", "activity"), ("team_member_id", "team_member")
)
activity_theme = link_table("activity_theme", ("activity_id", "activity"), ("theme_id", "theme"))

#: a local government, or one of its contact persons, at an activity, and whether they
#: came (the focus groups' attendance codes)
activity_participant = participant_table(
    "activity",
    new_attendance="present",
    attendance_index="ix_activity_participant_lg_attendance",
)
