"""Initial schema: every table of the domain.

Revision ID: 0001
Revises:
Create Date: 2026-11-27 04:30:48.309635
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.migration_parts import (
    create_indexes,
    drop_indexes,
    foreign_key,
    link_table,
    record_columns,
    record_keys,
    record_table,
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    record_table(
        "focus_group",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("new_tool_needs", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
    )
    create_indexes("focus_group", {"ix_focus_group_date": ["date"]})

    record_table(
        "local_government",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("nis_code", sa.String(length=5), nullable=True),
        sa.Column("province", sa.String(length=50), nullable=True),
        sa.Column("arrondissement", sa.String(length=50), nullable=True),
        sa.Column("starting_position", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("nis_code", name=op.f("uq_local_government_nis_code")),
    )
    create_indexes("local_government", {"ix_local_government_name": ["name"]})

    # (the year's uniqueness made after the record keys, as this revision always did)
    op.create_table(
        "target",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        *record_columns(),
        *record_keys("target"),
        sa.UniqueConstraint("year", "indicator", name=op.f("uq_target_year")),
    )
    record_table(
        "team_member",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("name", name=op.f("uq_team_member_name")),
    )
    record_table(
        "theme",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("name", name=op.f("uq_theme_name")),
    )
    record_table(
        "tool",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("name", name=op.f("uq_tool_name")),
    )
    record_table(
        "advice_talk",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("local_government_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("advice", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("info_session_idea", sa.Boolean(), nullable=False),
        sa.Column("info_session_note", sa.Text(), nullable=False),
        sa.Column("policy_dossier_input", sa.Boolean(), nullable=False),
        sa.Column("policy_dossier_note", sa.Text(), nullable=False),
        sa.Column("signal", sa.Boolean(), nullable=False),
        sa.Column("signal_note", sa.Text(), nullable=False),
        sa.Column("experienced_government_id", sa.Integer(), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        foreign_key("advice_talk", "experienced_government_id", "local_government"),
        foreign_key("advice_talk", "local_government_id", "local_government"),
    )
    create_indexes(
        "advice_talk",
        {
            "ix_advice_talk_date": ["date"],
            "ix_advice_talk_lg_date": ["local_government_id", "date"],
        },
    )

    record_table(
        "contact_person",
        sa.Column("local_government_id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("inactive_since", sa.Date(), nullable=True),
        foreign_key("contact_person", "local_government_id", "local_government"),
    )
    create_indexes(
        "contact_person", {"ix_contact_person_local_government_id": ["local_government_id"]}
    )

    link_table(
        "focus_group_member", ("focus_group_id", "focus_group"), ("team_member_id", "team_member")
    )
    op.create_table(
        "local_government_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("local_government_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("nis_code", sa.String(length=5), nullable=True),
        foreign_key("local_government_alias", "local_government_id", "local_government", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_government_alias")),
    )
    create_indexes(
        "local_government_alias",
        {"ix_local_government_alias_local_government_id": ["local_government_id"]},
    )

    link_table(
        "partnership_member",
        ("partnership_id", "local_government"),
        ("member_id", "local_government"),
    )
    record_table(
        "tool_finding",
        sa.Column("focus_group_id", sa.Integer(), nullable=False),
        sa.Column("tool_id", sa.Integer(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        foreign_key("tool_finding", "focus_group_id", "focus_group", "CASCADE"),
        foreign_key("tool_finding", "tool_id", "tool"),
        sa.UniqueConstraint(
            "focus_group_id", "tool_id", name=op.f("uq_tool_finding_focus_group_id")
        ),
    )
    create_indexes("tool_finding", {"ix_tool_finding_focus_group_id": ["focus_group_id"]})

    link_table(
        "advice_talk_contact",
        ("advice_talk_id", "advice_talk"),
        ("contact_person_id", "contact_person"),
    )
    link_table(
        "advice_talk_member", ("advice_talk_id", "advice_talk"), ("team_member_id", "team_member")
    )
    link_table("advice_talk_theme", ("advice_talk_id", "advice_talk"), ("theme_id", "theme"))
    link_table("advice_talk_tool", ("advice_talk_id", "advice_talk"), ("tool_id", "tool"))
    record_table(
        "focus_group_participant",
        sa.Column("focus_group_id", sa.Integer(), nullable=False),
        sa.Column("local_government_id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("attendance", sa.String(length=20), nullable=False),
        foreign_key("focus_group_participant", "contact_person_id", "contact_person"),
        foreign_key("focus_group_participant", "focus_group_id", "focus_group", "CASCADE"),
        foreign_key("focus_group_participant", "local_government_id", "local_government"),
        sa.UniqueConstraint(
            "focus_group_id",
            "local_government_id",
            "contact_person_id",
            name=op.f("uq_focus_group_participant_focus_group_id"),
        ),
    )
    create_indexes(
        "focus_group_participant",
        {
            "ix_focus_group_participant_focus_group_id": ["focus_group_id"],
            "ix_focus_group_participant_local_government_id": ["local_government_id"],
        },
    )

    record_table(
        "trajectory",
        sa.Column("local_government_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.Column("intake_on", sa.Date(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("planned_end_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("starting_position", sa.String(length=20), nullable=True),
        sa.Column("needs", sa.Text(), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("approach", sa.Text(), nullable=False),
        sa.Column("partner_involvement", sa.Text(), nullable=False),
        sa.Column("mediawijs_involved", sa.Boolean(), nullable=False),
        sa.Column("feedback_expected", sa.Boolean(), nullable=False),
        sa.Column("origin_advice_talk_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        foreign_key("trajectory", "local_government_id", "local_government"),
        foreign_key("trajectory", "origin_advice_talk_id", "advice_talk"),
    )
    create_indexes(
        "trajectory",
        {
            "ix_trajectory_dates": ["start_date", "end_date"],
            "ix_trajectory_local_government_id": ["local_government_id"],
        },
    )

    record_table(
        "contact_moment",
        sa.Column("trajectory_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("form", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        foreign_key("contact_moment", "trajectory_id", "trajectory", "CASCADE"),
    )
    create_indexes("contact_moment", {"ix_contact_moment_trajectory_id": ["trajectory_id"]})

    record_table(
        "feedback",
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("local_government_id", sa.Integer(), nullable=True),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("advice_talk_id", sa.Integer(), nullable=True),
        sa.Column("trajectory_id", sa.Integer(), nullable=True),
        sa.Column("focus_group_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "advice_talk_id IS NOT NULL OR trajectory_id IS NOT NULL OR focus_group_id IS NOT NULL OR local_government_id IS NOT NULL",
            name=op.f("ck_feedback_has_subject"),
        ),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_feedback_score_range")),
        foreign_key("feedback", "advice_talk_id", "advice_talk", "CASCADE"),
        foreign_key("feedback", "contact_person_id", "contact_person"),
        foreign_key("feedback", "focus_group_id", "focus_group", "CASCADE"),
        foreign_key("feedback", "local_government_id", "local_government"),
        foreign_key("feedback", "trajectory_id", "trajectory", "CASCADE"),
    )
    create_indexes(
        "feedback",
        {
            "ix_feedback_advice_talk_id": ["advice_talk_id"],
            "ix_feedback_focus_group_id": ["focus_group_id"],
            "ix_feedback_local_government_id": ["local_government_id"],
            "ix_feedback_trajectory_id": ["trajectory_id"],
        },
    )

    record_table(
        "follow_up_action",
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("local_government_id", sa.Integer(), nullable=True),
        sa.Column("advice_talk_id", sa.Integer(), nullable=True),
        sa.Column("trajectory_id", sa.Integer(), nullable=True),
        sa.Column("focus_group_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "local_government_id IS NOT NULL OR advice_talk_id IS NOT NULL OR trajectory_id IS NOT NULL OR focus_group_id IS NOT NULL",
            name=op.f("ck_follow_up_action_has_subject"),
        ),
        foreign_key("follow_up_action", "advice_talk_id", "advice_talk", "CASCADE"),
        foreign_key("follow_up_action", "focus_group_id", "focus_group", "CASCADE"),
        foreign_key("follow_up_action", "local_government_id", "local_government"),
        foreign_key("follow_up_action", "owner_id", "team_member"),
        foreign_key("follow_up_action", "trajectory_id", "trajectory", "CASCADE"),
    )
    create_indexes(
        "follow_up_action",
        {
            "ix_follow_up_focus_group": ["focus_group_id"],
            "ix_follow_up_lg": ["local_government_id"],
            "ix_follow_up_open_due": ["done_date", "due_date"],
            "ix_follow_up_owner": ["owner_id", "done_date"],
            "ix_follow_up_talk": ["advice_talk_id"],
            "ix_follow_up_trajectory": ["trajectory_id"],
        },
    )

    link_table(
        "trajectory_coach", ("trajectory_id", "trajectory"), ("team_member_id", "team_member")
    )
    link_table(
        "trajectory_contact",
        ("trajectory_id", "trajectory"),
        ("contact_person_id", "contact_person"),
    )
    link_table("trajectory_theme", ("trajectory_id", "trajectory"), ("theme_id", "theme"))
    link_table(
        "contact_moment_contact",
        ("contact_moment_id", "contact_moment"),
        ("contact_person_id", "contact_person"),
    )
    link_table(
        "contact_moment_member",
        ("contact_moment_id", "contact_moment"),
        ("team_member_id", "team_member"),
    )


def downgrade() -> None:
    op.drop_table("contact_moment_member")
    op.drop_table("contact_moment_contact")
    op.drop_table("trajectory_theme")
    op.drop_table("trajectory_contact")
    op.drop_table("trajectory_coach")
    drop_indexes(
        "follow_up_action",
        "ix_follow_up_trajectory",
        "ix_follow_up_talk",
        "ix_follow_up_owner",
        "ix_follow_up_open_due",
        "ix_follow_up_lg",
        "ix_follow_up_focus_group",
    )
    op.drop_table("follow_up_action")
    drop_indexes(
        "feedback",
        "ix_feedback_trajectory_id",
        "ix_feedback_local_government_id",
        "ix_feedback_focus_group_id",
        "ix_feedback_advice_talk_id",
    )
    op.drop_table("feedback")
    drop_indexes("contact_moment", "ix_contact_moment_trajectory_id")
    op.drop_table("contact_moment")
    drop_indexes("trajectory", "ix_trajectory_local_government_id", "ix_trajectory_dates")
    op.drop_table("trajectory")
    drop_indexes(
        "focus_group_participant",
        "ix_focus_group_participant_local_government_id",
        "ix_focus_group_participant_focus_group_id",
    )
    op.drop_table("focus_group_participant")
    op.drop_table("advice_talk_tool")
    op.drop_table("advice_talk_theme")
    op.drop_table("advice_talk_member")
    op.drop_table("advice_talk_contact")
    drop_indexes("tool_finding", "ix_tool_finding_focus_group_id")
    op.drop_table("tool_finding")
    op.drop_table("partnership_member")
    drop_indexes("local_government_alias", "ix_local_government_alias_local_government_id")
    op.drop_table("local_government_alias")
    op.drop_table("focus_group_member")
    drop_indexes("contact_person", "ix_contact_person_local_government_id")
    op.drop_table("contact_person")
    drop_indexes("advice_talk", "ix_advice_talk_lg_date", "ix_advice_talk_date")
    op.drop_table("advice_talk")
    op.drop_table("tool")
    op.drop_table("theme")
    op.drop_table("team_member")
    op.drop_table("target")
    drop_indexes("local_government", "ix_local_government_name")
    op.drop_table("local_government")
    drop_indexes("focus_group", "ix_focus_group_date")
    op.drop_table("focus_group")
