"""What a follow-up action or a feedback hangs on: one of its advice talk, trajectory or
focus group (the columns that say which are ``advice_talk_id``, ``trajectory_id`` and
``focus_group_id`` on both tables)."""

from __future__ import annotations

from typing import Any

from db.tables.advice import advice_talk
from db.tables.focus_group import focus_group
from db.tables.trajectory import trajectory


def join_subjects(stmt: Any, owner: Any) -> Any:
    """``stmt`` with the advice talk, trajectory and focus group that ``owner`` points
    at outer-joined (Core tables: no ORM needed), so their columns can be selected (NULL
    where it points at none). ``owner``: the ``follow_up_action`` or ``feedback`` table,
    or its ORM model (``FollowUpAction``, ``Feedback``: the same table)."""
    cols = owner.c if hasattr(owner, "c") else owner
    return (
        stmt.outerjoin(advice_talk, advice_talk.c.id == cols.advice_talk_id)
        .outerjoin(trajectory, trajectory.c.id == cols.trajectory_id)
        .outerjoin(focus_group, focus_group.c.id == cols.focus_group_id)
    )
