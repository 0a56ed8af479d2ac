"""The counts the navigation bar shows beside its pages, for the team member using the
app ("me"): my open follow-up actions and how many are overdue, trajectories (that I
coach, else all) needing attention, and focus groups still to be confirmed as held.

Each count is one indexed statement; the navigation asks for them after a change, never
per keystroke.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.session import Database
from supportdesk.queries.focus_groups import FocusGroupFilter, count_focus_groups
from supportdesk.queries.follow_ups import open_counts
from supportdesk.queries.trajectories import TrajectoryFilter, count_trajectories


@dataclass(frozen=True)
class NavigationCounts:
    #: open follow-up actions (mine when a member is chosen, else everyone's)
    open_actions: int
    #: of which past their due date
    overdue_actions: int
    #: open trajectories with an overdue action or a passed planned end, or finished
    #: without the feedback that was expected
    trajectories_attention: int
    #: focus groups whose date has passed while they are still "gepland"
    focus_groups_attention: int


def navigation_counts(
    db: Database, member_id: str | None = None, today: date | None = None
) -> NavigationCounts:
    today = today or date.today()
    groups = open_counts(db, today, member_id)
    trajectories = count_trajectories(
        db, TrajectoryFilter(coach_id=member_id, attention="any", today=today)
    )
    focus_groups = count_focus_groups(db, FocusGroupFilter(when="attention", today=today))
    return NavigationCounts(
        open_actions=sum(groups.values()),
        overdue_actions=groups.get("overdue", 0),
        trajectories_attention=trajectories,
        focus_groups_attention=focus_groups,
    )
