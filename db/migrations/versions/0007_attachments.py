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

from db.migration_parts import (
    create_indexes,
    drop_indexes,
    foreign_key,
    foreign_key_column,
    record_columns,
    record_keys,
)

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
    op.create_table(
        "attachment",
        *record_columns(),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        *(
            foreign_key_column("attachment", column, table, "CASCADE")
            for column, table in OWNERS.items()
        ),
        foreign_key_column("attachment", "contact_person_id", "contact_person", "SET NULL"),
        sa.CheckConstraint(ONE_OWNER, name=op.f("ck_attachment_one_owner")),
        *record_keys("attachment"),
    )
    create_indexes("attachment", {name: [column] for name, column in INDEXES.items()})
    op.create_table(
        "attachment_content",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        foreign_key("attachment_content", "attachment_id", "attachment", "CASCADE"),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachment_content")),
    )


def downgrade() -> None:
    op.drop_table("attachment_content")
    drop_indexes("attachment", *reversed(INDEXES))
    op.drop_table("attachment")
