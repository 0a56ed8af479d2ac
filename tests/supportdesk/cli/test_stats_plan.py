"""``stats --year Y [--json]`` prints every item of the year's plan by goal: a held info
session of 23 participants of three governments for 2.5 hours is 57,5 participant hours."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, time
from pathlib import Path

from supportdesk.database import open_app_database
from supportdesk.services.activities import (
    ActivityInput,
    add_attendee,
    create_activity,
    list_activity_kinds,
)
from supportdesk.services.plan import list_plan_items, set_milestone
from tests.supportdesk.cli.conftest import Run
from tests.supportdesk.services.helpers import ANTWERPEN, GENT, LEUVEN, lg_id


def test_stats_prints_every_plan_item_by_goal(cli: Callable[..., Run], db_file: Path) -> None:
    db = open_app_database(str(db_file), actor="test")
    try:
        kind = next(k.id for k in list_activity_kinds(db) if k.code == "info_session")
        data = ActivityInput(
            kind,
            date(2025, 3, 13),
            "Infosessie <EAA> & co",
            start_time=time(13, 30),
            end_time=time(16, 0),
            participant_count=23,
        )
        a = create_activity(db, data, status="held")
        for nis in (GENT, ANTWERPEN, LEUVEN):
            add_attendee(db, a.id, lg_id(db, nis))
        milestone = next(i for i in list_plan_items(db, 2025) if i.key == "cyber_safety_tool")
        set_milestone(db, milestone.id, "started", "Eerste versie klaar")
    finally:
        db.dispose()
    r = cli("--db", str(db_file), "stats", "--year", "2025", "--json")
    assert r.code == 0, r.err
    out = json.loads(r.out)
    plan = {i["key"]: i for i in out["plan"]}
    assert len(plan) == 20
    assert plan["info_session_hours"]["value"] == 57.5
    assert plan["info_session_hours"]["unit"] == "participant_hours"
    assert (plan["info_sessions"]["value"], plan["info_sessions"]["target"]) == (1, 2)
    assert plan["cyber_safety_tool"]["milestone_state"] == "started"
    assert plan["cyber_safety_tool"]["value"] is None
    assert {i["key"] for i in out["indicators"]} == {"advice_talks", "trajectories", "focus_groups"}
    text = cli("--db", str(db_file), "stats", "--year", "2025").out
    assert "57,5 deelnemersuren (doel 100)" in text
    assert "mijlpaal: bezig — Eerste versie klaar" in text
    goals = [line for line in text.splitlines() if line[:3] in ("SD1", "SD2", "SD3")]
    assert [g[:3] for g in goals] == ["SD1", "SD2", "SD3"]
    assert text.index("Deelnemersuren aan de infosessies") < text.index("SD2")
