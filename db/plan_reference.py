"""The action plan's reference data: the activity kinds and the 2025 plan's items
(``resources/data/action-plan-2025.json``, taken from the plan's SD1-SD3).

Written with plain SQL on a Connection, naming only the columns of revision 0012, so
migration 0012 (for the years an older database has targets for) and the start of a
new database (``db.reference``) load the same rows. Loading is idempotent: activity
kinds only into an empty table, a year's items only into a year that has none, a target
only where the year has none for that item, so targets set before (advice_talks,
trajectories, focus_groups) stay the OD 3.x items' targets.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import Any

import sqlalchemy as sa

from db.metadata import new_public_id, utcnow
from db.paths import resource
from db.reference import REFERENCE_ACTOR

PLAN_YEAR = 2025  # the year of the seeded plan
#: the figures that had targets before plan items existed (revision 0011 and earlier)
OLD_INDICATORS = ("advice_talks", "trajectories", "focus_groups")

_STAMPS = ("public_id", "created_at", "created_by", "updated_at", "updated_by", "version")


def _table(name: str, *columns: str) -> sa.TableClause:
    return sa.table(name, *(sa.column(c) for c in ("id", *_STAMPS, *columns)))


ACTIVITY_KIND = _table(
    "activity_kind", "code", "name", "plan_code", "description", "default_lead", "position",
    "archived",
)  # fmt: skip
PLAN_ITEM = _table(
    "plan_item", "year", "key", "position", "goal", "code", "text", "counted",
    "publication_kind", "measure", "held_only", "milestone_state", "note", "report_text",
)  # fmt: skip
TARGET = _table("target", "year", "indicator", "value")
PLAN_ITEM_KIND = sa.table(
    "plan_item_activity_kind", sa.column("plan_item_id"), sa.column("activity_kind_id")
)


@cache
def plan_reference() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource("data", "action-plan-2025.json").read_text("utf-8"))
    return data


def default_items() -> list[dict[str, Any]]:
    """The seeded plan's items as dicts: key, goal, code, text, counted, kinds (activity
    kind codes), publication_kind, measure, target (None for none), held_only."""
    out = []
    for item in plan_reference()["plan_items"]:
        out.append(
            {
                "key": item["key"],
                "goal": item["goal"],
                "code": item["code"],
                "text": item["text"],
                "counted": item["counted"],
                "kinds": tuple(item.get("kinds", ())),
                "publication_kind": item.get("publication_kind"),
                "measure": item.get("measure", "count"),
                "target": item.get("target"),
                "held_only": item.get("held_only", True),
            }
        )
    return out


def _stamps() -> dict[str, Any]:
    now = utcnow()
    return {
        "public_id": new_public_id(),
        "created_at": now,
        "created_by": REFERENCE_ACTOR,
        "updated_at": now,
        "updated_by": REFERENCE_ACTOR,
        "version": 1,
    }


def seed_activity_kinds(conn: sa.Connection) -> bool:
    """The plan's activity kinds, into an empty ``activity_kind`` table; True if added."""
    if conn.scalar(sa.select(ACTIVITY_KIND.c.id).limit(1)) is not None:
        return False
    rows = [
        {
            **_stamps(),
            "code": code,
            "name": name,
            "plan_code": plan_code,
            "default_lead": lead,
            "description": description,
            "position": position,
            "archived": False,
        }
        for position, (code, name, plan_code, lead, description) in enumerate(
            plan_reference()["activity_kinds"], start=1
        )
    ]
    conn.execute(sa.insert(ACTIVITY_KIND), rows)
    return True


def seed_plan_years(conn: sa.Connection, years: Iterable[int]) -> list[int]:
    """The seeded plan's items for each of ``years`` that has no item yet, with the
    seeded targets where the year has none for that item; returns the years filled.
    A year that already has targets keeps its three figures of before as they were
    (one without a target stays without), so their Overzicht does not change."""
    kind_ids = dict(conn.execute(sa.select(ACTIVITY_KIND.c.code, ACTIVITY_KIND.c.id)).all())
    filled = []
    for year in sorted(set(years)):
        if conn.scalar(sa.select(PLAN_ITEM.c.id).where(PLAN_ITEM.c.year == year).limit(1)):
            continue
        have = set(conn.scalars(sa.select(TARGET.c.indicator).where(TARGET.c.year == year)))
        if have:
            # a year whose targets were set before keeps "no target" for these three
            have |= set(OLD_INDICATORS)
        for position, item in enumerate(default_items(), start=1):
            values = {
                **_stamps(),
                "year": year,
                "position": position,
                "milestone_state": "open",
                "note": "",
                "report_text": "",
            }
            values.update(
                {k: item[k] for k in ("key", "goal", "code", "text", "counted", "measure")}
            )
            values["publication_kind"] = item["publication_kind"]
            values["held_only"] = item["held_only"]
            conn.execute(sa.insert(PLAN_ITEM).values(values))
            item_id = conn.scalar(
                sa.select(PLAN_ITEM.c.id).where(
                    PLAN_ITEM.c.year == year, PLAN_ITEM.c.key == item["key"]
                )
            )
            links = [
                {"plan_item_id": item_id, "activity_kind_id": kind_ids[code]}
                for code in item["kinds"]
                if code in kind_ids
            ]
            if links:
                conn.execute(sa.insert(PLAN_ITEM_KIND), links)
            if item["target"] is not None and item["key"] not in have:
                conn.execute(
                    sa.insert(TARGET).values(
                        **_stamps(), year=year, indicator=item["key"], value=item["target"]
                    )
                )
        filled.append(year)
    return filled


def seed_plan(conn: sa.Connection) -> bool:
    """Activity kinds when there are none, and the seeded plan for 2025 and for every
    year that has targets but no plan items; True if anything was added."""
    added = seed_activity_kinds(conn)
    years = set(conn.scalars(sa.select(TARGET.c.year).distinct())) | {PLAN_YEAR}
    return bool(seed_plan_years(conn, years)) or added


def plan_missing(conn: sa.Connection) -> bool:
    """True when the activity kinds or the plan items are not there at all."""
    return any(conn.scalar(sa.select(t.c.id).limit(1)) is None for t in (ACTIVITY_KIND, PLAN_ITEM))
