"""Focus groups get a status (gepland, gehouden, geannuleerd) with the date of each step.

- focus_group.status ('planned', 'held', 'cancelled'), planned_on, cancelled_on, and an
  index (status, date) so the year's held focus groups are counted from the index alone.
- Existing focus groups: one dated today or earlier becomes 'held' (it took place, as far
  as anyone recorded; the old app counted it), one dated after today 'planned'.
- Trajectories stopped before their planned start (an end date before the start date,
  which ``supportdesk check`` reported as damage) become "stopped without starting": the
  start date that never happened is cleared, the stop date stays as the end date.

A focus-group follow-up action naming its government needs no column: the existing
``follow_up_action.local_government_id`` is filled alongside ``focus_group_id``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, no batch copy: on SQLite a batch copy drops and recreates the table,
    # and dropping it would cascade-delete its participants, organisers and findings.
    op.add_column(
        "focus_group",
        sa.Column("status", sa.String(20), nullable=False, server_default="planned"),
    )
    op.add_column("focus_group", sa.Column("planned_on", sa.Date(), nullable=True))
    op.add_column("focus_group", sa.Column("cancelled_on", sa.Date(), nullable=True))
    op.create_index("ix_focus_group_status_date", "focus_group", ["status", "date"])
    focus_group = sa.table(
        "focus_group", sa.column("date", sa.Date()), sa.column("status", sa.String())
    )
    op.execute(
        focus_group.update()
        .where(focus_group.c.date <= sa.bindparam("today", date.today(), sa.Date()))
        .values(status="held")
    )
    trajectory = sa.table(
        "trajectory",
        sa.column("status", sa.String()),
        sa.column("start_date", sa.Date()),
        sa.column("end_date", sa.Date()),
    )
    op.execute(
        trajectory.update()
        .where(trajectory.c.status == "stopped", trajectory.c.end_date < trajectory.c.start_date)
        .values(start_date=None)
    )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), no batch copy that would cascade-delete participants.
    op.drop_index("ix_focus_group_status_date", table_name="focus_group")
    for column in ("cancelled_on", "planned_on", "status"):
        op.drop_column("focus_group", column)
