"""What a follow-up action or a feedback hangs on: one of its advice talk, trajectory or
focus group (the columns that say which are ``advice_talk_id``, ``trajectory_id`` and
``focus_group_id`` on both tables)."""

from __future__ import annotations

from typing import Any

from db.models import AdviceTalk, FocusGroup, Trajectory


def join_subjects(stmt: Any, owner: Any) -> Any:
    """``stmt`` with the advice talk, trajectory and focus group that ``owner`` (the
    ``FollowUpAction`` or ``Feedback`` model) points at outer-joined, so their columns
    can be selected (NULL where it points at none)."""
    return (
        stmt.outerjoin(AdviceTalk, AdviceTalk.id == owner.advice_talk_id)
        .outerjoin(Trajectory, Trajectory.id == owner.trajectory_id)
        .outerjoin(FocusGroup, FocusGroup.id == owner.focus_group_id)
    )
