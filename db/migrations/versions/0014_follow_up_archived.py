"""Follow-up actions can be archived (issue 12.3), like every other kind of record.

``follow_up_action.archived`` (boolean, not null, false for every existing action): an
archived action leaves the daily lists and counts (open, overdue, per record) and comes
back with "Toon gearchiveerd"; its history stays.

Plain ADD COLUMN (no batch copy: on SQLite that would recreate the table).

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "follow_up_action",
        sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("follow_up_action", "archived")
