"""The action plan's stored codes (``db.plan_enums``) for the core and the
interface, which imports them from here, never from ``db``. Words for them are in
``supportdesk.plan_labels``."""

from __future__ import annotations

from db.plan_enums import (
    ACTIVITY_STATUSES,
    COUNTED_RECORDS,
    GOALS,
    LEADS,
    MEASURES,
    MILESTONE_STATES,
    PLAN_CODE_SETS,
    PUBLICATION_KINDS,
    TEAM_ROLES,
    ActivityStatus,
    CountedRecord,
    Goal,
    Lead,
    Measure,
    MilestoneState,
    PublicationKind,
    TeamRole,
)

__all__ = [
    "ACTIVITY_STATUSES",
    "COUNTED_RECORDS",
    "GOALS",
    "LEADS",
    "MEASURES",
    "MILESTONE_STATES",
    "PLAN_CODE_SETS",
    "PUBLICATION_KINDS",
    "TEAM_ROLES",
    "ActivityStatus",
    "CountedRecord",
    "Goal",
    "Lead",
    "Measure",
    "MilestoneState",
    "PublicationKind",
    "TeamRole",
]
