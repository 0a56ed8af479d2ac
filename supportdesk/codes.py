"""The stored codes (``db.enums``) for the core and the interface, and the rules
that follow from them, each in one place.

The interface imports the codes from here, never from ``db``. Words for the codes are in
``supportdesk.labels``; what counts for the plan is in ``supportdesk.indicators``.
"""

from __future__ import annotations

from datetime import date

from db.enums import (
    ATTENDANCE,
    CHANNELS,
    CODE_SETS,
    CONTACT_FORMS,
    FOCUS_GROUP_STATUSES,
    INDICATORS,
    LG_KINDS,
    ORGANISATION_KINDS,
    STARTING_POSITIONS,
    TOOL_KINDS,
    TOOL_STATUSES,
    TRAJECTORY_STATUSES,
    Attendance,
    Channel,
    ContactForm,
    FocusGroupStatus,
    Indicator,
    LgKind,
    OrganisationKind,
    StartingPosition,
    ToolKind,
    ToolStatus,
    TrajectoryStatus,
)

__all__ = [
    "ATTENDANCE",
    "CHANNELS",
    "CLOSED_TRAJECTORY_STATUSES",
    "CODE_SETS",
    "CONTACT_FORMS",
    "FOCUS_GROUP_STATUSES",
    "INDICATORS",
    "LG_KINDS",
    "OPEN_TRAJECTORY_STATUSES",
    "ORGANISATION_KINDS",
    "STARTED_TRAJECTORY_STATUSES",
    "STARTING_POSITIONS",
    "STEP_DATE_COLUMNS",
    "TOOL_KINDS",
    "TOOL_STATUSES",
    "TRAJECTORY_STATUSES",
    "Attendance",
    "Channel",
    "ContactForm",
    "FocusGroupStatus",
    "Indicator",
    "LgKind",
    "OrganisationKind",
    "StartingPosition",
    "ToolKind",
    "ToolStatus",
    "TrajectoryStatus",
    "planned_end_passed",
]

_T = TrajectoryStatus

#: a trajectory still under way (not finished or stopped); it may still start
OPEN_TRAJECTORY_STATUSES: tuple[str, ...] = (_T.REQUEST, _T.INTAKE, _T.RUNNING)
#: a trajectory that is over
CLOSED_TRAJECTORY_STATUSES: tuple[str, ...] = (_T.FINISHED, _T.STOPPED)
#: statuses reached only once a trajectory has started
STARTED_TRAJECTORY_STATUSES: tuple[str, ...] = (_T.RUNNING, _T.FINISHED, _T.STOPPED)

#: the date column each trajectory status records (finishing and stopping share the end)
STEP_DATE_COLUMNS: dict[str, str] = {
    _T.REQUEST: "requested_on",
    _T.INTAKE: "intake_on",
    _T.RUNNING: "start_date",
    _T.FINISHED: "end_date",
    _T.STOPPED: "end_date",
}


def planned_end_passed(status: str, planned_end: date | None, today: date) -> bool:
    """An open trajectory whose planned end date is behind us: it needs a look."""
    return status in OPEN_TRAJECTORY_STATUSES and planned_end is not None and planned_end < today
