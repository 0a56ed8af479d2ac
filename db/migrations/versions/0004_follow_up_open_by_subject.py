"""Follow-up actions: open ones by trajectory and by focus group, due date included.

The Trajecten and Focusgroepen lists show each record's next open action and its
overdue count, sort by the next due date and filter on "overdue"; with these indexes
each of those is one index-only lookup per record instead of reading the actions'
rows, which keeps the lists quick at 100,000 records.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("follow_up_action", schema=None) as batch_op:
        batch_op.create_index(
            "ix_follow_up_trajectory_open", ["trajectory_id", "done_date", "due_date"]
        )
        batch_op.create_index(
            "ix_follow_up_focus_group_open", ["focus_group_id", "done_date", "due_date"]
        )


def downgrade() -> None:
    with op.batch_alter_table("follow_up_action", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_up_focus_group_open")
        batch_op.drop_index("ix_follow_up_trajectory_open")
