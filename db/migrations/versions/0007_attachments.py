"""Attachments: files kept with an advice talk, trajectory, contact moment, focus group or
local government, stored in the database (so backups, exports and PostgreSQL hold them).

- attachment: name, media type, size, SHA-256, the one record it belongs to (a check
  constraint holds that exactly one owner column is filled) and optionally the contact
  person it is from or about.
- attachment_content: the bytes, one row per attachment, apart so lists and the change
  log never load them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

OWNERS = {
    "advice_talk_id": "advice_talk",
    "trajectory_id": "trajectory",
    "contact_moment_id": "contact_moment",
    "focus_group_id": "focus_group",
    "local_government_id": "local_government",
}
ONE_OWNER = " + ".join(f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)" for c in OWNERS) + " = 1"
INDEXES = {
    "ix_attachment_advice_talk": "advice_talk_id",
    "ix_attachment_trajectory": "trajectory_id",
    "ix_attachment_contact_moment": "contact_moment_id",
    "ix_attachment_focus_group": "focus_group_id",
    "ix_attachment_local_government": "local_government_id",
    "ix_attachment_contact_person": "contact_person_id",
}


def upgrade() -> None:
    owner_columns = [
        sa.Column(
            column,
            sa.Integer(),
            sa.ForeignKey(
                f"{table}.id",
                name=op.f(f"fk_attachment_{column}_{table}"),
                ondelete="CASCADE",
            ),
            nullable=True,
        )
        for column, table in OWNERS.items()
    ]
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        *owner_columns,
        sa.Column(
            "contact_person_id",
            sa.Integer(),
            sa.ForeignKey(
                "contact_person.id",
                name=op.f("fk_attachment_contact_person_id_contact_person"),
                ondelete="SET NULL",
            ),
            nullable=True,
        ),
        sa.CheckConstraint(ONE_OWNER, name=op.f("ck_attachment_one_owner")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("public_id", name=op.f("uq_attachment_public_id")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        for name, column in INDEXES.items():
            batch_op.create_index(name, [column], unique=False)
    op.create_table(
        "attachment_content",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_attachment_content_attachment_id_attachment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachment_content")),
    )


def downgrade() -> None:
    op.drop_table("attachment_content")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        for name in reversed(INDEXES):
            batch_op.drop_index(name)
    op.drop_table("attachment")
