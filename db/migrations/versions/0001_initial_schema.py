"""Initial schema: every table of the domain.

Revision ID: 0001
Revises:
Create Date: 2026-11-27 04:30:48.309635
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "focus_group",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("new_tool_needs", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_focus_group")),
        sa.UniqueConstraint("public_id", name=op.f("uq_focus_group_public_id")),
    )
    with op.batch_alter_table("focus_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_focus_group_date"), ["date"], unique=False)

    op.create_table(
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
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_government")),
        sa.UniqueConstraint("nis_code", name=op.f("uq_local_government_nis_code")),
        sa.UniqueConstraint("public_id", name=op.f("uq_local_government_public_id")),
    )
    with op.batch_alter_table("local_government", schema=None) as batch_op:
        batch_op.create_index("ix_local_government_name", ["name"], unique=False)

    op.create_table(
        "target",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target")),
        sa.UniqueConstraint("public_id", name=op.f("uq_target_public_id")),
        sa.UniqueConstraint("year", "indicator", name=op.f("uq_target_year")),
    )
    op.create_table(
        "team_member",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_member")),
        sa.UniqueConstraint("name", name=op.f("uq_team_member_name")),
        sa.UniqueConstraint("public_id", name=op.f("uq_team_member_public_id")),
    )
    op.create_table(
        "theme",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_theme")),
        sa.UniqueConstraint("name", name=op.f("uq_theme_name")),
        sa.UniqueConstraint("public_id", name=op.f("uq_theme_public_id")),
    )
    op.create_table(
        "tool",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tool")),
        sa.UniqueConstraint("name", name=op.f("uq_tool_name")),
        sa.UniqueConstraint("public_id", name=op.f("uq_tool_public_id")),
    )
    op.create_table(
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
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["experienced_government_id"],
            ["local_government.id"],
            name=op.f("fk_advice_talk_experienced_government_id_local_government"),
        ),
        sa.ForeignKeyConstraint(
            ["local_government_id"],
            ["local_government.id"],
            name=op.f("fk_advice_talk_local_government_id_local_government"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advice_talk")),
        sa.UniqueConstraint("public_id", name=op.f("uq_advice_talk_public_id")),
    )
    with op.batch_alter_table("advice_talk", schema=None) as batch_op:
        batch_op.create_index("ix_advice_talk_date", ["date"], unique=False)
        batch_op.create_index(
            "ix_advice_talk_lg_date", ["local_government_id", "date"], unique=False
        )

    op.create_table(
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
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["local_government_id"],
            ["local_government.id"],
            name=op.f("fk_contact_person_local_government_id_local_government"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_person")),
        sa.UniqueConstraint("public_id", name=op.f("uq_contact_person_public_id")),
    )
    with op.batch_alter_table("contact_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_person_local_government_id"),
            ["local_government_id"],
            unique=False,
        )

    op.create_table(
        "focus_group_member",
        sa.Column("focus_group_id", sa.Integer(), nullable=False),
        sa.Column("team_member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["focus_group_id"],
            ["focus_group.id"],
            name=op.f("fk_focus_group_member_focus_group_id_focus_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_member_id"],
            ["team_member.id"],
            name=op.f("fk_focus_group_member_team_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "focus_group_id", "team_member_id", name=op.f("pk_focus_group_member")
        ),
    )
    op.create_table(
        "local_government_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("local_government_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("nis_code", sa.String(length=5), nullable=True),
        sa.ForeignKeyConstraint(
            ["local_government_id"],
            ["local_government.id"],
            name=op.f("fk_local_government_alias_local_government_id_local_government"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_government_alias")),
    )
    with op.batch_alter_table("local_government_alias", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_local_government_alias_local_government_id"),
            ["local_government_id"],
            unique=False,
        )

    op.create_table(
        "partnership_member",
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["local_government.id"],
            name=op.f("fk_partnership_member_member_id_local_government"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["local_government.id"],
            name=op.f("fk_partnership_member_partnership_id_local_government"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("partnership_id", "member_id", name=op.f("pk_partnership_member")),
    )
    op.create_table(
        "tool_finding",
        sa.Column("focus_group_id", sa.Integer(), nullable=False),
        sa.Column("tool_id", sa.Integer(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["focus_group_id"],
            ["focus_group.id"],
            name=op.f("fk_tool_finding_focus_group_id_focus_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tool_id"], ["tool.id"], name=op.f("fk_tool_finding_tool_id_tool")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tool_finding")),
        sa.UniqueConstraint(
            "focus_group_id", "tool_id", name=op.f("uq_tool_finding_focus_group_id")
        ),
        sa.UniqueConstraint("public_id", name=op.f("uq_tool_finding_public_id")),
    )
    with op.batch_alter_table("tool_finding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tool_finding_focus_group_id"), ["focus_group_id"], unique=False
        )

    op.create_table(
        "advice_talk_contact",
        sa.Column("advice_talk_id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advice_talk_id"],
            ["advice_talk.id"],
            name=op.f("fk_advice_talk_contact_advice_talk_id_advice_talk"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_advice_talk_contact_contact_person_id_contact_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "advice_talk_id", "contact_person_id", name=op.f("pk_advice_talk_contact")
        ),
    )
    op.create_table(
        "advice_talk_member",
        sa.Column("advice_talk_id", sa.Integer(), nullable=False),
        sa.Column("team_member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advice_talk_id"],
            ["advice_talk.id"],
            name=op.f("fk_advice_talk_member_advice_talk_id_advice_talk"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_member_id"],
            ["team_member.id"],
            name=op.f("fk_advice_talk_member_team_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "advice_talk_id", "team_member_id", name=op.f("pk_advice_talk_member")
        ),
    )
    op.create_table(
        "advice_talk_theme",
        sa.Column("advice_talk_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advice_talk_id"],
            ["advice_talk.id"],
            name=op.f("fk_advice_talk_theme_advice_talk_id_advice_talk"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["theme.id"],
            name=op.f("fk_advice_talk_theme_theme_id_theme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("advice_talk_id", "theme_id", name=op.f("pk_advice_talk_theme")),
    )
    op.create_table(
        "advice_talk_tool",
        sa.Column("advice_talk_id", sa.Integer(), nullable=False),
        sa.Column("tool_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advice_talk_id"],
            ["advice_talk.id"],
            name=op.f("fk_advice_talk_tool_advice_talk_id_advice_talk"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tool_id"],
            ["tool.id"],
            name=op.f("fk_advice_talk_tool_tool_id_tool"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("advice_talk_id", "tool_id", name=op.f("pk_advice_talk_tool")),
    )
    op.create_table(
        "focus_group_participant",
        sa.Column("focus_group_id", sa.Integer(), nullable=False),
        sa.Column("local_government_id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("attendance", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_focus_group_participant_contact_person_id_contact_person"),
        ),
        sa.ForeignKeyConstraint(
            ["focus_group_id"],
            ["focus_group.id"],
            name=op.f("fk_focus_group_participant_focus_group_id_focus_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["local_government_id"],
            ["local_government.id"],
            name=op.f("fk_focus_group_participant_local_government_id_local_government"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_focus_group_participant")),
        sa.UniqueConstraint(
            "focus_group_id",
            "local_government_id",
            "contact_person_id",
            name=op.f("uq_focus_group_participant_focus_group_id"),
        ),
        sa.UniqueConstraint("public_id", name=op.f("uq_focus_group_participant_public_id")),
    )
    with op.batch_alter_table("focus_group_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_focus_group_participant_focus_group_id"),
            ["focus_group_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_focus_group_participant_local_government_id"),
            ["local_government_id"],
            unique=False,
        )

    op.create_table(
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
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["local_government_id"],
            ["local_government.id"],
            name=op.f("fk_trajectory_local_government_id_local_government"),
        ),
        sa.ForeignKeyConstraint(
            ["origin_advice_talk_id"],
            ["advice_talk.id"],
            name=op.f("fk_trajectory_origin_advice_talk_id_advice_talk"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trajectory")),
        sa.UniqueConstraint("public_id", name=op.f("uq_trajectory_public_id")),
    )
    with op.batch_alter_table("trajectory", schema=None) as batch_op:
        batch_op.create_index("ix_trajectory_dates", ["start_date", "end_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_trajectory_local_government_id"), ["local_government_id"], unique=False
        )

    op.create_table(
        "contact_moment",
        sa.Column("trajectory_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("form", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
            name=op.f("fk_contact_moment_trajectory_id_trajectory"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_moment")),
        sa.UniqueConstraint("public_id", name=op.f("uq_contact_moment_public_id")),
    )
    with op.batch_alter_table("contact_moment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_moment_trajectory_id"), ["trajectory_id"], unique=False
        )

    op.create_table(
        "feedback",
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("local_government_id", sa.Integer(), nullable=True),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("advice_talk_id", sa.Integer(), nullable=True),
        sa.Column("trajectory_id", sa.Integer(), nullable=True),
        sa.Column("focus_group_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "advice_talk_id IS NOT NULL OR trajectory_id IS NOT NULL OR focus_group_id IS NOT NULL OR local_government_id IS NOT NULL",
            name=op.f("ck_feedback_has_subject"),
        ),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_feedback_score_range")),
        sa.ForeignKeyConstraint(
            ["advice_talk_id"],
            ["advice_talk.id"],
            name=op.f("fk_feedback_advice_talk_id_advice_talk"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_feedback_contact_person_id_contact_person"),
        ),
        sa.ForeignKeyConstraint(
            ["focus_group_id"],
            ["focus_group.id"],
            name=op.f("fk_feedback_focus_group_id_focus_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["local_government_id"],
            ["local_government.id"],
            name=op.f("fk_feedback_local_government_id_local_government"),
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
            name=op.f("fk_feedback_trajectory_id_trajectory"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
        sa.UniqueConstraint("public_id", name=op.f("uq_feedback_public_id")),
    )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_advice_talk_id"), ["advice_talk_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_feedback_focus_group_id"), ["focus_group_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_feedback_local_government_id"), ["local_government_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_feedback_trajectory_id"), ["trajectory_id"], unique=False
        )

    op.create_table(
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
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "local_government_id IS NOT NULL OR advice_talk_id IS NOT NULL OR trajectory_id IS NOT NULL OR focus_group_id IS NOT NULL",
            name=op.f("ck_follow_up_action_has_subject"),
        ),
        sa.ForeignKeyConstraint(
            ["advice_talk_id"],
            ["advice_talk.id"],
            name=op.f("fk_follow_up_action_advice_talk_id_advice_talk"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["focus_group_id"],
            ["focus_group.id"],
            name=op.f("fk_follow_up_action_focus_group_id_focus_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["local_government_id"],
            ["local_government.id"],
            name=op.f("fk_follow_up_action_local_government_id_local_government"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["team_member.id"], name=op.f("fk_follow_up_action_owner_id_team_member")
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
            name=op.f("fk_follow_up_action_trajectory_id_trajectory"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_action")),
        sa.UniqueConstraint("public_id", name=op.f("uq_follow_up_action_public_id")),
    )
    with op.batch_alter_table("follow_up_action", schema=None) as batch_op:
        batch_op.create_index("ix_follow_up_focus_group", ["focus_group_id"], unique=False)
        batch_op.create_index("ix_follow_up_lg", ["local_government_id"], unique=False)
        batch_op.create_index("ix_follow_up_open_due", ["done_date", "due_date"], unique=False)
        batch_op.create_index("ix_follow_up_owner", ["owner_id", "done_date"], unique=False)
        batch_op.create_index("ix_follow_up_talk", ["advice_talk_id"], unique=False)
        batch_op.create_index("ix_follow_up_trajectory", ["trajectory_id"], unique=False)

    op.create_table(
        "trajectory_coach",
        sa.Column("trajectory_id", sa.Integer(), nullable=False),
        sa.Column("team_member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_member_id"],
            ["team_member.id"],
            name=op.f("fk_trajectory_coach_team_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
            name=op.f("fk_trajectory_coach_trajectory_id_trajectory"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "trajectory_id", "team_member_id", name=op.f("pk_trajectory_coach")
        ),
    )
    op.create_table(
        "trajectory_contact",
        sa.Column("trajectory_id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_trajectory_contact_contact_person_id_contact_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
            name=op.f("fk_trajectory_contact_trajectory_id_trajectory"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "trajectory_id", "contact_person_id", name=op.f("pk_trajectory_contact")
        ),
    )
    op.create_table(
        "trajectory_theme",
        sa.Column("trajectory_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["theme.id"],
            name=op.f("fk_trajectory_theme_theme_id_theme"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["trajectory.id"],
            name=op.f("fk_trajectory_theme_trajectory_id_trajectory"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("trajectory_id", "theme_id", name=op.f("pk_trajectory_theme")),
    )
    op.create_table(
        "contact_moment_contact",
        sa.Column("contact_moment_id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_moment_id"],
            ["contact_moment.id"],
            name=op.f("fk_contact_moment_contact_contact_moment_id_contact_moment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_contact_moment_contact_contact_person_id_contact_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "contact_moment_id", "contact_person_id", name=op.f("pk_contact_moment_contact")
        ),
    )
    op.create_table(
        "contact_moment_member",
        sa.Column("contact_moment_id", sa.Integer(), nullable=False),
        sa.Column("team_member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_moment_id"],
            ["contact_moment.id"],
            name=op.f("fk_contact_moment_member_contact_moment_id_contact_moment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_member_id"],
            ["team_member.id"],
            name=op.f("fk_contact_moment_member_team_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "contact_moment_id", "team_member_id", name=op.f("pk_contact_moment_member")
        ),
    )


def downgrade() -> None:
    op.drop_table("contact_moment_member")
    op.drop_table("contact_moment_contact")
    op.drop_table("trajectory_theme")
    op.drop_table("trajectory_contact")
    op.drop_table("trajectory_coach")
    with op.batch_alter_table("follow_up_action", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_up_trajectory")
        batch_op.drop_index("ix_follow_up_talk")
        batch_op.drop_index("ix_follow_up_owner")
        batch_op.drop_index("ix_follow_up_open_due")
        batch_op.drop_index("ix_follow_up_lg")
        batch_op.drop_index("ix_follow_up_focus_group")

    op.drop_table("follow_up_action")
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_trajectory_id"))
        batch_op.drop_index(batch_op.f("ix_feedback_local_government_id"))
        batch_op.drop_index(batch_op.f("ix_feedback_focus_group_id"))
        batch_op.drop_index(batch_op.f("ix_feedback_advice_talk_id"))

    op.drop_table("feedback")
    with op.batch_alter_table("contact_moment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_moment_trajectory_id"))

    op.drop_table("contact_moment")
    with op.batch_alter_table("trajectory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectory_local_government_id"))
        batch_op.drop_index("ix_trajectory_dates")

    op.drop_table("trajectory")
    with op.batch_alter_table("focus_group_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_focus_group_participant_local_government_id"))
        batch_op.drop_index(batch_op.f("ix_focus_group_participant_focus_group_id"))

    op.drop_table("focus_group_participant")
    op.drop_table("advice_talk_tool")
    op.drop_table("advice_talk_theme")
    op.drop_table("advice_talk_member")
    op.drop_table("advice_talk_contact")
    with op.batch_alter_table("tool_finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tool_finding_focus_group_id"))

    op.drop_table("tool_finding")
    op.drop_table("partnership_member")
    with op.batch_alter_table("local_government_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_local_government_alias_local_government_id"))

    op.drop_table("local_government_alias")
    op.drop_table("focus_group_member")
    with op.batch_alter_table("contact_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_person_local_government_id"))

    op.drop_table("contact_person")
    with op.batch_alter_table("advice_talk", schema=None) as batch_op:
        batch_op.drop_index("ix_advice_talk_lg_date")
        batch_op.drop_index("ix_advice_talk_date")

    op.drop_table("advice_talk")
    op.drop_table("tool")
    op.drop_table("theme")
    op.drop_table("team_member")
    op.drop_table("target")
    with op.batch_alter_table("local_government", schema=None) as batch_op:
        batch_op.drop_index("ix_local_government_name")

    op.drop_table("local_government")
    with op.batch_alter_table("focus_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_focus_group_date"))

    op.drop_table("focus_group")
