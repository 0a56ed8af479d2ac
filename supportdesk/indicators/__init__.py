"""How a year stands against the action plan: the figures the plan counts, beside their
targets, and the records behind each figure. This module holds THE definition of what
counts; the Overzicht, ``supportdesk stats``, the year report and ``indicator_records``
all use the conditions below, so they never disagree.

The figures are counted with SQL aggregates (one statement for all), never by loading
records, so they stay instant at 100,000 talks. The statements are built on the Core
tables (``db.tables``) and read through a Core connection (``Database.read_connection``):
no ORM is loaded for them, so ``supportdesk stats`` runs without it. What counts (the action plan's
OD 3.1-3.3) is what *happened* in the year, up to and including ``today``:

- ``advice_talks``: talks dated in the year and not after today, except questions
  answered by mail alone (``channel == "email"``). A talk dated after today is
  "gepland": it does not count yet.
- ``trajectories``: trajectories that had actually started and ran at some point in the
  year: status running, finished or stopped, a start date on or before 31 December (and
  not after today), and no end date before 1 January. A request or an intake with a
  planned start date has not started, nor has a "running" one whose start date is still
  ahead. A trajectory stopped before its planned start is "stopped without starting":
  its start date is cleared when it is stopped (``services.trajectories``), so it never
  counts. Not started yet, with a (planned) start date in the year after today:
  "gepland". A year that has not begun counts no trajectory yet.
- ``focus_groups``: focus groups with status "held" dated in the year, not after today.
  Planned ones dated today or later are "gepland"; planned ones dated before today were
  never confirmed as held and need attention ("te bevestigen"); cancelled ones never
  count.

The year runs from 1 January to 31 December inclusive, both days counting. Archived
records count: archiving hides a record from the daily lists, but the talk, trajectory
or focus group did take place (a talk that started a trajectory can only be archived,
not deleted). Deleted records are gone and do not count. Cancelling a focus group is
not archiving it: a cancelled one stays visible in the list, marked "geannuleerd".

The package: ``rules`` holds what counts for the three figures, ``item_rules`` what
counts for the plan's other items (activities, publications), ``figures`` the three
figures and their records, ``plan_figures`` every item of a year's plan. Import from
``supportdesk.indicators``; the names below are its public surface.
"""

from __future__ import annotations

from supportdesk.indicators.figures import (
    LABELS,
    PLAN_ITEMS,
    Indicator,
    IndicatorRecord,
    indicator_records,
    year_indicators,
)
from supportdesk.indicators.item_rules import (
    ACTIVITY_MINUTES,
    activities_condition,
    minutes_to_hours,
    overdue_activities_condition,
    planned_activities_condition,
    planned_publications_condition,
    publications_condition,
)
from supportdesk.indicators.plan_figures import (
    PlanFigure,
    plan_item_months,
    plan_item_records,
    year_plan_figures,
)
from supportdesk.indicators.rules import (
    ADVICE_TALKS,
    CANCELLED,
    FOCUS_GROUPS,
    HELD,
    KEYS,
    MAIL_ONLY,
    NOT_STARTED_STATUSES,
    PLANNED,
    STARTED_STATUSES,
    TRAJECTORIES,
    focus_group_needs_attention,
    focus_groups_condition,
    is_mail_only,
    mail_only_condition,
    overdue_focus_groups_condition,
    planned_focus_groups_condition,
    planned_talks_condition,
    planned_trajectories_condition,
    talks_condition,
    trajectories_condition,
    trajectory_has_started,
    year_bounds,
)

__all__ = [
    "ACTIVITY_MINUTES",
    "ADVICE_TALKS",
    "CANCELLED",
    "FOCUS_GROUPS",
    "HELD",
    "KEYS",
    "LABELS",
    "MAIL_ONLY",
    "NOT_STARTED_STATUSES",
    "PLANNED",
    "PLAN_ITEMS",
    "STARTED_STATUSES",
    "TRAJECTORIES",
    "Indicator",
    "IndicatorRecord",
    "PlanFigure",
    "activities_condition",
    "focus_group_needs_attention",
    "focus_groups_condition",
    "indicator_records",
    "is_mail_only",
    "mail_only_condition",
    "minutes_to_hours",
    "overdue_activities_condition",
    "overdue_focus_groups_condition",
    "plan_item_months",
    "plan_item_records",
    "planned_activities_condition",
    "planned_focus_groups_condition",
    "planned_publications_condition",
    "planned_talks_condition",
    "planned_trajectories_condition",
    "publications_condition",
    "talks_condition",
    "trajectories_condition",
    "trajectory_has_started",
    "year_bounds",
    "year_indicators",
    "year_plan_figures",
]
