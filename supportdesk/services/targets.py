"""Targets of the action plan per year, as a view on the year's plan items: a target is
the number (or participant hours) one item asks for (``db.models.plan``). The command
line's ``target set YEAR INDICATOR VALUE`` names the item by its key (``info_sessions``,
and the figures of before: ``advice_talks``, ``trajectories``, ``focus_groups``) or by
its code when that names one counted item of the year (``OD 3.2``). Setting a target in
a year without a plan makes that year's plan first (``services.plan.ensure_year``)."""

from __future__ import annotations

from db.session import Database
from supportdesk.plan_items import stored_items, year_targets
from supportdesk.services._base import write
from supportdesk.services._plan_parts import set_target_in


def set_target(db: Database, year: int, indicator: str, value: int) -> dict[str, int]:
    """Set (or change) one target; returns that year's targets (key -> value)."""
    with write(db) as session:
        return set_target_in(session, year, indicator, value)


def get_targets(db: Database, year: int) -> dict[str, int]:
    """Item key -> target for ``year`` (only the items that have one; nothing for a year
    without a plan yet: ``services.plan.list_plan_items`` shows what it would start with)."""
    with db.read() as session:
        return year_targets(session, year) if stored_items(session, year) else {}
