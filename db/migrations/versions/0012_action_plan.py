"""The whole action plan (issue 14): activities, communication, the network's members
and a plan per year.

- activity_kind: the plan's kinds of activity (an editable list); activity, with its
  team members, themes and participants (local governments and contact persons, with
  attendance); follow_up_action.activity_id, so an activity has follow-up actions (the
  check that an action has a subject names it too).
- publication (good practices, articles, newsletters, website updates) and
  article_good_practice (an article about a good practice).
- network_membership: contact persons in the digital-inclusion network, joined/left.
- plan_item and plan_item_activity_kind: a year's plan, what each item counts.

Data: the activity kinds are loaded, and for 2025 and every year the database has
targets for, the seeded plan's items (``db.plan_reference``). The targets stay in
``target``, keyed by the item's key: the existing ones (advice_talks, trajectories,
focus_groups) are the OD 3.x items' targets unchanged (and one not set stays unset);
the other items get the seeded targets. Downgrade drops the new tables, the activities' follow-up actions and the targets of
the new items.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from db.plan_reference import OLD_INDICATORS, seed_plan

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

OLD_SUBJECT = (
    "local_government_id IS NOT NULL OR advice_talk_id IS NOT NULL"
    " OR trajectory_id IS NOT NULL OR focus_group_id IS NOT NULL"
)
NEW_SUBJECT = OLD_SUBJECT + " OR activity_id IS NOT NULL"
NEW_TABLES = (
    "network_membership",
    "article_good_practice",
    "activity_theme",
    "activity_participant",
    "activity_member",
    "publication",
    "plan_item_activity_kind",
    "activity",
    "plan_item",
    "activity_kind",
)


def _record_table(name: str, *columns: sa.Column[Any] | sa.Constraint) -> None:
    """A table of records: its own columns, then those every record has (``RecordMixin``:
    id, public id, who and when made and changed, version)."""
    op.create_table(
        name,
        *columns,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint("public_id", name=op.f(f"uq_{name}_public_id")),
    )


def upgrade() -> None:
    _record_table(
        "activity_kind",
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("plan_code", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("default_lead", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("code", name=op.f("uq_activity_kind_code")),
        sa.UniqueConstraint("name", name=op.f("uq_activity_kind_name")),
    )
    _record_table(
        "plan_item",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("goal", sa.String(length=3), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("counted", sa.String(length=20), nullable=False),
        sa.Column("publication_kind", sa.String(length=20), nullable=True),
        sa.Column("measure", sa.String(length=20), nullable=False),
        sa.Column("held_only", sa.Boolean(), nullable=False),
        sa.Column("milestone_state", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("report_text", sa.Text(), nullable=False),
        sa.UniqueConstraint("year", "key", name=op.f("uq_plan_item_year")),
    )
    _record_table(
        "activity",
        sa.Column("kind_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("cancelled_on", sa.Date(), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=True),
        sa.Column("end_minute", sa.Integer(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("lead", sa.String(length=20), nullable=False),
        sa.Column("lead_partner", sa.String(length=200), nullable=False),
        sa.Column("team_role", sa.String(length=20), nullable=False),
        sa.Column("recording_url", sa.String(length=500), nullable=False),
        sa.Column("participant_count", sa.Integer(), nullable=True),
        sa.Column("participant_minutes", sa.Integer(), nullable=True),
        sa.Column("feedback_score_tenths", sa.Integer(), nullable=True),
        sa.Column("feedback_responses", sa.Integer(), nullable=True),
        sa.Column("feedback_text", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "duration_minutes IS NULL OR duration_minutes >= 0", name=op.f("ck_activity_duration")
        ),
        sa.CheckConstraint(
            "feedback_score_tenths IS NULL OR feedback_score_tenths BETWEEN 10 AND 50",
            name=op.f("ck_activity_feedback_score"),
        ),
        sa.CheckConstraint(
            "participant_count IS NULL OR participant_count >= 0", name=op.f("ck_activity_count")
        ),
        sa.CheckConstraint(
            "participant_minutes IS NULL OR participant_minutes >= 0",
            name=op.f("ck_activity_participant_time"),
        ),
        sa.ForeignKeyConstraint(
            ["kind_id"], ["activity_kind.id"], name=op.f("fk_activity_kind_id_activity_kind")
        ),
    )
    op.create_index("ix_activity_date", "activity", ["date"], unique=False)
    op.create_index("ix_activity_archived_date", "activity", ["archived", "date"], unique=False)
    op.create_index(
        "ix_activity_kind_status_date",
        "activity",
        [
            "kind_id",
            "status",
            "date",
            "participant_minutes",
            "participant_count",
            "duration_minutes",
        ],
        unique=False,
    )
    op.create_table(
        "plan_item_activity_kind",
        sa.Column("plan_item_id", sa.Integer(), nullable=False),
        sa.Column("activity_kind_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_kind_id"],
            ["activity_kind.id"],
            name=op.f("fk_plan_item_activity_kind_activity_kind_id_activity_kind"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_item_id"],
            ["plan_item.id"],
            name=op.f("fk_plan_item_activity_kind_plan_item_id_plan_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "plan_item_id", "activity_kind_id", name=op.f("pk_plan_item_activity_kind")
        ),
    )
    _record_table(
        "publication",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("link", sa.String(length=500), nullable=False),
        sa.Column("local_government_id", sa.Integer(), nullable=True),
        sa.Column("medium", sa.String(length=200), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["local_government_id"],
            ["local_government.id"],
            name=op.f("fk_publication_local_government_id_local_government"),
        ),
    )
    op.create_index(
        "ix_publication_kind_published_on", "publication", ["kind", "published_on"], unique=False
    )
    op.create_index(
        op.f("ix_publication_local_government_id"),
        "publication",
        ["local_government_id"],
        unique=False,
    )
    op.create_table(
        "activity_member",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("team_member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_member_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_member_id"],
            ["team_member.id"],
            name=op.f("fk_activity_member_team_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "team_member_id", name=op.f("pk_activity_member")),
    )
    _record_table(
        "activity_participant",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("local_government_id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("attendance", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_participant_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_activity_participant_contact_person_id_contact_person"),
        ),
        sa.ForeignKeyConstraint(
            ["local_government_id"],
            ["local_government.id"],
            name=op.f("fk_activity_participant_local_government_id_local_government"),
        ),
        sa.UniqueConstraint(
            "activity_id",
            "local_government_id",
            "contact_person_id",
            name=op.f("uq_activity_participant_activity_id"),
        ),
    )
    op.create_index(
        op.f("ix_activity_participant_activity_id"),
        "activity_participant",
        ["activity_id"],
        unique=False,
    )
    op.create_index(
        "ix_activity_participant_lg_attendance",
        "activity_participant",
        ["local_government_id", "attendance", "activity_id"],
        unique=False,
    )
    op.create_table(
        "activity_theme",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_theme_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["theme.id"],
            name=op.f("fk_activity_theme_theme_id_theme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "theme_id", name=op.f("pk_activity_theme")),
    )
    op.create_table(
        "article_good_practice",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("good_practice_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["publication.id"],
            name=op.f("fk_article_good_practice_article_id_publication"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["good_practice_id"],
            ["publication.id"],
            name=op.f("fk_article_good_practice_good_practice_id_publication"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_article_good_practice")),
    )
    op.create_index(
        op.f("ix_article_good_practice_good_practice_id"),
        "article_good_practice",
        ["good_practice_id"],
        unique=False,
    )
    _record_table(
        "network_membership",
        sa.Column("contact_person_id", sa.Integer(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "left_on IS NULL OR left_on >= joined_on", name=op.f("ck_network_membership_dates")
        ),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_person.id"],
            name=op.f("fk_network_membership_contact_person_id_contact_person"),
            ondelete="CASCADE",
        ),
    )
    op.create_index(
        "ix_network_membership_contact",
        "network_membership",
        ["contact_person_id", "left_on"],
        unique=False,
    )
    with op.batch_alter_table("follow_up_action") as batch:
        batch.add_column(
            sa.Column(
                "activity_id",
                sa.Integer(),
                sa.ForeignKey(
                    "activity.id",
                    name=op.f("fk_follow_up_action_activity_id_activity"),
                    ondelete="CASCADE",
                ),
                nullable=True,
            )
        )
        batch.drop_constraint(op.f("ck_follow_up_action_has_subject"), type_="check")
        batch.create_check_constraint("has_subject", NEW_SUBJECT)
        batch.create_index(
            "ix_follow_up_activity_open", ["activity_id", "done_date", "due_date"], unique=False
        )
    seed_plan(op.get_bind())


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM follow_up_action WHERE activity_id IS NOT NULL"))
    with op.batch_alter_table("follow_up_action") as batch:
        batch.drop_index("ix_follow_up_activity_open")
        batch.drop_constraint(op.f("ck_follow_up_action_has_subject"), type_="check")
        batch.create_check_constraint("has_subject", OLD_SUBJECT)
        batch.drop_constraint(op.f("fk_follow_up_action_activity_id_activity"), type_="foreignkey")
        batch.drop_column("activity_id")
    # before 0012 a target named one of the three indicators; the items' others go
    target = sa.table("target", sa.column("indicator"))
    conn.execute(sa.delete(target).where(target.c.indicator.not_in(OLD_INDICATORS)))
    for table in NEW_TABLES:
        op.drop_table(table)
