"""Migration 0012 (the whole action plan): an older database holding data is upgraded
on SQLite and PostgreSQL. Its targets stay and become the OD 3.x items' targets of every
year that had them; those years get the 2025 plan's other items and targets; follow-up
actions stay, and an action may now belong to an activity alone. Downgrading gives the
0011 schema back with the old targets."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from db.migrate import current_revision, upgrade
from db.plan_reference import OLD_INDICATORS, default_items
from tests.db.old_rows import insert, record_columns
from tests.db.revisions import assert_clean_at_newest, downgrade

STAMP = datetime(2025, 3, 1, 9, 30)
NEW_TABLES = {
    "activity_kind",
    "activity",
    "activity_member",
    "activity_theme",
    "activity_participant",
    "publication",
    "article_good_practice",
    "network_membership",
    "plan_item",
    "plan_item_activity_kind",
}


def _insert(conn: Connection, table: str, **values: object) -> None:
    insert(conn, table, {**record_columns(STAMP, "Łukasz"), **values})


def _fill(engine: Engine) -> None:
    with engine.begin() as conn:
        _insert(
            conn,
            "local_government",
            id=1,
            name="Özdemir-Gem",
            kind="municipality",
            notes="",
            archived=False,
        )
        for year, indicator, value in (
            (2024, "advice_talks", 5),
            (2024, "trajectories", 2),
            (2025, "advice_talks", 11),
            (2026, "focus_groups", 4),
        ):
            _insert(conn, "target", year=year, indicator=indicator, value=value)
        _insert(
            conn,
            "follow_up_action",
            id=1,
            description="Bel terug <&> 😀",
            notes="",
            local_government_id=1,
        )


def _targets(engine: Engine) -> dict[tuple[int, str], int]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT year, indicator, value FROM target")).all()
    return {(y, i): v for y, i, v in rows}


def test_upgrade_0011_to_0012_keeps_targets_and_gives_every_year_its_plan(
    old_engine: Engine,
) -> None:
    upgrade(old_engine, "0011")
    _fill(old_engine)
    upgrade(old_engine, "0012")
    assert current_revision(old_engine) == "0012"
    assert set(inspect(old_engine).get_table_names()) >= NEW_TABLES

    targets = _targets(old_engine)
    # the targets set before stay exactly as they were
    assert targets[(2024, "advice_talks")] == 5
    assert targets[(2024, "trajectories")] == 2
    assert targets[(2025, "advice_talks")] == 11
    assert targets[(2026, "focus_groups")] == 4
    # an OD 3.x figure without a target keeps none (its Overzicht does not change) ...
    for year, key in ((2024, "focus_groups"), (2025, "trajectories"), (2026, "advice_talks")):
        assert (year, key) not in targets
    # ... and the other items get the seeded plan's targets
    seeded = {i["key"]: i["target"] for i in default_items() if i["target"] is not None}
    for year in (2024, 2025, 2026):
        for key, value in seeded.items():
            if key not in OLD_INDICATORS:
                assert targets[(year, key)] == value, (year, key)

    with old_engine.connect() as conn:
        items = conn.execute(text("SELECT year, count(*) FROM plan_item GROUP BY year")).all()
        kinds = conn.scalar(text("SELECT count(*) FROM activity_kind"))
        links = conn.scalar(
            text(
                "SELECT count(*) FROM plan_item_activity_kind l JOIN plan_item p "
                "ON p.id = l.plan_item_id JOIN activity_kind k ON k.id = l.activity_kind_id "
                "WHERE p.year = 2024 AND p.key = 'info_session_hours' AND k.code = 'info_session'"
            )
        )
        action = conn.execute(
            text("SELECT description, local_government_id, activity_id FROM follow_up_action")
        ).one()
    assert dict(items) == {y: len(default_items()) for y in (2024, 2025, 2026)}
    assert kinds == 8
    assert links == 1
    assert tuple(action) == ("Bel terug <&> 😀", 1, None)

    assert_clean_at_newest(old_engine)

    # an action may belong to an activity alone, and still needs some subject
    with old_engine.begin() as conn:
        kind_id = conn.scalar(text("SELECT id FROM activity_kind WHERE code = 'info_session'"))
        _insert(
            conn,
            "activity",
            id=1,
            kind_id=kind_id,
            status="held",
            date=datetime(2025, 3, 4).date(),
            online=False,
            place="",
            topic="Infosessie",
            description="",
            lead="vvsg",
            lead_partner="",
            team_role="organiser",
            recording_url="",
            feedback_text="",
            notes="",
            archived=False,
        )
        _insert(conn, "follow_up_action", id=2, description="Verslag", notes="", activity_id=1)
    with pytest.raises(IntegrityError), old_engine.begin() as conn:
        _insert(conn, "follow_up_action", id=3, description="Van niets", notes="")


def test_downgrade_0012_gives_the_old_schema_and_targets_back(old_engine: Engine) -> None:
    upgrade(old_engine, "0011")
    _fill(old_engine)
    before = _targets(old_engine)
    upgrade(old_engine, "0012")
    downgrade(old_engine, "0011")
    assert current_revision(old_engine) == "0011"
    assert not NEW_TABLES & set(inspect(old_engine).get_table_names())
    assert _targets(old_engine) == before
    columns = {c["name"] for c in inspect(old_engine).get_columns("follow_up_action")}
    assert "activity_id" not in columns
    upgrade(old_engine, "0012")  # and up again
    assert _targets(old_engine)[(2024, "advice_talks")] == 5
