"""Indexes that answer "last contact" per local government from the index alone.

The Lokale besturen list computes each government's last contact as the newest of its
advice talks, its trajectories' contact moments and the focus groups it attended.
``ix_advice_talk_lg_date`` already covered the talks; these two cover the other two:
contact moments by (trajectory, date), and participants by (government, attendance,
focus group). At 100,000 talks the newest dates of all 2,786 governments then take
~40 ms instead of ~140 ms (grouped), and a page of 200 ~26 ms instead of ~100 ms.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_contact_moment_trajectory_date", "contact_moment", ["trajectory_id", "date"]
    )
    op.create_index(
        "ix_focus_group_participant_lg_attendance",
        "focus_group_participant",
        ["local_government_id", "attendance", "focus_group_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_focus_group_participant_lg_attendance", "focus_group_participant")
    op.drop_index("ix_contact_moment_trajectory_date", "contact_moment")
