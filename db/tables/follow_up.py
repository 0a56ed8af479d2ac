"""Follow-up actions (opvolgacties): something to do, attached to an advice talk, a
trajectory, a focus group, an activity or a local government (``FollowUpAction`` in
``db.models.follow_up``)."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Index,
    Table,
    Text,
)

from db.metadata import metadata, record_columns, reference

follow_up_action = Table(
    "follow_up_action",
    metadata,
    Column("description", Text, nullable=False),
    reference("team_member", "owner_id"),
    Column("due_date", Date),
    Column("done_date", Date),
    Column("notes", Text, nullable=False, default=""),
    Column("archived", Boolean, nullable=False, default=False),
    reference("local_government"),
    *(
        reference(subject, ondelete="CASCADE")
        for subject in ("advice_talk", "trajectory", "focus_group", "activity")
    ),
    *record_columns(),
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
